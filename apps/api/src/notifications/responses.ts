import { notificationKinds } from '@budgetflow/domain';
import { emailModes } from '@budgetflow/persistence';
import { z } from 'zod';
import { count, instant, label, page } from '../openapi/values';

// The answers of the notification routes.

const kind = z.enum(notificationKinds as [string, ...string[]]);

export const inboxEntrySchema = z
  .strictObject({
    id: z.uuid(),
    kind,
    roundId: z.string(),
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    link: z.string(),
    createdAt: instant,
    readAt: instant.nullable(),
  })
  .meta({ id: 'InboxEntry' });

export const inboxSchema = page(inboxEntrySchema).extend({ unread: count });

export const unreadCountSchema = z.strictObject({ unread: count });

export const readAllSchema = z.strictObject({ marked: count, unread: z.literal(0) });

export const preferencesSchema = z.strictObject({
  email: z.record(kind, z.enum(emailModes)),
  labels: z.strictObject({
    kinds: z.record(kind, label),
    modes: z.record(z.enum(emailModes), label),
  }),
});

export const failuresSchema = page(
  z.strictObject({
    id: z.uuid(),
    recipient: z.strictObject({ id: z.string(), name: z.string(), email: z.string().nullable() }),
    kind,
    roundId: z.string(),
    subject: z.string(),
    link: z.string(),
    attempts: count,
    lastError: z.string().nullable(),
    createdAt: instant,
    lastAttemptAt: instant.nullable(),
  }),
);

export const retrySchema = z.strictObject({ id: z.uuid(), status: z.literal('pending') });
