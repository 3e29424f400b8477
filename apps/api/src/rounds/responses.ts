import { z } from 'zod';

/** A round as the API answers with it. */
export const roundSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    firstYear: z.number().int(),
    lastYear: z.number().int(),
    years: z.array(z.number().int()),
  })
  .meta({ id: 'Round' });

export const roundListSchema = z.array(roundSchema);
