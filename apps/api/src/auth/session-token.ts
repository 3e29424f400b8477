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

/**
 * The session cookie, the same for every way of signing in: httpOnly (no script reads it), lax
 * (sent on a top-level navigation back from an OIDC provider, not on cross-site posts), secure
 * over HTTPS, and living no longer than the session can.
 */
export function sessionCookieOptions(config: {
  COOKIE_SECURE: 'true' | 'false';
  SESSION_ABSOLUTE_HOURS: number;
}) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.COOKIE_SECURE === 'true',
    path: '/',
    maxAge: config.SESSION_ABSOLUTE_HOURS * 3_600_000,
  };
}
