import { initiativeNumberPattern, trimmedMatch } from '@budgetflow/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const text = (field: string) =>
  z
    .string()
    .max(200, `${field} må højst være 200 tegn`)
    .trim()
    .min(1, `${field} må ikke være tom`)
    .optional();

/** The audit view's filters and page. */
export const auditQuerySchema = z
  .object({
    round: text('round'),
    number: trimmedMatch(
      initiativeNumberPattern,
      'number skal være et forslagsnummer, fx 4.2',
    ).optional(),
    actor: text('actor'),
    kind: z
      .enum(['steps', 'accounts'], { message: 'kind skal være steps eller accounts' })
      .optional(),
    limit: z.coerce
      .number({ message: 'limit skal være et tal' })
      .int('limit skal være et helt tal')
      .min(1, 'limit skal være mindst 1')
      .max(200, 'limit må højst være 200')
      .default(50),
    offset: z.coerce
      .number({ message: 'offset skal være et tal' })
      .int('offset skal være et helt tal')
      .min(0, 'offset må ikke være negativ')
      .default(0),
  })
  .strict();

export class AuditQueryDto extends createZodDto(auditQuerySchema) {}
