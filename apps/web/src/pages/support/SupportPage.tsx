import { useEffect, useRef, useState } from 'react';
import { useSession } from '../../api/session';
import { useSeats, useSetStance, useSupportGrid } from '../../api/support';
import type { PartyStance, SupportRow } from '../../api/types';
import { useRoundId } from '../../app/use-round-id';
import { Page } from '../../components/Page';
import { Empty, Loaded } from '../../components/Status';
import { defaultGridSort, nextGridSort } from './grid-sort';
import { SeatsSummary } from './SeatsSummary';
import { type StanceQuestion, StanceDialog } from './StanceDialog';
import { SupportGrid } from './SupportGrid';
import './support.css';

/**
 * "Opbakning": where each party group stands on each initiative, and whether the supporters hold
 * a majority of the council's seats. Parties set their own stance here; coordinators note any
 * party's, and keep the seats.
 */
export function SupportPage() {
  const roundId = useRoundId();
  const session = useSession();
  const grid = useSupportGrid(roundId);
  const seats = useSeats(roundId);
  const [sort, setSort] = useState(defaultGridSort);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirmation, setConfirmation] = useState('');
  const confirmationRef = useRef<HTMLDivElement>(null);
  // The dialog's button is still there, but the news is the new majority: it is read out.
  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);
  const user = session.data?.user;
  return (
    <Page title="Opbakning">
      <p className="muted">
        Hvilke partigrupper støtter forslagene, og har tilhængerne flertal i regionsrådet?
      </p>
      <Loaded query={seats} what="mandatfordelingen">
        {(data) => (
          <SeatsSummary
            roundId={roundId}
            seats={data}
            canEdit={user?.role === 'coordinator'}
            onSaved={(saved) =>
              setConfirmation(`Mandatfordelingen er gemt: ${saved.total} mandater.`)
            }
          />
        )}
      </Loaded>
      <div ref={confirmationRef} tabIndex={-1} role="status" className="confirmation-region">
        {confirmation ? <p className="alert alert-ok">{confirmation}</p> : null}
      </div>
      <Loaded query={grid} what="opbakningen">
        {(data) =>
          data.initiatives.length === 0 ? (
            <Empty>Der er endnu ingen indsendte forslag i budgetrunden.</Empty>
          ) : user ? (
            <SupportGrid
              roundId={roundId}
              grid={data}
              user={user}
              sort={sort}
              onSort={(key) => setSort((current) => nextGridSort(current, key))}
              onEdit={(row, stance) => {
                setConfirmation('');
                setEditing((last) => ({
                  row,
                  stance,
                  open: true,
                  attempt: (last?.attempt ?? 0) + 1,
                }));
              }}
            />
          ) : null
        }
      </Loaded>
      {editing ? (
        <InitiativeStanceDialog
          key={editing.attempt}
          roundId={roundId}
          editing={editing}
          onClose={() => setEditing({ ...editing, open: false })}
          onSaved={setConfirmation}
        />
      ) : null}
    </Page>
  );
}

/** The cell being set; each opening a dialog of its own, with no refusal left from the last. */
interface Editing {
  readonly row: SupportRow;
  readonly stance: PartyStance;
  readonly open: boolean;
  readonly attempt: number;
}

function InitiativeStanceDialog({
  roundId,
  editing: { row, stance, open },
  onClose,
  onSaved,
}: {
  roundId: string;
  editing: Editing;
  onClose: () => void;
  onSaved: (confirmation: string) => void;
}) {
  const setStance = useSetStance(roundId, row.number);
  const question: StanceQuestion = {
    subject: `forslag ${row.number} ${row.title}`,
    current: stance,
  };
  return (
    <StanceDialog
      open={open}
      question={question}
      onClose={onClose}
      pending={setStance.isPending}
      error={setStance.error}
      save={async (change) => {
        const saved = await setStance.mutateAsync(change);
        onClose();
        onSaved(
          `Holdningen for ${saved.partyGroup} til forslag ${saved.number} er gemt: ${saved.stanceLabel}. ${saved.majority.label}.`,
        );
      }}
    />
  );
}
