import { Pool, type PoolClient } from 'pg';
import { demoPartyGroups } from '../demo/people';
import { endingOf, lifecyclePlan, type Transition } from './lifecycle';
import { inParallel, latencyOf, round, type Latency } from './stats';

// The baseline: the same steps as plain SQL transactions against the same PostgreSQL, with no
// workflow engine: the state checked and changed under a row lock, and an audit row, per step.
// What the engine costs beyond this is the price of its durability and its history.

const next: Record<string, { from: string; to: string }> = {
  submit: { from: 'draft', to: 'submitted' },
  'start-review': { from: 'submitted', to: 'inReview' },
  'complete-review': { from: 'inReview', to: 'reviewed' },
  cost: { from: 'reviewed', to: 'costed' },
  'open-negotiation': { from: 'costed', to: 'inNegotiation' },
  include: { from: 'inNegotiation', to: 'included' },
  reject: { from: 'inNegotiation', to: 'rejected' },
  merge: { from: 'inNegotiation', to: 'merged' },
};

export interface BaselineResult {
  transitions: number;
  seconds: number;
  transitionsPerSecond: number;
  latency: Latency;
}

export async function runSqlBaseline(
  databaseUrl: string,
  initiatives: number,
  clients: number,
): Promise<BaselineResult> {
  const pool = new Pool({ connectionString: databaseUrl, max: clients });
  try {
    await pool.query(`
      DROP TABLE IF EXISTS baseline_audit, baseline_initiative;
      CREATE TABLE baseline_initiative (
        number text PRIMARY KEY, state text NOT NULL, version integer NOT NULL, body jsonb NOT NULL);
      CREATE TABLE baseline_audit (
        number text NOT NULL, seq integer NOT NULL, command text NOT NULL, from_state text,
        to_state text NOT NULL, at timestamptz NOT NULL DEFAULT now(), body jsonb NOT NULL,
        PRIMARY KEY (number, seq));`);
    const parties = demoPartyGroups.map((group) => group.name);
    const perClient = Array.from({ length: clients }, (_, c) =>
      Array.from({ length: Math.ceil((initiatives - c) / clients) }, (_, k) => `${c + 1}.${k + 1}`),
    );
    const latencies: number[] = [];
    const take = async (number: string, step: Transition) => {
      const started = performance.now();
      const db = await pool.connect();
      try {
        await db.query('BEGIN');
        await apply(db, number, step);
        await db.query('COMMIT');
      } catch (error) {
        await db.query('ROLLBACK');
        throw error;
      } finally {
        db.release();
      }
      latencies.push(performance.now() - started);
    };
    const started = performance.now();
    await inParallel(perClient, clients, async (numbers, c) => {
      const target = numbers[0]!;
      for (const [k, number] of numbers.entries()) {
        const party = parties[(c + k) % parties.length]!;
        for (const step of lifecyclePlan(number, party, endingOf(k, target))) {
          await take(number, step);
        }
      }
      await take(target, { action: 'include', who: 'coordinator', body: {} });
    });
    const seconds = (performance.now() - started) / 1000;
    return {
      transitions: latencies.length,
      seconds: round(seconds, 2),
      transitionsPerSecond: round(latencies.length / seconds),
      latency: latencyOf(latencies),
    };
  } finally {
    await pool.query('DROP TABLE IF EXISTS baseline_audit, baseline_initiative').catch(() => 0);
    await pool.end();
  }
}

async function apply(db: PoolClient, number: string, step: Transition): Promise<void> {
  const body = JSON.stringify(step.body);
  if (step.action === 'create') {
    await db.query(
      `INSERT INTO baseline_initiative (number, state, version, body) VALUES ($1, 'draft', 1, $2)`,
      [number, body],
    );
    await db.query(
      `INSERT INTO baseline_audit (number, seq, command, to_state, body) VALUES ($1, 1, 'create', 'draft', $2)`,
      [number, body],
    );
    return;
  }
  const rule = next[step.action]!;
  const { rows } = await db.query<{ state: string; version: number }>(
    'SELECT state, version FROM baseline_initiative WHERE number = $1 FOR UPDATE',
    [number],
  );
  const current = rows[0];
  if (!current || current.state !== rule.from) {
    throw new Error(`${step.action} ${number}: refused in state ${current?.state}`);
  }
  const version = current.version + 1;
  await db.query('UPDATE baseline_initiative SET state = $2, version = $3 WHERE number = $1', [
    number,
    rule.to,
    version,
  ]);
  await db.query(
    `INSERT INTO baseline_audit (number, seq, command, from_state, to_state, body)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [number, version, step.action, rule.from, rule.to, body],
  );
  // The target of a merge records that it absorbed the source, as the engine's target does.
  if (step.action === 'merge') {
    const into = (step.body as { into: string }).into;
    const { rows: targets } = await db.query<{ version: number }>(
      'UPDATE baseline_initiative SET version = version + 1 WHERE number = $1 RETURNING version',
      [into],
    );
    await db.query(
      `INSERT INTO baseline_audit (number, seq, command, from_state, to_state, body)
       VALUES ($1, $2, 'absorb', 'inNegotiation', 'inNegotiation', $3)`,
      [into, targets[0]!.version, JSON.stringify({ source: number })],
    );
  }
}
