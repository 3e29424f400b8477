import type { Actor, Role } from '@budgetflow/domain';
import { ProblemException } from '../http/problem';

/** Refuses with 403 unless the actor holds one of the roles. */
export function requireRole(actor: Actor, roles: readonly Role[], detail: string): void {
  if (!roles.includes(actor.role)) {
    throw new ProblemException({ status: 403, title: 'Ikke tilladt', detail, code: 'forbidden' });
  }
}
