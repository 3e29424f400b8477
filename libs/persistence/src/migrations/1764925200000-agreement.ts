import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The round's budget agreement, as its workflow records it: the package version it was
 * concluded with, the planned steps and how each went (outcomes[i] is steps[i]'s), running until
 * every step has been tried. One per round. The steps themselves are the initiatives' own, in
 * their audit trail; this is the agreement's progress, for reading without asking Temporal.
 */
export class Agreement1764925200000 implements MigrationInterface {
  name = 'Agreement1764925200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE agreement (
        round_id text PRIMARY KEY REFERENCES round (id),
        package_id integer NOT NULL,
        package_version integer NOT NULL,
        package_name text NOT NULL,
        state text NOT NULL CHECK (state IN ('running', 'concluded')),
        steps jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array'),
        outcomes jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(outcomes) = 'array'),
        started_by text NOT NULL,
        started_at timestamptz NOT NULL,
        concluded_at timestamptz,
        FOREIGN KEY (package_id, package_version)
          REFERENCES negotiation_package_version (package_id, version),
        CHECK ((state = 'concluded') = (concluded_at IS NOT NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE agreement');
  }
}
