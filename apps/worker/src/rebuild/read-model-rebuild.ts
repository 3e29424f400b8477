import {
  AgreementRepository,
  ProjectionRepository,
  RoundCalendarRepository,
} from '@budgetflow/persistence';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { createRoundActivities, type NotificationSink } from '../activities/round.activities';
import { WorkflowSources } from './workflow-sources';

export type RebuildPhase = 'rounds' | 'initiatives' | 'agreements';

export interface RebuildProgress {
  readonly phase: RebuildPhase;
  readonly done: number;
  readonly total: number;
}

export interface RebuildOptions {
  /** Only these rounds: their round workflow, initiatives and agreement. Every round otherwise. */
  readonly rounds?: readonly string[];
  /** Empties the derived tables (of these rounds) first, in one transaction. */
  readonly truncate?: boolean;
  /** Told after each workflow. */
  readonly onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildFailure {
  readonly workflowId: string;
  readonly reason: string;
}

export interface RebuildSummary {
  readonly rounds: number;
  readonly initiatives: number;
  readonly agreements: number;
  readonly failures: readonly RebuildFailure[];
}

export interface RebuildDeps {
  readonly dataSource: DataSource;
  readonly temporal: Client;
}

/** Initiatives asked at the same time: each query is a workflow task on a worker. */
const CONCURRENT_QUERIES = 4;

/**
 * Every notification was written with the step that caused it; a rebuild writes the read model
 * only, and the round's projection, which this sink is given to, never notifies.
 */
const noNotifications: NotificationSink = {
  enqueue: () =>
    Promise.reject(new Error('Genopbygningen af læsemodellen sender ingen notifikationer')),
};

/**
 * Rewrites the read model from the workflows, the source of truth: each round's projection
 * (calendar, late submissions, review tasks, budget questions), each initiative's row, amounts
 * and audit trail from the steps it recorded, and each agreement's progress. The writes are the
 * activities' own, idempotent and version-guarded, so running it twice, or while the worker
 * projects, changes nothing that is right already. A workflow that cannot be read is reported
 * in the summary, and the others are rebuilt all the same.
 */
export async function rebuildReadModel(
  { dataSource, temporal }: RebuildDeps,
  options: RebuildOptions = {},
): Promise<RebuildSummary> {
  const sources = new WorkflowSources(temporal);
  const only = options.rounds?.length ? [...new Set(options.rounds)] : null;
  // Read before anything is emptied: what the read model knows covers what visibility, being
  // eventually consistent, has not listed yet.
  const roundIds =
    only ?? sorted([...(await knownRounds(dataSource)), ...(await sources.roundIds())]);
  const initiativeIds = sorted([
    ...(await knownInitiatives(dataSource, only)),
    ...(await sources.initiativeWorkflowIds(only)),
  ]);
  if (options.truncate) await emptyDerivedTables(dataSource, only);

  const failures: RebuildFailure[] = [];
  const tracked = (phase: RebuildPhase, total: number) => {
    let done = 0;
    return async (workflowId: string, work: () => Promise<boolean>): Promise<boolean> => {
      let written = false;
      try {
        written = await work();
      } catch (error) {
        failures.push({
          workflowId,
          reason: error instanceof Error ? error.message : String(error),
        });
      }
      options.onProgress?.({ phase, done: ++done, total });
      return written;
    };
  };

  const projectRound = createRoundActivities({
    dataSource,
    calendars: new RoundCalendarRepository(dataSource),
    notifications: noNotifications,
  }).projectRound;
  const roundDone = tracked('rounds', roundIds.length);
  let rounds = 0;
  for (const roundId of roundIds) {
    const written = await roundDone(`round/${roundId}`, async () => {
      const snapshot = await sources.round(roundId);
      if (!snapshot) {
        // A round named on the command line must exist; one only in the read model may be from
        // before rounds had a workflow.
        if (only) throw new Error(`Runden ${roundId} har ingen workflow i Temporal`);
        return false;
      }
      await projectRound(snapshot);
      return true;
    });
    if (written) rounds++;
  }

  // Without the "along with" hook: the steps' notifications are not written again.
  const projections = new ProjectionRepository(dataSource);
  const initiativeDone = tracked('initiatives', initiativeIds.length);
  let initiatives = 0;
  await inLanes(initiativeIds, CONCURRENT_QUERIES, async (workflowId) => {
    const written = await initiativeDone(workflowId, async () => {
      const found = await sources.initiative(workflowId);
      if (!found) return false;
      const { initiative, records } = found;
      for (const record of [...records].sort((a, b) => a.seq - b.seq)) {
        await projections.recordTransition({ workflowId, initiative, record });
      }
      return true;
    });
    if (written) initiatives++;
  });

  const agreementsRepository = new AgreementRepository(dataSource);
  const agreementDone = tracked('agreements', roundIds.length);
  let agreements = 0;
  for (const roundId of roundIds) {
    const written = await agreementDone(`agreement/${roundId}`, async () => {
      const record = await sources.agreement(roundId);
      if (!record) return false;
      // The activities' writes in their order: begun once, each outcome once, concluded once.
      await agreementsRepository.begin(record);
      for (const [index, outcome] of record.outcomes.entries()) {
        await agreementsRepository.recordOutcome(roundId, index, outcome);
      }
      if (record.concludedAt) await agreementsRepository.conclude(roundId, record.concludedAt);
      return true;
    });
    if (written) agreements++;
  }

  return { rounds, initiatives, agreements, failures };
}

async function knownRounds(dataSource: DataSource): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query('SELECT id FROM round');
  return rows.map((row) => row.id);
}

async function knownInitiatives(
  dataSource: DataSource,
  roundIds: readonly string[] | null,
): Promise<string[]> {
  const rows: { workflow_id: string }[] = await dataSource.query(
    'SELECT workflow_id FROM initiative WHERE $1::text[] IS NULL OR round_id = ANY($1)',
    [roundIds],
  );
  return rows.map((row) => row.workflow_id);
}

/**
 * Everything the workflows write, of the given rounds or all. One transaction, so the read model
 * is never left half emptied; rows are deleted rather than truncated, because a round can be
 * chosen and the rounds' own rows (which packages, seats and frames refer to) stay: only their
 * projected columns are reset. The initiatives' amounts go with their initiative (cascade).
 */
async function emptyDerivedTables(
  dataSource: DataSource,
  roundIds: readonly string[] | null,
): Promise<void> {
  await dataSource.transaction(async (db) => {
    for (const table of [
      'initiative',
      'audit_entry',
      'review_task',
      'budget_question',
      'agreement',
    ]) {
      await db.query(`DELETE FROM ${table} WHERE $1::text[] IS NULL OR round_id = ANY($1)`, [
        roundIds,
      ]);
    }
    await db.query(
      `UPDATE round SET calendar = NULL, calendar_version = 0, late_submissions = '[]',
                        projection_version = 0
       WHERE $1::text[] IS NULL OR id = ANY($1)`,
      [roundIds],
    );
  });
}

function sorted(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}

/** Runs the work over the items, at most `lanes` at a time. */
async function inLanes<T>(
  items: readonly T[],
  lanes: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
}
