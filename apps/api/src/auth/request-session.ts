import type { Request } from 'express';
import type { LiveSession } from './auth.service';

const SESSION = Symbol('budgetflow.session');

/** The session the guard found for a request, if any. */
export function sessionOfRequest(request: Request): LiveSession | undefined {
  return (request as unknown as Record<symbol, LiveSession | undefined>)[SESSION];
}

export function attachSession(request: Request, session: LiveSession): void {
  (request as unknown as Record<symbol, LiveSession>)[SESSION] = session;
}
