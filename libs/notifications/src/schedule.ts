import { addDays, instantOf, type LocalTime, localDateOf } from '@budgetflow/domain';

/** Digests go out every morning at this time in Copenhagen. */
export const DIGEST_TIME: LocalTime = '07:00';

/** The next digest time strictly after `now`: today's if it is still to come, else tomorrow's. */
export function nextDigestAt(now: Date, time: LocalTime = DIGEST_TIME): Date {
  const today = localDateOf(now.toISOString());
  const todays = new Date(instantOf(today, time));
  return todays > now ? todays : new Date(instantOf(addDays(today, 1), time));
}

/** How a failed e-mail is retried: exponential back-off up to a cap, then given up. */
export interface RetryPolicy {
  /** The wait after the first failed attempt; it doubles with each attempt. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** After this many attempts an e-mail fails for good and waits for a coordinator. */
  readonly maxAttempts: number;
}

/** 30 s, 1 min, 2 min … then hourly: an outage of most of a day costs no e-mail. */
export const defaultRetryPolicy: RetryPolicy = {
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  maxAttempts: 24,
};

/** The wait before the next attempt, after `attempts` attempts (1 or more) have failed. */
export function retryDelayMs(attempts: number, policy: RetryPolicy): number {
  const exponent = Math.max(0, attempts - 1);
  // 2 ** exponent overflows to Infinity long before it matters; the cap bounds it.
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 52));
}
