import type { NotificationKind } from '@budgetflow/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

// The signed-in person's e-mail choices per kind of notification (the in-app inbox is always on).

export const emailModes = ['immediate', 'digest', 'off'] as const;
export type EmailMode = (typeof emailModes)[number];

export type EmailPreferences = Readonly<Record<NotificationKind, EmailMode>>;

/** GET/PUT /api/me/notification-preferences: the choices, with the API's Danish labels. */
export interface NotificationPreferences {
  readonly email: EmailPreferences;
  readonly labels: {
    readonly kinds: Readonly<Record<NotificationKind, string>>;
    readonly modes: Readonly<Record<EmailMode, string>>;
  };
}

const preferencesKey = ['me', 'notification-preferences'] as const;
const preferencesPath = '/me/notification-preferences';

export function useNotificationPreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: ({ signal }) => api<NotificationPreferences>('GET', preferencesPath, { signal }),
  });
}

export function useSaveNotificationPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ email, idempotencyKey }: { email: EmailPreferences; idempotencyKey: string }) =>
      api<NotificationPreferences>('PUT', preferencesPath, { body: { email }, idempotencyKey }),
    onSuccess: (saved) => client.setQueryData(preferencesKey, saved),
  });
}
