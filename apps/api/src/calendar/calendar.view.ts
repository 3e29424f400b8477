import {
  agendaDeadlineOf,
  DEFAULT_QUESTION_ANSWER_WORKING_DAYS,
  formatDanishDateTime,
  isOverdue,
  milestoneAt,
  milestoneKindLabels,
  politicalBodyLabels,
  reviewDueAt,
  reviewDueDate,
  roundPhaseLabels,
  type CalendarEntry,
} from '@budgetflow/domain';
import type { RoundView } from '@budgetflow/workflows';

const dated = (at: string) => ({ at, atText: formatDanishDateTime(at) });

/** The round's calendar as the API shows it: local dates, instants and Danish text side by side. */
export function calendarView(view: RoundView, now: string) {
  const { calendar } = view;
  return {
    roundId: view.round.id,
    roundName: view.round.name,
    phase: view.phase,
    phaseLabel: roundPhaseLabels[view.phase],
    calendarVersion: view.calendarVersion,
    reviewWorkingDays: calendar.reviewWorkingDays,
    questionAnswerWorkingDays:
      calendar.questionAnswerWorkingDays ?? DEFAULT_QUESTION_ANSWER_WORKING_DAYS,
    reminders: calendar.reminders,
    milestones: calendar.milestones.map((milestone) => ({
      ...milestone,
      kindLabel: milestoneKindLabels[milestone.kind],
      ...dated(milestoneAt(milestone)),
      ...(milestone.meeting
        ? {
            bodyLabel: politicalBodyLabels[milestone.meeting.body],
            agendaDeadline: (() => {
              const agenda = agendaDeadlineOf({ ...milestone, meeting: milestone.meeting });
              return { date: agenda.date, time: agenda.time, ...dated(agenda.at) };
            })(),
          }
        : {}),
    })),
    lateSubmissions: view.lateSubmissions,
    reviewTasks: view.reviewTasks.map((task) => {
      const due = dated(reviewDueAt(task, calendar));
      return {
        ...task,
        dueDate: reviewDueDate(task, calendar),
        dueAt: due.at,
        dueText: due.atText,
        overdue: isOverdue(task, calendar, now),
      };
    }),
  };
}

export function calendarEntryView(roundId: string, roundName: string, entry: CalendarEntry) {
  return { roundId, roundName, ...entry, atText: formatDanishDateTime(entry.at) };
}
