import { amountsPerYearAndArea, type Initiative } from '@budgetflow/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fair publication: a round may hold the administration's work back until a coordinator releases
 * it to every party group at once. The read model keeps, beside what an initiative counts with,
 * what its party estimated (the form's economy), so that totals for a reader who may not yet see
 * a costing count the estimate instead; and when the costing was made, to decide which.
 */
export class FairPublication1764925100000 implements MigrationInterface {
  name = 'FairPublication1764925100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE round_publication (
        round_id text PRIMARY KEY REFERENCES round (id),
        hold_back boolean NOT NULL,
        released_until timestamptz,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE round_release (
        round_id text NOT NULL REFERENCES round (id),
        released_at timestamptz NOT NULL,
        released_by text NOT NULL,
        PRIMARY KEY (round_id, released_at)
      )`);
    await db.query(`
      ALTER TABLE initiative
        ADD COLUMN costing_at timestamptz,
        ADD COLUMN estimate_financing_areas text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      CREATE TABLE initiative_estimate_amount (
        workflow_id text NOT NULL REFERENCES initiative (workflow_id) ON DELETE CASCADE,
        year integer NOT NULL,
        area text NOT NULL,
        kroner bigint NOT NULL,
        PRIMARY KEY (workflow_id, year, area)
      )`);
    // The initiatives already read: their estimates from their documents, by the domain's rule.
    const rows: { workflow_id: string; document: Initiative }[] = await db.query(
      'SELECT workflow_id, document FROM initiative',
    );
    for (const { workflow_id: workflowId, document } of rows) {
      const { form, years, costing } = document;
      await db.query(
        `UPDATE initiative SET costing_at = $2, estimate_financing_areas = $3 WHERE workflow_id = $1`,
        [workflowId, costing?.at ?? null, form.financing.map((share) => share.area)],
      );
      const amounts = amountsPerYearAndArea(form.economy, form.financing, years).filter(
        (amount) => amount.kroner !== 0,
      );
      for (const amount of amounts) {
        await db.query(
          `INSERT INTO initiative_estimate_amount (workflow_id, year, area, kroner)
           VALUES ($1, $2, $3, $4)`,
          [workflowId, amount.year, amount.area, String(amount.kroner)],
        );
      }
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE initiative_estimate_amount');
    await db.query(
      'ALTER TABLE initiative DROP COLUMN costing_at, DROP COLUMN estimate_financing_areas',
    );
    await db.query('DROP TABLE round_release');
    await db.query('DROP TABLE round_publication');
  }
}
