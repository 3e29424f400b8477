import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The round's budget questions, as the round workflow projects them: numbered per round, the
 * answer in force (the first answer's time kept for lateness) and the answers a correction
 * replaced. Each row is guarded by the round state's version it was projected from, so an older
 * projection never overwrites a newer one. No reference to party_group: a projection the
 * workflow has decided must never fail on a renamed party group.
 */
export class BudgetQuestions1764925300000 implements MigrationInterface {
  name = 'BudgetQuestions1764925300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE budget_question (
        round_id text NOT NULL REFERENCES round (id),
        number integer NOT NULL CHECK (number > 0),
        party_group text NOT NULL,
        asked_by text NOT NULL,
        asked_by_role text NOT NULL,
        initiative text,
        text text NOT NULL,
        asked_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        answer_text text,
        answered_by text,
        answer_at timestamptz,
        first_answered_at timestamptz,
        replaced_answers jsonb NOT NULL DEFAULT '[]',
        projected_version integer NOT NULL,
        PRIMARY KEY (round_id, number),
        CHECK ((answer_text IS NULL) = (answer_at IS NULL))
      )`);
    await db.query(
      `CREATE INDEX budget_question_open_idx ON budget_question (round_id, due_at)
         WHERE answer_text IS NULL`,
    );
    await db.query(
      `CREATE INDEX budget_question_initiative_idx ON budget_question (round_id, initiative)
         WHERE initiative IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE budget_question');
  }
}
