import { useState } from 'react';
import { usePartyGroups } from '../../api/rounds';
import { type SeatsRequest, useSaveSeats } from '../../api/support';
import type { RoundSeats } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { CommandForm } from '../../components/commands/CommandForm';
import { Loaded } from '../../components/Status';
import { useSendKey } from '../packages/send-key';
import {
  parseSeatsDraft,
  type SeatErrors,
  seatErrorsOf,
  type SeatRowDraft,
  seatsDraftOf,
  seatsSummary,
} from './seats-draft';

/**
 * "Ret mandater": the coordinators set the council's seats for the round, every party group at
 * once. What is saved replaces the whole set, so the form starts from the seats as they are.
 */
export function SeatsDialog({
  open,
  roundId,
  seats,
  onClose,
  onSaved,
}: {
  open: boolean;
  roundId: string;
  seats: RoundSeats;
  onClose: () => void;
  onSaved: (saved: RoundSeats) => void;
}) {
  const groups = usePartyGroups();
  return (
    <Dialog open={open} title="Ret mandater" onClose={onClose}>
      <Loaded query={groups} what="partigrupperne">
        {(list) => (
          <SeatsForm
            roundId={roundId}
            start={seatsDraftOf(seats, list)}
            onCancel={onClose}
            onSaved={onSaved}
          />
        )}
      </Loaded>
    </Dialog>
  );
}

function SeatsForm({
  roundId,
  start,
  onCancel,
  onSaved,
}: {
  roundId: string;
  start: readonly SeatRowDraft[];
  onCancel: () => void;
  onSaved: (saved: RoundSeats) => void;
}) {
  const [draft, setDraft] = useState(start);
  const [errors, setErrors] = useState<SeatErrors>({});
  const [sent, setSent] = useState<SeatsRequest | null>(null);
  const save = useSaveSeats(roundId);
  const keyFor = useSendKey();
  const { total, needed } = seatsSummary(draft);
  const inputId = (index: number) => `seats-${index}`;
  const submit = async () => {
    const parsed = parseSeatsDraft(draft);
    if (!parsed.body) {
      setErrors(parsed.errors);
      focusFirst(draft, parsed.errors);
      return;
    }
    setErrors({});
    setSent(parsed.body);
    try {
      onSaved(await save.mutateAsync({ body: parsed.body, idempotencyKey: keyFor(parsed.body) }));
    } catch (error) {
      const placed = seatErrorsOf(error, parsed.body);
      setErrors(placed);
      focusFirst(draft, placed);
    }
  };
  const placedByApi = Object.keys(seatErrorsOf(save.error, sent)).length > 0;
  return (
    <CommandForm
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      submitLabel="Gem mandater"
      pending={save.isPending}
      error={placedByApi ? null : save.error}
      onCancel={onCancel}
    >
      <p className="dialog-subject">
        Det gemte erstatter budgetrundens mandatfordeling. Et tomt felt betyder, at partigruppen
        ikke har mandater i runden.
      </p>
      <table className="seats-table">
        <caption className="visually-hidden">Mandater pr. partigruppe</caption>
        <thead>
          <tr>
            <th scope="col">Partigruppe</th>
            <th scope="col" className="num">
              Mandater
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.map((row, index) => {
            const message = errors[row.partyGroup];
            return (
              <tr key={row.partyGroup}>
                <th scope="row">
                  <label htmlFor={inputId(index)}>{row.partyGroup}</label>
                </th>
                <td className="num">
                  <input
                    id={inputId(index)}
                    className="seats-input"
                    inputMode="numeric"
                    autoComplete="off"
                    value={row.text}
                    aria-invalid={message ? true : undefined}
                    aria-describedby={message ? `${inputId(index)}-error` : undefined}
                    onChange={(event) => {
                      const text = event.target.value;
                      setDraft((rows) =>
                        rows.map((one, at) => (at === index ? { ...one, text } : one)),
                      );
                    }}
                  />
                  {message ? (
                    <p id={`${inputId(index)}-error`} className="field-error">
                      {message}
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="total">
            <th scope="row">I alt</th>
            <td className="num" aria-live="polite">
              {total} mandater, flertal kræver {needed}
            </td>
          </tr>
        </tfoot>
      </table>
    </CommandForm>
  );
}

/** The focus to the first wrong field, where its message is read out with it. */
function focusFirst(draft: readonly SeatRowDraft[], errors: SeatErrors): void {
  const index = draft.findIndex((row) => errors[row.partyGroup]);
  if (index >= 0) document.getElementById(`seats-${index}`)?.focus();
}
