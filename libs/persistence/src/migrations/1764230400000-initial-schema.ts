import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rounds, the initiatives' read model, their amounts per year and area, and the audit trail. */
export class InitialSchema1764230400000 implements MigrationInterface {
  name = 'InitialSchema1764230400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE round (
        id text PRIMARY KEY,
        name text NOT NULL,
        first_year integer NOT NULL,
        last_year integer NOT NULL CHECK (last_year >= first_year),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE initiative (
        workflow_id text PRIMARY KEY,
        round_id text NOT NULL REFERENCES round (id),
        number text NOT NULL,
        committee integer NOT NULL,
        number_minor integer NOT NULL,
        title text NOT NULL,
        state text NOT NULL,
        party_groups text[] NOT NULL DEFAULT '{}',
        by_administration boolean NOT NULL DEFAULT false,
        financing_areas text[] NOT NULL DEFAULT '{}',
        merged_into text,
        document jsonb NOT NULL,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT initiative_round_number_key UNIQUE (round_id, number)
      )`);
    await db.query(`CREATE INDEX initiative_round_state_idx ON initiative (round_id, state)`);
    await db.query(
      `CREATE INDEX initiative_party_groups_idx ON initiative USING gin (party_groups)`,
    );
    await db.query(
      `CREATE INDEX initiative_financing_areas_idx ON initiative USING gin (financing_areas)`,
    );
    await db.query(`
      CREATE TABLE initiative_amount (
        workflow_id text NOT NULL REFERENCES initiative (workflow_id) ON DELETE CASCADE,
        year integer NOT NULL,
        area text NOT NULL,
        kroner bigint NOT NULL,
        PRIMARY KEY (workflow_id, year, area)
      )`);
    await db.query(`
      CREATE TABLE audit_entry (
        workflow_id text NOT NULL,
        seq integer NOT NULL,
        round_id text NOT NULL,
        number text NOT NULL,
        command text NOT NULL,
        from_state text,
        to_state text NOT NULL,
        actor_id text NOT NULL,
        actor_role text NOT NULL,
        at timestamptz NOT NULL,
        comment text,
        data jsonb,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workflow_id, seq)
      )`);
    await db.query(`CREATE INDEX audit_entry_round_idx ON audit_entry (round_id, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_entry');
    await db.query('DROP TABLE initiative_amount');
    await db.query('DROP TABLE initiative');
    await db.query('DROP TABLE round');
  }
}
