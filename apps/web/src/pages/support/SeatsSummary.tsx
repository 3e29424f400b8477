import { useState } from 'react';
import type { RoundSeats } from '../../api/types';
import { SeatsDialog } from './SeatsDialog';

/** The council's seats in a line, and the coordinators' way to change them. */
export function SeatsSummary({
  roundId,
  seats,
  canEdit,
  onSaved,
}: {
  roundId: string;
  seats: RoundSeats;
  canEdit: boolean;
  onSaved: (saved: RoundSeats) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="seats-summary">
      <p>
        {seats.total > 0
          ? `Regionsrådet har ${seats.total} mandater i budgetrunden; et flertal kræver ${seats.needed}.`
          : 'Der er ikke angivet en mandatfordeling for budgetrunden, så intet har flertal endnu.'}
      </p>
      {canEdit ? (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            {seats.total > 0 ? 'Ret mandater' : 'Angiv mandater'}
          </button>
          <SeatsDialog
            open={open}
            roundId={roundId}
            seats={seats}
            onClose={() => setOpen(false)}
            onSaved={(saved) => {
              setOpen(false);
              onSaved(saved);
            }}
          />
        </>
      ) : null}
    </div>
  );
}
