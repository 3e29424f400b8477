import { setTimeout as sleep } from 'node:timers/promises';
import type { System } from '../support/system';
import { type Fault, runBurst } from './burst';
import type { ClientOptions } from './client';
import { awaitConvergence, type Observer } from './observe';
import { judgeRaces, type RaceCounts, racePlan, runRaces } from './races';
import { type ScenarioReport, seconds } from './report';
import { burstPlan, stepsOf } from './steps';
import { outages, probeOutage } from './unavailable';
import { judge } from './verdict';

// The scenarios, each on a fresh round of the one system: a burst with a crash in it, the
// outages that must answer 503, and the races.

export interface Settings {
  readonly initiatives: number;
  readonly clients: number;
  readonly races: number;
  /** The read model must agree with the workflows this long after the burst at the latest. */
  readonly convergenceBoundMs: number;
}

export interface Context {
  readonly system: System;
  readonly watch: Observer;
  readonly settings: Settings;
  readonly say: (line?: string) => void;
  /** Every request of every client, by scenario, for --records. */
  readonly records: Record<string, unknown>;
}

/** The crash comes once this share of the burst's steps is answered; the part stays down 1 s. */
const FAULT_AFTER = 0.35;
const DOWN_MS = 1_000;

export const faults: Record<string, (system: System) => Fault> = {
  worker: (s) => ({
    name: 'kill -9 the worker, start it again',
    kill: () => s.worker.kill(),
    restart: () => s.worker.start(),
  }),
  temporal: (s) => ({
    name: 'kill -9 the Temporal dev server (SQLite file), start it again',
    kill: () => s.temporal!.kill(),
    restart: () => s.temporal!.start(),
  }),
  api: (s) => ({
    name: 'kill -9 the API, start it again',
    kill: () => s.api.kill(),
    restart: () => s.api.start(),
  }),
  postgres: (s) => ({
    name: 'stop PostgreSQL, start it again',
    kill: () => s.postgres!.stop(),
    restart: () => s.postgres!.start(),
  }),
};

/** A burst of lifecycle walks with the fault in the middle, then convergence and the verdict. */
export async function faultScenario(ctx: Context, name: string): Promise<ScenarioReport> {
  const { system, settings } = ctx;
  const fault = faults[name]!(system);
  const roundId = await freshRound(system, name);
  const units = burstPlan(roundId, settings.initiatives);
  const numbers = units.flatMap((unit) =>
    unit.filter((s) => s.command === 'create').map((s) => s.number),
  );
  ctx.say(`\n── ${name}: ${fault.name} (round ${roundId})`);
  const burst = await runBurst(
    units,
    {
      ...clientOptions(system),
      clients: settings.clients,
      faultAfter: FAULT_AFTER,
      downMs: DOWN_MS,
    },
    fault,
  );
  ctx.records[name] = burst.records;
  await healthy(ctx);
  const convergence = await awaitConvergence(
    ctx.watch,
    roundId,
    numbers,
    settings.convergenceBoundMs,
  );
  const verdict = judge(burst.records, convergence.observed, convergence.converged);
  const violations = [...verdict.violations];
  if (!convergence.converged) {
    violations.unshift(notConverged(settings, convergence.lastError));
  }
  return {
    scenario: name,
    fault: fault.name,
    roundId,
    initiatives: numbers.length,
    clients: settings.clients,
    burstMs: burst.ms,
    ...(burst.timeline ? { timeline: burst.timeline } : {}),
    convergenceMs: convergence.ms,
    converged: convergence.converged,
    counts: verdict.counts,
    violations,
  };
}

