import {
  amountsPerYearAndArea,
  committeeOf,
  effectiveEconomy,
  type Initiative,
  type TransitionRecord,
} from '@budgetflow/domain';
import type { DataSource, EntityManager } from 'typeorm';

export interface TransitionProjection {
  readonly workflowId: string;
  readonly initiative: Initiative;
  readonly record: TransitionRecord;
}

export { UNASSIGNED_AREA } from '@budgetflow/domain';

/** More to write in the same transaction as a step, e.g. the notifications it causes. */
export type AlongWithTransition = (
  db: EntityManager,
  projection: TransitionProjection,
) => Promise<void>;

/**
 * Writes what a workflow recorded into the read model and the audit trail, in one transaction.
 * Idempotent on (workflow id, seq): a retried activity writes nothing twice, and an older state
 * never overwrites a newer one.
 */
export class ProjectionRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alongWith: AlongWithTransition = async () => undefined,
  ) {}

  async recordTransition(projection: TransitionProjection): Promise<void> {
    const { workflowId, initiative, record } = projection;
    await this.dataSource.transaction(async (db) => {
      await insertAuditEntry(db, workflowId, initiative, record);
      const advanced = await upsertInitiative(db, workflowId, initiative);
      if (advanced) await replaceAmounts(db, workflowId, initiative);
      await this.alongWith(db, projection);
    });
  }
}

async function insertAuditEntry(
  db: EntityManager,
  workflowId: string,
  initiative: Initiative,
  record: TransitionRecord,
): Promise<void> {
  await db.query(
    `INSERT INTO audit_entry
       (workflow_id, seq, round_id, number, command, from_state, to_state, actor_id, actor_role, at, comment, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (workflow_id, seq) DO NOTHING`,
    [
      workflowId,
      record.seq,
      initiative.roundId,
      initiative.number,
      record.command,
      record.from,
      record.to,
      record.actor.id,
      record.actor.role,
      record.at,
      record.comment,
      record.data === null ? null : JSON.stringify(record.data),
    ],
  );
}

/** Returns whether the row now holds this version (false: a newer one was there already). */
async function upsertInitiative(
  db: EntityManager,
  workflowId: string,
  initiative: Initiative,
): Promise<boolean> {
  const { form } = initiative;
  const { financing } = effectiveEconomy(initiative);
  const rows: unknown[] = await db.query(
    `INSERT INTO initiative
       (workflow_id, round_id, number, committee, number_minor, title, state, party_groups,
        by_administration, financing_areas, merged_into, document, version, created_at, updated_at,
        costing_at, estimate_financing_areas)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT (workflow_id) DO UPDATE SET
       title = EXCLUDED.title, state = EXCLUDED.state, party_groups = EXCLUDED.party_groups,
       by_administration = EXCLUDED.by_administration, financing_areas = EXCLUDED.financing_areas,
       merged_into = EXCLUDED.merged_into, document = EXCLUDED.document, version = EXCLUDED.version,
       updated_at = EXCLUDED.updated_at, costing_at = EXCLUDED.costing_at,
       estimate_financing_areas = EXCLUDED.estimate_financing_areas
     WHERE initiative.version < EXCLUDED.version
     RETURNING workflow_id`,
    [
      workflowId,
      initiative.roundId,
      initiative.number,
      committeeOf(initiative.number),
      Number(initiative.number.split('.')[1]),
      form.title,
      initiative.state,
      form.submittedBy.kind === 'partyGroups' ? form.submittedBy.partyGroups : [],
      form.submittedBy.kind === 'administration',
      financing.map((share) => share.area),
      initiative.mergedInto,
      JSON.stringify(initiative),
      initiative.version,
      initiative.createdAt,
      initiative.updatedAt,
      initiative.costing?.at ?? null,
      form.financing.map((share) => share.area),
    ],
  );
  return rows.length > 0;
}

/**
 * The initiative's amounts per year and area twice: what it counts with (the costing once there
 * is one), and what its party estimated, for readers a held-back costing is not yet shown to.
 */
async function replaceAmounts(
  db: EntityManager,
  workflowId: string,
  initiative: Initiative,
): Promise<void> {
  const { form } = initiative;
  await writeAmounts(db, 'initiative_amount', workflowId, initiative, effectiveEconomy(initiative));
  await writeAmounts(db, 'initiative_estimate_amount', workflowId, initiative, form);
}

async function writeAmounts(
  db: EntityManager,
  table: 'initiative_amount' | 'initiative_estimate_amount',
  workflowId: string,
  initiative: Initiative,
  { economy, financing }: Pick<Initiative['form'], 'economy' | 'financing'>,
): Promise<void> {
  await db.query(`DELETE FROM ${table} WHERE workflow_id = $1`, [workflowId]);
  const amounts = amountsPerYearAndArea(economy, financing, initiative.years);
  const nonZero = amounts.filter((amount) => amount.kroner !== 0);
  if (nonZero.length === 0) return;
  await db.query(
    `INSERT INTO ${table} (workflow_id, year, area, kroner)
     SELECT $1, * FROM unnest($2::integer[], $3::text[], $4::bigint[])`,
    [
      workflowId,
      nonZero.map((a) => a.year),
      nonZero.map((a) => a.area),
      nonZero.map((a) => String(a.kroner)),
    ],
  );
}
