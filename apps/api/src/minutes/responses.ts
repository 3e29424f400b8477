import { lifecycleStates } from '@budgetflow/domain';
import { z } from 'zod';
import { importWarningSchema } from '../imports/responses';
import { instant, label, localDate, localTime } from '../openapi/values';

// The answers of the minutes routes, as MeetingMinutes builds them.

const person = z.strictObject({ id: z.string(), name: z.string().nullable() });

const minutesItemSchema = z.strictObject({
  number: z.number().int().min(0),
  title: z.string(),
  time: localTime.nullable(),
  endTime: localTime.nullable(),
  presenters: z.array(z.string()),
  description: z.string(),
  decision: z.string().describe('Beslutningen; tom, når referatet ikke har nogen'),
  amounts: z.array(
    z.strictObject({
      text: z.string().describe('Som referatet skriver beløbet'),
      kroner: z.number().int(),
      perYear: z.boolean(),
      year: z.number().int().nullable(),
    }),
  ),
  initiatives: z
    .array(
      z.strictObject({
        number: z.string(),
        title: z.string(),
        state: z.enum(lifecycleStates),
        stateLabel: label,
      }),
    )
    .describe('Budgetrundens forslag, punktet er knyttet til, som læseren må se dem'),
});

export const meetingMinutesSchema = z
  .strictObject({
    id: z.number().int().min(1),
    roundId: z.string(),
    milestoneId: z.string(),
    meetingTitle: z.string().describe('Mødet i kalenderen'),
    fileName: z.string(),
    fileHash: z.string().regex(/^[0-9a-f]{64}$/),
    attachedBy: person,
    attachedAt: instant,
    linksCorrected: z.strictObject({ by: person, at: instant }).nullable(),
    title: z.string().describe('Mødets navn, som referatet skriver det'),
    date: localDate.nullable(),
    time: localTime.nullable(),
    endTime: localTime.nullable(),
    place: z.string(),
    participants: z.array(z.string()),
    absent: z.array(z.string()),
    items: z.array(minutesItemSchema),
    warnings: z.array(importWarningSchema),
  })
  .meta({ id: 'MeetingMinutes' });

export const attachedMinutesSchema = z
  .strictObject({
    attached: z
      .boolean()
      .describe('false: netop denne fil var allerede vedhæftet mødet; intet er ændret'),
    minutes: meetingMinutesSchema,
  })
  .meta({ id: 'AttachedMinutes' });

export const meetingMinutesListSchema = z
  .strictObject({
    roundId: z.string(),
    milestoneId: z.string(),
    meetingTitle: z.string(),
    minutes: z.array(meetingMinutesSchema).describe('Det senest vedhæftede først'),
  })
  .meta({ id: 'MeetingMinutesList' });
