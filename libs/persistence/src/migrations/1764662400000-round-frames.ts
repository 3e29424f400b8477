import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The round's frames: per year and financing area, what the negotiation has to spend, set by the
 * coordinators as a whole. Each row keeps who set the set and when: the audit trail has no place
 * for a round's changes (its calendar's are in the round workflow's history).
 */
export class RoundFrames1764662400000 implements MigrationInterface {
  name = 'RoundFrames1764662400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE round_frame (
        round_id text NOT NULL REFERENCES round (id),
        year integer NOT NULL,
        area text NOT NULL,
        kroner bigint NOT NULL CHECK (kroner >= 0),
        set_by text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, year, area)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE round_frame');
  }
}
