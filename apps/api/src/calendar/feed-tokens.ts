import { createHmac, timingSafeEqual } from 'node:crypto';

/** Whose dates a calendar feed shows: one person's, or one party group's. */
export type FeedSubject = { kind: 'user'; id: string } | { kind: 'party'; name: string };

/**
 * Calendar programs (Outlook) fetch a feed without signing in, so the feed's address carries a
 * signed token naming its subject. Signed, not stored: any replica can check it.
 */
export function feedToken(subject: FeedSubject, secret: string): string {
  const payload = Buffer.from(
    subject.kind === 'user' ? `user:${subject.id}` : `party:${subject.name}`,
  ).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

export function readFeedToken(token: string, secret: string): FeedSubject | null {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const subject = Buffer.from(payload, 'base64url').toString();
  const separator = subject.indexOf(':');
  if (separator < 0) return null;
  const kind = subject.slice(0, separator);
  const value = subject.slice(separator + 1);
  if (!value) return null;
  if (kind === 'user') return { kind, id: value };
  if (kind === 'party') return { kind, name: value };
  return null;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}
