import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const importQuerySchema = z
  .object({
    // As a query string has it; a dry run only shows what would happen.
    dryRun: z
      .enum(['true', 'false'], { error: 'dryRun skal være true eller false' })
      .default('false')
      .transform((value) => value === 'true'),
  })
  .strict();

export class ImportQueryDto extends createZodDto(importQuerySchema) {}
