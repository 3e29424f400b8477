import { findMilestone, meetingsOf, milestoneAt, type RoundCalendar } from './calendar';

/** Where the round stands, derived from its calendar and the time. */
export const roundPhases = [
  'openForSubmissions',
  'review',
  'negotiation',
  'agreed',
  'adopted',
] as const;
export type RoundPhase = (typeof roundPhases)[number];

export const roundPhaseLabels: Record<RoundPhase, string> = {
  openForSubmissions: 'Åben for forslag',
  review: 'Administrativ behandling',
  negotiation: 'Forhandling',
  agreed: 'Budgetaftale indgået',
  adopted: 'Budgettet er vedtaget',
};

/**
 * The phase at `now`: open until the submission deadline, then review until negotiation starts,
 * negotiation until the budget agreement, agreed until the adopting meeting, then adopted. A
 * milestone not yet in the calendar keeps the round in the phase before it.
 */
export function roundPhase(calendar: RoundCalendar, now: string): RoundPhase {
  const passed = (at: string) => Date.parse(at) <= Date.parse(now);
  const submission = findMilestone(calendar, 'submissionDeadline');
  const negotiation = findMilestone(calendar, 'negotiationStart');
  const agreement = findMilestone(calendar, 'budgetAgreement');
  const adoption = meetingsOf(calendar).find((milestone) => milestone.meeting.adoptsBudget);
  if (adoption && passed(milestoneAt(adoption))) return 'adopted';
  if (agreement && passed(milestoneAt(agreement))) return 'agreed';
  if (negotiation && passed(milestoneAt(negotiation))) return 'negotiation';
  if (submission && passed(milestoneAt(submission))) return 'review';
  return 'openForSubmissions';
}
