import { z } from 'zod';
import { calendarSchema } from './calendar';
import { financingAreas } from '../initiative/financing';
import { mioKrAmount, trimmedMatch } from './common';

export const roundSchema = z
  .object({
    id: trimmedMatch(
      /^[a-z0-9][a-z0-9-]{1,62}$/,
      'Id skal bestå af små bogstaver, tal og bindestreger, fx budget-2026-2029',
    ).optional(),
    name: z.string().max(200).trim().min(1, 'Runden skal have et navn'),
    firstYear: z.number().int().min(2000).max(2100),
    lastYear: z.number().int().min(2000).max(2100),
    calendar: calendarSchema.optional(),
  })
  .strict()
  .refine((round) => round.lastYear >= round.firstYear && round.lastYear - round.firstYear < 10, {
    message: 'Sidste år skal ligge fra første år og højst ni år efter',
    path: ['lastYear'],
  });

/** The round's frames, the whole set at once: per year and financing area, in mio. kr. */
export const framesSchema = z
  .object({
    frames: z
      .array(
        z
          .object({
            year: z.number().int().min(2000).max(2100),
            area: z.enum(financingAreas),
            amount: z
              .number()
              .min(0, 'Rammen angives i mio. kr. og kan ikke være negativ')
              .pipe(mioKrAmount),
          })
          .strict(),
      )
      // Every year of the longest round (ten) for every area.
      .max(10 * financingAreas.length),
  })
  .strict();

/** Whether the round holds the administration's work back until a coordinator releases it. */
export const publicationSchema = z
  .object({
    holdBack: z.boolean({
      error: 'Angiv med sand eller falsk, om administrationens svar holdes tilbage',
    }),
  })
  .strict();
