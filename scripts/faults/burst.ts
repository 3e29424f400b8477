import { setTimeout as sleep } from 'node:timers/promises';
import { type ClientOptions, sendStep, type StepRecord } from './client';
import type { Step } from './steps';

/** A crash and the repair: e.g. kill the worker, wait a second, start it again. */
export interface Fault {
  readonly name: string;
  readonly kill: () => Promise<void>;
  readonly restart: () => Promise<void>;
}

export interface FaultTimeline {
  /** Milliseconds since the burst began. */
  readonly killedAt: number;
  readonly restartBegunAt: number;
  readonly restartedAt: number;
}

export interface BurstResult {
  readonly records: StepRecord[];
  readonly timeline?: FaultTimeline;
  /** Milliseconds from the burst's start until every client had finished. */
  readonly ms: number;
}

export interface BurstOptions extends ClientOptions {
  readonly clients: number;
  /** Inject the fault once this share of the planned steps has been answered. */
  readonly faultAfter: number;
  readonly downMs: number;
}

/**
 * Walks the units with a few concurrent clients, each taking the next unit when it has finished
 * one; a unit stops at a step that is refused or never answered, since what follows would be
 * refused as well. The fault is injected mid-way, while requests are in flight.
 */
export async function runBurst(
  units: Step[][],
  options: BurstOptions,
  fault?: Fault,
): Promise<BurstResult> {
  const records: StepRecord[] = [];
  const planned = units.reduce((sum, unit) => sum + unit.length, 0);
  let answered = 0;
  let faultRun: Promise<FaultTimeline> | undefined;
  const maybeInject = () => {
    if (fault && !faultRun && answered >= planned * options.faultAfter) {
      faultRun = inject(fault, options);
    }
  };
  const queue = [...units];
  const client = async () => {
    for (let unit = queue.shift(); unit; unit = queue.shift()) {
      const visible = new Set<string>();
      for (const step of unit) {
        const record = await sendStep(options, step, visible.has(step.number));
        records.push(record);
        answered++;
        maybeInject();
        if (record.result === 'accepted') visible.add(step.number);
        if (record.result === 'refused' || record.result === 'unanswered') break;
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  const timeline = fault ? await (faultRun ?? inject(fault, options)) : undefined;
  return { records, ms: Date.now() - options.origin, ...(timeline ? { timeline } : {}) };
}

async function inject(fault: Fault, options: BurstOptions): Promise<FaultTimeline> {
  const since = () => Date.now() - options.origin;
  await fault.kill();
  const killedAt = since();
  await sleep(options.downMs);
  const restartBegunAt = since();
  await fault.restart();
  return { killedAt, restartBegunAt, restartedAt: since() };
}
