import { initiativeNumber } from '@budgetflow/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** The links of the minutes' items, as a coordinator corrects them: the links become these. */
export const minutesLinksSchema = z
  .object({
    links: z
      .array(
        z
          .object({
            item: z.number().int().min(1).max(999),
            numbers: z.array(initiativeNumber).max(100),
          })
          .strict(),
      )
      .max(999),
  })
  .strict();

export class MinutesLinksDto extends createZodDto(minutesLinksSchema) {}

export const minutesIdSchema = z.coerce.number().int().min(1).max(2_147_483_647);
