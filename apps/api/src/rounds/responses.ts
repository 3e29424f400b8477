import { financingAreas } from '@budgetflow/domain';
import { z } from 'zod';
import { amountSchema } from '../initiatives/responses';
import { label } from '../openapi/values';

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

export const framesSchema = z
  .strictObject({
    roundId: z.string(),
    frames: z.array(
      z.strictObject({
        year: z.number().int(),
        area: z.enum(financingAreas),
        areaLabel: label,
        amount: amountSchema,
      }),
    ),
  })
  .meta({ id: 'RoundFrames' });
