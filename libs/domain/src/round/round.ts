import type { Actor } from '../actor';
import { refusal, type Refusal } from '../lifecycle/refusal';

/** A budget round, e.g. "Budget 2026-2029": the budget year and the three years after it. */
export interface Round {
  readonly id: string;
  readonly name: string;
  readonly firstYear: number;
  readonly lastYear: number;
}

export function roundYears(round: Pick<Round, 'firstYear' | 'lastYear'>): number[] {
  const years: number[] = [];
  for (let year = round.firstYear; year <= round.lastYear; year++) years.push(year);
  return years;
}

/** The conventional id of a round, e.g. "budget-2026-2029". */
export function defaultRoundId(firstYear: number, lastYear: number): string {
  return `budget-${firstYear}-${lastYear}`;
}

/** Only coordinators open a budget round. */
export function roundCreationRefusal(actor: Actor): Refusal | null {
  return actor.role === 'coordinator'
    ? null
    : refusal('forbidden', 'Kun koordinatorerne kan oprette budgetrunder');
}

/** The round's calendar and late submissions are the coordinators' to manage. */
export function roundManagementRefusal(actor: Actor, what: string): Refusal | null {
  return actor.role === 'coordinator'
    ? null
    : refusal('forbidden', `Kun koordinatorerne kan ${what}`);
}

/** A review's due date is set by the administration, or by the coordinators steering the round. */
export function reviewDueChangeRefusal(actor: Actor): Refusal | null {
  return actor.role === 'administration' || actor.role === 'coordinator'
    ? null
    : refusal(
        'forbidden',
        'Kun administrationen og koordinatorerne kan ændre fristen for den administrative behandling',
      );
}
