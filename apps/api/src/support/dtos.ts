import { initiativeNumber, seatsSchema, stanceSchema } from '@budgetflow/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class SeatsDto extends createZodDto(seatsSchema) {}
export class StanceDto extends createZodDto(stanceSchema) {}

/** The support grid of the whole round, or of one initiative. */
export class SupportQueryDto extends createZodDto(
  z.object({ number: initiativeNumber.optional() }).strict(),
) {}
