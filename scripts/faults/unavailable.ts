import { randomUUID } from 'node:crypto';
import type { System } from '../support/system';
import { type Attempt, type ClientOptions, request, type StepRecord } from './client';
import type { Step } from './steps';
import { describeLast } from './verdict';

// While PostgreSQL is down, or Temporal is unreachable for longer than its client's own retries
// cover, the API must answer a clear 503 (Danish title and detail, Retry-After), never a 500;
// and the step that got the 503 must be whole once it is sent again with the same key.

export interface Probe {
  /** What was down. */
  readonly during: string;
  readonly request: string;
  readonly attempt: Attempt;
}

export interface OutageCheck {
  readonly probes: Probe[];
  /** The probed steps, with their retry after the repair, for the usual judgement. */
  readonly records: StepRecord[];
  readonly violations: string[];
}

/**
 * One outage: take the part down, send a step and a read, bring it back, and send the step
 * again with its key. Temporal's client retries an unreachable server for about 20 s before it
 * gives up, so the probes wait up to a minute.
 */
export async function probeOutage(
  options: ClientOptions,
  outage: {
    during: string;
    down: () => Promise<void>;
    up: () => Promise<void>;
    healthy: () => Promise<void>;
    step: Step;
    read: { path: string; personId: string };
  },
): Promise<OutageCheck> {
  const { step, read } = outage;
  const key = randomUUID();
  const probing = { ...options, attemptTimeoutMs: 60_000 };
  await outage.down();
  let probed: [Attempt, Attempt];
  try {
    probed = await Promise.all([
      request(probing, {
        method: 'POST',
        path: step.path,
        personId: step.personId,
        body: step.body,
        key,
      }),
      request(probing, { method: 'GET', ...read }),
    ]);
  } finally {
    await outage.up();
  }
  await outage.healthy();
  const retry = await request(options, {
    method: 'POST',
    path: step.path,
    personId: step.personId,
    body: step.body,
    key,
  });
  const probes: Probe[] = [
    { during: outage.during, request: `POST ${step.number} ${step.command}`, attempt: probed[0] },
    { during: outage.during, request: `GET ${read.path}`, attempt: probed[1] },
  ];
  const violations: string[] = [];
  for (const { request: sent, attempt } of probes) {
    const { outcome } = attempt;
    if (outcome.kind !== 'server' || outcome.status !== 503) {
      const got =
        outcome.kind === 'none' ? `no answer (${outcome.error})` : `HTTP ${outcome.status}`;
      violations.push(`${sent} while ${outage.during}: expected 503, got ${got}`);
    } else if (!outcome.retryAfter || !outcome.title || !outcome.detail) {
      violations.push(`${sent} while ${outage.during}: 503 without Retry-After, title or detail`);
    }
  }
  const record: StepRecord = { step, key, attempts: [probed[0], retry], result: 'accepted' };
  if (retry.outcome.kind !== 'ok') {
    record.result = retry.outcome.kind === 'refused' ? 'refused' : 'unanswered';
    violations.push(
      `${step.number} ${step.command} sent again after the repair: ${describeLast(record)}`,
    );
  }
  return { probes, records: [record], violations };
}

/** The two outages, one after the other, each on its own draft. */
export function outages(system: System, healthy: () => Promise<void>) {
  return [
    {
      during: 'PostgreSQL was stopped',
      down: () => system.postgres!.stop(),
      up: () => system.postgres!.start(),
      healthy,
    },
    {
      during: 'the Temporal dev server was killed',
      down: () => system.temporal!.kill(),
      up: () => system.temporal!.start(),
      healthy,
    },
  ];
}
