import { type NotificationKind, notificationKindLabels } from '@budgetflow/domain';
import { emailModes } from '@budgetflow/persistence';
import { z } from 'zod';

// The API's request bodies for notifications, with Danish messages.

const kinds = Object.keys(notificationKindLabels) as [NotificationKind, ...NotificationKind[]];

const emailModeSchema = z.enum(emailModes, {
  message: `Vælg en af: ${emailModes.join(', ')}`,
});

/** A person's e-mail choices; a kind left out gets the default (at once). */
export const emailPreferencesSchema = z
  .object({
    email: z.partialRecord(
      z.enum(kinds, { message: `Ukendt type notifikation; kendte typer: ${kinds.join(', ')}` }),
      emailModeSchema,
    ),
  })
  .strict();
export type EmailPreferencesBody = z.infer<typeof emailPreferencesSchema>;
