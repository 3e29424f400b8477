import type { OwnPasswordChange } from '@budgetflow/domain';
import { useMutation } from '@tanstack/react-query';
import { api } from './client';

// The signed-in person's own account: for now, their password.

/** POST /api/me/password: this session stays signed in, the person's others end. */
export interface OwnPasswordChanged {
  readonly changed: true;
  readonly otherSessionsEnded: number;
}

export function useChangeOwnPassword() {
  return useMutation({
    mutationFn: ({ idempotencyKey, ...body }: OwnPasswordChange & { idempotencyKey: string }) =>
      api<OwnPasswordChanged>('POST', '/me/password', { body, idempotencyKey }),
  });
}
