import { type NotificationKind, notificationKinds } from '@budgetflow/domain';
import { DEFAULT_EMAIL_MODE, type EmailMode } from '@budgetflow/persistence';

/** A person's e-mail mode for every kind; the in-app inbox is always on. */
export type EmailPreferences = Record<NotificationKind, EmailMode>;

/** What a person chose, with the default (at once) for every kind they did not choose. */
export function effectivePreferences(
  chosen: Readonly<Record<string, EmailMode>>,
): EmailPreferences {
  return Object.fromEntries(
    notificationKinds.map((kind) => [kind, chosen[kind] ?? DEFAULT_EMAIL_MODE]),
  ) as EmailPreferences;
}

export const emailModeLabels: Record<EmailMode, string> = {
  immediate: 'Straks',
  digest: 'Samlet i et dagligt overblik kl. 7',
  off: 'Ingen e-mail',
};
