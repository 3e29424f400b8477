import { setTimeout as sleep } from 'node:timers/promises';
import type { TransitionRecord } from '@budgetflow/domain';
import { historyQuery, initiativeQuery, initiativeWorkflowId } from '@budgetflow/workflows';
import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import type { Pool } from 'pg';

// What each initiative holds in the three places a step lives: the workflow's own records (its
// Queries), the audit trail and the read model in PostgreSQL.

/** A step as both the workflow and the audit trail keep it. */
export interface Entry {
  readonly seq: number;
  readonly command: string;
  readonly from: string | null;
  readonly to: string;
  readonly actorId: string;
  /** For an absorb: the initiative absorbed. */
  readonly source?: string;
}

export interface Observed {
  readonly number: string;
  /** Null when no workflow exists for the number. */
  readonly workflow: { state: string; version: number; entries: Entry[] } | null;
  readonly audit: Entry[];
  readonly readModel: { state: string; version: number } | null;
}

export interface Observer {
  observe(roundId: string, numbers: readonly string[]): Promise<Map<string, Observed>>;
}

export function observer(temporal: Client, db: Pool, concurrency = 6): Observer {
  return {
    async observe(roundId, numbers) {
      const [audit, reads] = await Promise.all([
        db.query<{
          number: string;
          seq: number;
          command: string;
          from_state: string | null;
          to_state: string;
          actor_id: string;
          source: string | null;
        }>(
          `SELECT number, seq, command, from_state, to_state, actor_id, data->>'source' AS source
             FROM audit_entry WHERE round_id = $1 ORDER BY number, seq`,
          [roundId],
        ),
        db.query<{ number: string; state: string; version: number }>(
          'SELECT number, state, version FROM initiative WHERE round_id = $1',
          [roundId],
        ),
      ]);
      const workflows = await mapLimited(numbers, concurrency, (number) =>
        workflowOf(temporal, roundId, number),
      );
      const result = new Map<string, Observed>();
      numbers.forEach((number, i) => {
        const read = reads.rows.find((row) => row.number === number);
        result.set(number, {
          number,
          workflow: workflows[i]!,
          audit: audit.rows
            .filter((row) => row.number === number)
            .map((row) => ({
              seq: row.seq,
              command: row.command,
              from: row.from_state,
              to: row.to_state,
              actorId: row.actor_id,
              ...(row.source ? { source: row.source } : {}),
            })),
          readModel: read ? { state: read.state, version: read.version } : null,
        });
      });
      return result;
    },
  };
}

async function workflowOf(temporal: Client, roundId: string, number: string) {
  const handle = temporal.workflow.getHandle(initiativeWorkflowId(roundId, number));
  try {
    const [initiative, records] = await Promise.all([
      handle.query(initiativeQuery),
      handle.query(historyQuery),
    ]);
    if (!initiative) return null;
    return {
      state: initiative.state,
      version: initiative.version,
      entries: records.map(entryOf),
    };
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return null;
    throw error;
  }
}

function entryOf(record: TransitionRecord): Entry {
  const source = record.data?.['source'];
  return {
    seq: record.seq,
    command: record.command,
    from: record.from,
    to: record.to,
    actorId: record.actor.id,
    ...(typeof source === 'string' ? { source } : {}),
  };
}

/**
 * Where the three places disagree about an initiative; empty when they agree. Before
 * convergence a disagreement is a projection on its way; after it, a half-done step.
 */
export function disagreements(o: Observed): string[] {
  const problems: string[] = [];
  const wf = o.workflow;
  if (!wf) {
    if (o.audit.length > 0) problems.push(`${o.audit.length} audit rows but no workflow`);
    if (o.readModel) problems.push('a read-model row but no workflow');
    return problems;
  }
  const key = (e: Entry) => `${e.seq} ${e.command} ${e.from}→${e.to} by ${e.actorId}`;
  const audit = new Set(o.audit.map(key));
  const recorded = new Set(wf.entries.map(key));
  for (const e of wf.entries) if (!audit.has(key(e))) problems.push(`not in audit: ${key(e)}`);
  for (const e of o.audit) if (!recorded.has(key(e))) problems.push(`only in audit: ${key(e)}`);
  wf.entries.forEach((e, i) => {
    if (e.seq !== i + 1) problems.push(`workflow record ${i + 1} has seq ${e.seq}`);
  });
  if (!o.readModel) problems.push('no read-model row');
  else if (o.readModel.state !== wf.state || o.readModel.version !== wf.version) {
    problems.push(
      `read model ${o.readModel.state} v${o.readModel.version}, workflow ${wf.state} v${wf.version}`,
    );
  }
  return problems;
}

export interface Convergence {
  readonly observed: Map<string, Observed>;
  /** Milliseconds until everything agreed, or until the bound when it did not. */
  readonly ms: number;
  readonly converged: boolean;
  /** The last error of a Query or of PostgreSQL while polling, if the last poll failed. */
  readonly lastError?: string;
}

/** Polls until the workflow, the audit trail and the read model agree on every initiative. */
export async function awaitConvergence(
  watch: Observer,
  roundId: string,
  numbers: readonly string[],
  boundMs: number,
): Promise<Convergence> {
  const started = Date.now();
  let observed = new Map<string, Observed>();
  let lastError: string | undefined;
  for (;;) {
    try {
      observed = await watch.observe(roundId, numbers);
      lastError = undefined;
      const agree = [...observed.values()].every((o) => disagreements(o).length === 0);
      if (agree) return { observed, ms: Date.now() - started, converged: true };
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() - started > boundMs) {
      return {
        observed,
        ms: Date.now() - started,
        converged: false,
        ...(lastError ? { lastError } : {}),
      };
    }
    await sleep(250);
  }
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
