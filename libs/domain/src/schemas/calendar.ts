import { z } from 'zod';
import {
  calendarProblem,
  DEFAULT_REVIEW_WORKING_DAYS,
  defaultReminderPolicy,
  milestoneKinds,
  politicalBodies,
} from '../calendar/calendar';
import { isValidLocalDate, localTimePattern } from '../calendar/time';
import { initiativeNumber, optionalComment, trimmedMatch } from './common';

export const localDate = z
  .string()
  .refine(isValidLocalDate, 'Datoen skal skrives som ÅÅÅÅ-MM-DD, fx 2025-09-02');

export const localTime = z
  .string()
  .regex(localTimePattern, 'Tidspunktet skal skrives som TT:MM, fx 13:00');

const workingDays = z.number().int().min(0).max(60);

const meetingSchema = z
  .object({
    body: z.enum(politicalBodies),
    committee: z.string().max(200).trim().min(1).optional(),
    agendaDeadlineWorkingDays: workingDays,
    adoptsBudget: z.boolean().optional(),
  })
  .strict();

export const milestoneSchema = z
  .object({
    id: trimmedMatch(
      /^[a-z0-9][a-z0-9-]{0,62}$/,
      'Id skal bestå af små bogstaver, tal og bindestreger',
    ),
    kind: z.enum(milestoneKinds),
    title: z.string().max(200).trim().min(1, 'Milepælen skal have en titel'),
    date: localDate,
    time: localTime,
    meeting: meetingSchema.optional(),
  })
  .strict();

export const reminderPolicySchema = z
  .object({
    submissionReminderWorkingDays: z.array(workingDays.min(1)).max(5),
    reviewReminderWorkingDays: z.array(workingDays.min(1)).max(5),
    agendaReminderWorkingDays: workingDays,
    reminderTime: localTime,
    questionReminderWorkingDays: z.array(workingDays.min(1)).max(5).optional(),
  })
  .strict();

/** A round's calendar as the coordinators enter it; `calendarProblem` checks the whole. */
export const calendarSchema = z
  .object({
    milestones: z.array(milestoneSchema).max(200),
    reviewWorkingDays: workingDays.min(1).default(DEFAULT_REVIEW_WORKING_DAYS),
    /** Absent: budget questions are due after the round's default number of working days. */
    questionAnswerWorkingDays: workingDays.min(1).optional(),
    reminders: reminderPolicySchema.default(() => ({
      ...defaultReminderPolicy,
      submissionReminderWorkingDays: [...defaultReminderPolicy.submissionReminderWorkingDays],
      reviewReminderWorkingDays: [...defaultReminderPolicy.reviewReminderWorkingDays],
      questionReminderWorkingDays: undefined,
    })),
  })
  .strict()
  .superRefine((calendar, context) => {
    // The whole is judged only once every date and time in it is one.
    const readable = calendar.milestones.every(
      (milestone) => isValidLocalDate(milestone.date) && localTimePattern.test(milestone.time),
    );
    if (!readable) return;
    const problem = calendarProblem(calendar);
    if (problem) context.addIssue({ code: 'custom', message: problem, path: ['milestones'] });
  });

export const lateSubmissionSchema = z
  .object({ number: initiativeNumber, comment: optionalComment })
  .strict();

export const reviewDueSchema = z
  .object({
    /** null returns the initiative to the round's default due date. */
    dueDate: localDate.nullable(),
  })
  .strict();
