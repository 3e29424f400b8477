import { defaultReminderPolicy, type Milestone, type RoundCalendar } from '@budgetflow/domain';

export function calendarOf(
  milestones: Milestone[],
  overrides: Partial<Omit<RoundCalendar, 'milestones'>> = {},
): RoundCalendar {
  return { milestones, reviewWorkingDays: 10, reminders: defaultReminderPolicy, ...overrides };
}

export function submissionDeadline(date: string, time = '12:00'): Milestone {
  return {
    id: 'indsendelsesfrist',
    kind: 'submissionDeadline',
    title: 'Frist for budgetinitiativer',
    date,
    time,
  };
}

export function councilMeeting(date: string, agendaDeadlineWorkingDays = 5): Milestone {
  return {
    id: 'regionsraadet-budget',
    kind: 'meeting',
    title: 'Regionsrådets møde',
    date,
    time: '13:00',
    meeting: { body: 'regionsraadet', agendaDeadlineWorkingDays },
  };
}
