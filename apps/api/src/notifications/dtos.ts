import { emailPreferencesSchema } from '@budgetflow/notifications';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

// Request bodies and queries of the notification endpoints, as DTO classes for validation and
// OpenAPI. The bodies' schemas live in libs/notifications.
export class EmailPreferencesDto extends createZodDto(emailPreferencesSchema) {}

const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

export class PageQueryDto extends createZodDto(pageSchema.strict()) {}

export class InboxQueryDto extends createZodDto(
  pageSchema
    .extend({
      unread: z
        .enum(['true', 'false'], { message: 'unread skal være true eller false' })
        .default('false')
        .transform((value) => value === 'true'),
    })
    .strict(),
) {}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path's id can name a notification at all (else it is simply not found). */
export function isNotificationId(id: string): boolean {
  return uuidPattern.test(id);
}
