// Fixtures for the calendar's specs: the milestones of a round and review tasks, all at fixed
// dates. Every instant a spec expects is worked out by hand from Copenhagen's offsets: CET is
// UTC+1 (until 30 March 2025 and from 26 October 2025), CEST is UTC+2 in between.
import type { Milestone, ReminderPolicy, RoundCalendar } from './calendar';
import type { ReviewTask } from './review-task';

/** Wednesday 23 April 2025 12:00 (CEST), i.e. 2025-04-23T10:00:00Z. */
export const submissionDeadline: Milestone = {
  id: 'indsendelsesfrist',
  kind: 'submissionDeadline',
  title: 'Frist for budgetinitiativer',
  date: '2025-04-23',
  time: '12:00',
};

/** Regionsrådet, Tuesday 2 September 2025 13:00 (11:00Z); material due 5 working days before. */
export const regionsraadet2Sep: Milestone = {
  id: 'regionsraadet-2-sep',
  kind: 'meeting',
  title: 'Regionsrådets møde',
  date: '2025-09-02',
  time: '13:00',
  meeting: { body: 'regionsraadet', agendaDeadlineWorkingDays: 5 },
};

/** Wednesday 3 September 2025 09:00 (07:00Z). */
export const negotiationStart: Milestone = {
  id: 'forhandlinger-begynder',
  kind: 'negotiationStart',
  title: 'Budgetforhandlingerne begynder',
  date: '2025-09-03',
  time: '09:00',
};

/** Friday 12 September 2025 16:00 (14:00Z). */
export const negotiationEnd: Milestone = {
  id: 'forhandlinger-slutter',
  kind: 'negotiationEnd',
  title: 'Budgetforhandlingerne slutter',
  date: '2025-09-12',
  time: '16:00',
};

/** Friday 12 September 2025 18:00 (16:00Z). */
export const budgetAgreement: Milestone = {
  id: 'budgetaftale',
  kind: 'budgetAgreement',
  title: 'Budgetaftalen indgås',
  date: '2025-09-12',
  time: '18:00',
};

/** Regionsrådet adopts the budget on Tuesday 7 October 2025 15:00 (13:00Z, still CEST). */
export const adoptingMeeting: Milestone = {
  id: 'regionsraadet-7-okt',
  kind: 'meeting',
  title: 'Regionsrådet vedtager budgettet',
  date: '2025-10-07',
  time: '15:00',
  meeting: { body: 'regionsraadet', agendaDeadlineWorkingDays: 5, adoptsBudget: true },
};

/** The policy the round uses unless the coordinators set another, written out independently. */
export const policy: ReminderPolicy = {
  submissionReminderWorkingDays: [5, 1],
  reviewReminderWorkingDays: [2],
  agendaReminderWorkingDays: 1,
  reminderTime: '09:00',
};

export function calendarOf(
  milestones: readonly Milestone[],
  overrides: Partial<RoundCalendar> = {},
): RoundCalendar {
  return { milestones, reviewWorkingDays: 10, reminders: policy, ...overrides };
}

/** The whole round, in the order the milestones come. */
export const fullCalendar = calendarOf([
  submissionDeadline,
  regionsraadet2Sep,
  negotiationStart,
  negotiationEnd,
  budgetAgreement,
  adoptingMeeting,
]);

/** 4.2, submitted Wednesday 16 April 2025 14:00 (12:00Z), the day before Skærtorsdag. */
export function aReviewTask(overrides: Partial<ReviewTask> = {}): ReviewTask {
  return {
    number: '4.2',
    title: 'Omsorgstopmøde',
    partyGroups: ['Enhedslisten'],
    submittedAt: '2025-04-16T12:00:00Z',
    dueOverride: null,
    closedAt: null,
    ...overrides,
  };
}
