import { createHash, randomBytes } from 'node:crypto';

/** A new session token: 256 random bits. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export const SESSION_COOKIE = 'budgetflow_session';
export const CSRF_HEADER = 'x-csrf-token';
