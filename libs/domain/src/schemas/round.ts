import { z } from 'zod';
import { calendarSchema } from './calendar';
import { trimmedMatch } from './common';

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
