import { milestoneKinds, politicalBodies, roundPhases } from '@budgetflow/domain';
import { z } from 'zod';
import { instant, label, localDate, localTime } from '../openapi/values';

// The answers of the calendar routes, as calendar.view.ts builds them.

const dated = { at: instant, atText: label };

const milestoneSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(milestoneKinds),
  kindLabel: label,
  title: z.string(),
  date: localDate,
  time: localTime,
  ...dated,
  meeting: z
    .strictObject({
      body: z.enum(politicalBodies),
      committee: z.string().optional(),
      agendaDeadlineWorkingDays: z.number().int().min(0),
      adoptsBudget: z.boolean().optional(),
    })
    .optional(),
  bodyLabel: label.optional(),
  agendaDeadline: z.strictObject({ date: localDate, time: localTime, ...dated }).optional(),
});

export const calendarSchema = z
  .strictObject({
    roundId: z.string(),
    roundName: z.string(),
    phase: z.enum(roundPhases),
    phaseLabel: label,
    calendarVersion: z.number().int().min(0),
    reviewWorkingDays: z.number().int().min(1),
    questionAnswerWorkingDays: z
      .number()
      .int()
      .min(1)
      .describe(
        'Et budgetspørgsmål uden svarfrist i kalenderen besvares dette antal arbejdsdage efter',
      ),
    reminders: z.strictObject({
      submissionReminderWorkingDays: z.array(z.number().int().min(1)),
      reviewReminderWorkingDays: z.array(z.number().int().min(1)),
      agendaReminderWorkingDays: z.number().int().min(0),
      reminderTime: localTime,
      questionReminderWorkingDays: z.array(z.number().int().min(1)).optional(),
    }),
    milestones: z.array(milestoneSchema),
    lateSubmissions: z.array(
      z.strictObject({
        number: z.string(),
        allowedBy: z.string(),
        at: instant,
        comment: z.string().nullable(),
      }),
    ),
    reviewTasks: z.array(
      z.strictObject({
        number: z.string(),
        title: z.string(),
        partyGroups: z.array(z.string()),
        submittedAt: instant,
        dueOverride: localDate.nullable(),
        closedAt: instant.nullable(),
        dueDate: localDate,
        dueAt: instant,
        dueText: label,
        overdue: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'RoundCalendar' });

export const deadlinesSchema = z.array(
  z.strictObject({
    roundId: z.string(),
    roundName: z.string(),
    kind: z.enum([...milestoneKinds, 'agendaDeadline', 'reviewDue']),
    id: z.string(),
    title: z.string(),
    ...dated,
    number: z.string().optional(),
    milestoneId: z.string().optional(),
  }),
);

export const calendarFeedsSchema = z.strictObject({
  user: z.url(),
  parties: z.array(z.strictObject({ partyGroup: z.string(), url: z.url() })),
});

/** An iCalendar document (text/calendar). */
export const icsSchema = z.string();
