import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Step } from './steps';

// A client as a careful script would be: every attempt recorded, and a request that got no
// answer or a 5xx sent again with the same Idempotency-Key, with back-off, until it is answered
// or its deadline passes.

/** What one attempt got back. */
export type Outcome =
  | {
      readonly kind: 'ok';
      readonly status: number;
      readonly version?: number;
      readonly state?: string;
    }
  | {
      readonly kind: 'refused';
      readonly status: number;
      readonly code?: string;
      readonly detail?: string;
    }
  | {
      readonly kind: 'server';
      readonly status: number;
      readonly title?: string;
      readonly detail?: string;
      readonly retryAfter?: string;
    }
  | { readonly kind: 'none'; readonly error: string };

export interface Attempt {
  /** Milliseconds since the scenario began. */
  readonly sentAt: number;
  readonly ms: number;
  readonly outcome: Outcome;
}

/**
 * How a step ended for its client: answered 2xx; refused with 409 after an attempt that got no
 * answer (so that attempt applied it); refused; or never answered before the deadline.
 */
export type StepResult = 'accepted' | 'alreadyApplied' | 'refused' | 'unanswered';

export interface StepRecord {
  readonly step: Step;
  readonly key: string;
  readonly attempts: Attempt[];
  result: StepResult;
}

export interface ClientOptions {
  readonly apiUrl: string;
  readonly tokenOf: (personId: string) => Promise<string>;
  /** Time origin of the scenario, for the attempts' timestamps. */
  readonly origin: number;
  /** How long one attempt may wait for its answer. */
  readonly attemptTimeoutMs: number;
  /** How long a step is tried in all. */
  readonly stepDeadlineMs: number;
}

/** The 409 codes that say the state has already moved on, here by an earlier attempt. */
const ALREADY_MOVED = new Set(['invalidState', 'duplicateNumber']);

/**
 * Sends a step until it is answered. `visibleYet` false means the initiative's creation was not
 * answered, so its read model may still be on its way: a 404 is then retried, not taken as final.
 */
export async function sendStep(
  options: ClientOptions,
  step: Step,
  visibleYet = true,
): Promise<StepRecord> {
  const record: StepRecord = { step, key: randomUUID(), attempts: [], result: 'unanswered' };
  const deadline = Date.now() + options.stepDeadlineMs;
  let pause = 200;
  for (;;) {
    const outcome = await attempt(options, step, record.key);
    record.attempts.push(outcome);
    const { outcome: got } = outcome;
    const earlierUnanswered = record.attempts
      .slice(0, -1)
      .some((a) => a.outcome.kind === 'none' || a.outcome.kind === 'server');
    if (got.kind === 'ok') {
      record.result = 'accepted';
      return record;
    }
    if (got.kind === 'refused') {
      const inProgress = got.code === 'busy' && earlierUnanswered;
      const notVisibleYet = got.status === 404 && !visibleYet;
      if (!inProgress && !notVisibleYet) {
        record.result =
          earlierUnanswered && got.code && ALREADY_MOVED.has(got.code)
            ? 'alreadyApplied'
            : 'refused';
        return record;
      }
    }
    if (Date.now() + pause > deadline) return record;
    await sleep(pause);
    pause = Math.min(pause * 2, 3_000);
  }
}

/** One request of a step, as it is: no retries. */
export function attempt(options: ClientOptions, step: Step, key: string): Promise<Attempt> {
  return request(options, {
    method: 'POST',
    path: step.path,
    personId: step.personId,
    body: step.body,
    key,
  });
}

/** One request to the API as a demo person, recorded as an attempt. */
export async function request(
  options: ClientOptions,
  req: { method: string; path: string; personId: string; body?: object; key?: string },
): Promise<Attempt> {
  const sentAt = Date.now();
  let outcome: Outcome;
  try {
    const token = await options.tokenOf(req.personId);
    const response = await fetch(`${options.apiUrl}${req.path}`, {
      method: req.method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(req.body ? { 'content-type': 'application/json' } : {}),
        ...(req.key ? { 'idempotency-key': req.key } : {}),
      },
      ...(req.body ? { body: JSON.stringify(req.body) } : {}),
      signal: AbortSignal.timeout(options.attemptTimeoutMs),
    });
    outcome = await outcomeOf(response);
  } catch (error) {
    outcome = { kind: 'none', error: describe(error) };
  }
  return { sentAt: sentAt - options.origin, ms: Date.now() - sentAt, outcome };
}

async function outcomeOf(response: Response): Promise<Outcome> {
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON: an answer from something other than our filter
  }
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const { status } = response;
  if (status >= 200 && status < 300) {
    const version = typeof body['version'] === 'number' ? body['version'] : undefined;
    return { kind: 'ok', status, version, state: str(body['state']) };
  }
  if (status >= 500) {
    return {
      kind: 'server',
      status,
      title: str(body['title']),
      detail: str(body['detail']),
      retryAfter: response.headers.get('retry-after') ?? undefined,
    };
  }
  return { kind: 'refused', status, code: str(body['code']), detail: str(body['detail']) };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'timeout';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}
