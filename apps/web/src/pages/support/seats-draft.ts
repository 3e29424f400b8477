import { seatsNeeded, seatsSchema } from '@budgetflow/domain';
import { ApiProblem } from '../../api/client';
import type { SeatsRequest } from '../../api/support';
import type { PartyGroup, RoundSeats } from '../../api/types';

// The council's seats as a coordinator types them: one text per party group, empty for a group
// without seats in the round. Sent as the whole set; what counts as valid is the domain's
// seatsSchema, and the API's refusals are placed at their party group.

export interface SeatRowDraft {
  readonly partyGroup: string;
  readonly shortName: string;
  readonly text: string;
}

export type SeatErrors = Readonly<Record<string, string>>;

const notAWholeNumber = 'Mandater angives som et helt tal, 0 eller flere';

/**
 * Every party group, those with seats first as the round has them (the largest first), then the
 * others by name, so that a group new to the council can be given seats too.
 */
export function seatsDraftOf(
  seats: RoundSeats | undefined,
  groups: readonly PartyGroup[],
): SeatRowDraft[] {
  const seated = (seats?.seats ?? []).map(({ partyGroup, shortName, seats: count }) => ({
    partyGroup,
    shortName,
    text: String(count),
  }));
  const others = groups
    .filter((group) => !seated.some((one) => one.partyGroup === group.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
    .map((group) => ({ partyGroup: group.name, shortName: group.shortName, text: '' }));
  return [...seated, ...others];
}

/** The seats as typed: a whole number, or null when empty or not one. */
function seatsOf(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
}

/** The council as typed so far: its seats and the majority they need (what is not a number counts 0). */
export function seatsSummary(draft: readonly SeatRowDraft[]): { total: number; needed: number } {
  const total = draft.reduce((sum, row) => sum + (seatsOf(row.text) ?? 0), 0);
  return { total, needed: seatsNeeded(total) };
}

/** The body to send (an empty field is no seats, left out), or the rows that are wrong. */
export function parseSeatsDraft(
  draft: readonly SeatRowDraft[],
): { body: SeatsRequest; errors: null } | { body: null; errors: SeatErrors } {
  const errors: Record<string, string> = {};
  const seats: { partyGroup: string; seats: number }[] = [];
  for (const row of draft) {
    if (row.text.trim() === '') continue;
    const count = seatsOf(row.text);
    if (count === null) errors[row.partyGroup] = notAWholeNumber;
    else seats.push({ partyGroup: row.partyGroup, seats: count });
  }
  const body = { seats };
  const parsed = seatsSchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const party = partyAt(issue.path.map(String), body);
      if (party) errors[party] ??= issue.message;
    }
  }
  return Object.keys(errors).length === 0 ? { body, errors: null } : { body: null, errors };
}

/** The API's field problems ('seats.3.seats') at the party group they concern. */
export function seatErrorsOf(error: unknown, sent: SeatsRequest | null): SeatErrors {
  if (!(error instanceof ApiProblem) || !sent) return {};
  const errors: Record<string, string> = {};
  for (const problem of error.errors) {
    const party = partyAt(problem.field.split('.'), sent);
    if (party) errors[party] ??= problem.message;
  }
  return errors;
}

function partyAt(path: readonly string[], body: SeatsRequest): string | null {
  const [head, index] = path;
  if (head !== 'seats' || index === undefined || !/^\d+$/.test(index)) return null;
  return body.seats[Number(index)]?.partyGroup ?? null;
}
