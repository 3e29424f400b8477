import { type NotificationKind, notificationKindLabels, roles } from '@budgetflow/domain';
import { emailModes } from '@budgetflow/persistence';
import { z } from 'zod';

// The API's request bodies for notifications and the directory, with Danish messages.

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

/** A person in the directory: who they are, how to reach them, what they are. */
export const directoryUserSchema = z
  .object({
    name: z.string().trim().min(1, 'Angiv navnet').max(200),
    email: z.email({ message: 'Angiv en gyldig e-mailadresse' }).max(320).nullable().default(null),
    role: z.enum(roles, { message: `Rollen skal være en af: ${roles.join(', ')}` }),
    partyGroups: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  })
  .strict()
  .superRefine((user, context) => {
    if (user.role === 'partyGroupMember' && user.partyGroups.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['partyGroups'],
        message: 'Et partigruppemedlem skal høre til mindst én partigruppe',
      });
    }
    if (user.role !== 'partyGroupMember' && user.partyGroups.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['partyGroups'],
        message: 'Kun partigruppemedlemmer hører til partigrupper',
      });
    }
  });
export type DirectoryUserBody = z.infer<typeof directoryUserSchema>;