/** A step and a read while PostgreSQL is stopped, then while Temporal is gone: 503 each. */
export async function unavailableScenario(ctx: Context): Promise<ScenarioReport> {
  const { system, settings } = ctx;
  const started = Date.now();
  const roundId = await freshRound(system, 'unavailable');
  ctx.say(
    `\n── unavailable: a step and a read while PostgreSQL, then Temporal, is down (round ${roundId})`,
  );
  const steps = stepsOf(roundId);
  const options = clientOptions(system);
  const drafts = ['1.1', '1.2'].map((number) => steps.create(number, 'Enhedslisten'));
  const setup = await runBurst([drafts], { ...options, clients: 1, faultAfter: 1, downMs: 0 });
  // The round from PostgreSQL; its calendar from the round's workflow.
  const reads = [`/rounds/${roundId}`, `/rounds/${roundId}/calendar`];
  const checks = [];
  for (const [i, outage] of outages(system, () => healthy(ctx)).entries()) {
    const step = steps.take(drafts[i]!.number, 'submit');
    const read = { path: reads[i]!, personId: 'demo-koordinator' };
    checks.push(await probeOutage(options, { ...outage, step, read }));
  }
  const records = [...setup.records, ...checks.flatMap((check) => check.records)];
  ctx.records['unavailable'] = records;
  const numbers = drafts.map((draft) => draft.number);
  const convergence = await awaitConvergence(
    ctx.watch,
    roundId,
    numbers,
    settings.convergenceBoundMs,
  );
  const verdict = judge(records, convergence.observed, convergence.converged);
  if (!convergence.converged)
    verdict.violations.unshift(notConverged(settings, convergence.lastError));
  return {
    scenario: 'unavailable',
    fault: 'PostgreSQL stopped, then Temporal killed, each while a step and a read are sent',
    roundId,
    initiatives: numbers.length,
    clients: 1,
    burstMs: Date.now() - started,
    convergenceMs: convergence.ms,
    converged: convergence.converged,
    counts: verdict.counts,
    probes: checks.flatMap((check) => check.probes),
    violations: [...checks.flatMap((check) => check.violations), ...verdict.violations],
  };
}

export interface RacesReport {
  readonly counts: RaceCounts;
  readonly violations: string[];
  readonly ms: number;
}

/** Initiatives walked to where the conflict starts, then both steps at once, a few at a time. */
export async function racesScenario(ctx: Context): Promise<RacesReport> {
  const { system, settings } = ctx;
  const started = Date.now();
  const roundId = await freshRound(system, 'races');
  ctx.say(
    `\n── races: ${settings.races} times two people take conflicting steps at once (round ${roundId})`,
  );
  const plan = racePlan(roundId, settings.races);
  const options = clientOptions(system);
  const setup = await runBurst(plan.setup, {
    ...options,
    clients: settings.clients,
    faultAfter: 1,
    downMs: 0,
  });
  ctx.records['races-setup'] = setup.records;
  const violations = setup.records
    .filter((r) => r.result !== 'accepted')
    .map((r) => `setting up: ${r.step.number} ${r.step.command} was ${r.result}`);
  const outcomes = await runRaces(plan.races, { ...options, origin: Date.now() }, 4);
  ctx.records['races'] = outcomes;
  const convergence = await awaitConvergence(
    ctx.watch,
    roundId,
    plan.numbers,
    settings.convergenceBoundMs,
  );
  if (!convergence.converged) {
    violations.push(notConverged(settings, convergence.lastError));
  }
  const judged = judgeRaces(outcomes, convergence.observed);
  return {
    counts: judged.counts,
    violations: [...violations, ...judged.violations],
    ms: Date.now() - started,
  };
}

function notConverged(settings: Settings, lastError: string | undefined): string {
  const bound = seconds(settings.convergenceBoundMs);
  return `the read model did not converge within ${bound}${lastError ? ` (last error: ${lastError})` : ''}`;
}

function clientOptions(system: System): ClientOptions {
  return {
    apiUrl: system.apiUrl,
    tokenOf: (person) => system.tokenOf(person),
    origin: Date.now(),
    // Longer than a worker's hand-over (Temporal waits out the dead worker's task, ~10 s).
    attemptTimeoutMs: 20_000,
    stepDeadlineMs: 90_000,
  };
}

async function freshRound(system: System, name: string): Promise<string> {
  const id = `faults-${name}-${Date.now().toString(36)}`;
  const response = await fetch(`${system.apiUrl}/rounds`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await system.tokenOf('demo-koordinator')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ id, name: `Fejltest ${name}`, firstYear: 2026, lastYear: 2029 }),
  });
  if (response.status !== 201) {
    throw new Error(`creating round ${id}: HTTP ${response.status} ${await response.text()}`);
  }
  return id;
}

/** Every part answers again (the API's health checks PostgreSQL and Temporal). */
async function healthy(ctx: Context): Promise<void> {
  const deadline = Date.now() + ctx.settings.convergenceBoundMs;
  for (;;) {
    const status = await fetch(`${ctx.system.apiUrl}/health`)
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`the API is not healthy (HTTP ${status})`);
    await sleep(250);
  }
}
