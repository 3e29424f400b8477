import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The round's calendar and the administration's review tasks, as the round workflow projects
 * them: read by the deadline lists and the calendar feeds.
 */
export class RoundCalendar1764316800000 implements MigrationInterface {
  name = 'RoundCalendar1764316800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE round
        ADD COLUMN calendar jsonb,
        ADD COLUMN calendar_version integer NOT NULL DEFAULT 0,
        ADD COLUMN late_submissions jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN projection_version integer NOT NULL DEFAULT 0`);
    await db.query(`
      CREATE TABLE review_task (
        round_id text NOT NULL REFERENCES round (id),
        number text NOT NULL,
        title text NOT NULL,
        party_groups text[] NOT NULL DEFAULT '{}',
        submitted_at timestamptz NOT NULL,
        due_override date,
        due_at timestamptz NOT NULL,
        closed_at timestamptz,
        PRIMARY KEY (round_id, number)
      )`);
    await db.query(
      `CREATE INDEX review_task_open_idx ON review_task (due_at) WHERE closed_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE review_task');
    await db.query(`
      ALTER TABLE round
        DROP COLUMN calendar, DROP COLUMN calendar_version, DROP COLUMN late_submissions,
        DROP COLUMN projection_version`);
  }
}
