import { type BudgetQuestion, questionDueAt } from '../questions/question';
import {
  agendaDeadlineOf,
  DEFAULT_QUESTION_REMINDER_WORKING_DAYS,
  findMilestone,
  meetingsOf,
  milestoneAt,
  type RoundCalendar,
} from './calendar';
import { reviewDueAt, reviewDueDate, type ReviewTask } from './review-task';
import { instantOf, type LocalDate, localDateOf } from './time';
import { addWorkingDays } from './working-days';

/** A reminder or escalation the round owes someone, at an instant computed from local dates. */
export type PlannedReminder =
  | {
      readonly kind: 'submissionReminder';
      readonly key: string;
      readonly at: string;
      readonly deadline: string;
      readonly workingDaysBefore: number;
    }
  | {
      readonly kind: 'reviewReminder';
      readonly key: string;
      readonly at: string;
      readonly number: string;
      readonly dueAt: string;
      readonly workingDaysBefore: number;
    }
  | {
      readonly kind: 'reviewOverdue';
      readonly key: string;
      readonly at: string;
      readonly number: string;
      readonly dueAt: string;
    }
  | {
      readonly kind: 'questionReminder';
      readonly key: string;
      readonly at: string;
      readonly questionNumber: number;
      readonly dueAt: string;
      readonly workingDaysBefore: number;
    }
  | {
      readonly kind: 'questionOverdue';
      readonly key: string;
      readonly at: string;
      readonly questionNumber: number;
      readonly dueAt: string;
    }
  | {
      readonly kind: 'agendaReminder';
      readonly key: string;
      readonly at: string;
      readonly milestoneId: string;
      readonly meetingTitle: string;
      readonly meetingAt: string;
      readonly agendaDeadline: string;
    };

export type ReminderKind = PlannedReminder['kind'];

/**
 * Everything the calendar, the open review tasks and the open budget questions call for,
 * earliest first. The key names the reminder together with the date it is about and its own
 * time, so a moved date (or a changed reminder policy) makes a new reminder and the old one
 * simply is no longer planned. A question's escalation is the exception: its key names the
 * question alone, so it is escalated once, whatever becomes of its due date.
 */
export function planReminders(
  calendar: RoundCalendar,
  reviewTasks: readonly ReviewTask[],
  questions: readonly BudgetQuestion[] = [],
): PlannedReminder[] {
  const policy = calendar.reminders;
  const at = (date: LocalDate) => instantOf(date, policy.reminderTime);
  const planned: PlannedReminder[] = [];

  const submission = findMilestone(calendar, 'submissionDeadline');
  if (submission) {
    const deadline = milestoneAt(submission);
    for (const workingDaysBefore of policy.submissionReminderWorkingDays) {
      const fireAt = at(addWorkingDays(submission.date, -workingDaysBefore));
      planned.push({
        kind: 'submissionReminder',
        key: `submission/${deadline}/${workingDaysBefore}/${fireAt}`,
        at: fireAt,
        deadline,
        workingDaysBefore,
      });
    }
  }

  for (const task of reviewTasks) {
    if (task.closedAt !== null) continue;
    const dueDate = reviewDueDate(task, calendar);
    const dueAt = reviewDueAt(task, calendar);
    for (const workingDaysBefore of policy.reviewReminderWorkingDays) {
      const fireAt = at(addWorkingDays(dueDate, -workingDaysBefore));
      planned.push({
        kind: 'reviewReminder',
        key: `review/${task.number}/${dueAt}/${workingDaysBefore}/${fireAt}`,
        at: fireAt,
        number: task.number,
        dueAt,
        workingDaysBefore,
      });
    }
    planned.push({
      kind: 'reviewOverdue',
      key: `review-overdue/${task.number}/${dueAt}`,
      at: dueAt,
      number: task.number,
      dueAt,
    });
  }

  const questionReminderDays =
    policy.questionReminderWorkingDays ?? DEFAULT_QUESTION_REMINDER_WORKING_DAYS;
  for (const question of questions) {
    if (question.answer !== null) continue;
    const dueAt = questionDueAt(question, calendar);
    for (const workingDaysBefore of questionReminderDays) {
      const fireAt = at(addWorkingDays(localDateOf(dueAt), -workingDaysBefore));
      planned.push({
        kind: 'questionReminder',
        key: `question/${question.number}/${dueAt}/${workingDaysBefore}/${fireAt}`,
        at: fireAt,
        questionNumber: question.number,
        dueAt,
        workingDaysBefore,
      });
    }
    planned.push({
      kind: 'questionOverdue',
      key: `question-overdue/${question.number}`,
      at: dueAt,
      questionNumber: question.number,
      dueAt,
    });
  }

  for (const meeting of meetingsOf(calendar)) {
    const agenda = agendaDeadlineOf(meeting);
    const fireAt = at(addWorkingDays(agenda.date, -policy.agendaReminderWorkingDays));
    const meetingAt = milestoneAt(meeting);
    planned.push({
      kind: 'agendaReminder',
      key: `agenda/${meeting.id}/${meetingAt}/${fireAt}`,
      at: fireAt,
      milestoneId: meeting.id,
      meetingTitle: meeting.title,
      meetingAt,
      agendaDeadline: agenda.at,
    });
  }

  return planned.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.key.localeCompare(b.key));
}

/** Escalations are owed even when they come late; a reminder for a moment already past is not. */
export function isEscalation(reminder: PlannedReminder): boolean {
  return reminder.kind === 'reviewOverdue' || reminder.kind === 'questionOverdue';
}
