import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts: passwords and lock-out on the people of the directory, party groups as data,
 * server-side sessions (only a hash of each token is stored) and the account audit trail.
 */
export class Accounts1764403200000 implements MigrationInterface {
  name = 'Accounts1764403200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE party_group (
        name text PRIMARY KEY,
        short_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      ALTER TABLE app_user
        ADD COLUMN password_hash text,
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0,
        ADD COLUMN locked_until timestamptz,
        ADD COLUMN review_areas text[] NOT NULL DEFAULT '{}',
        ADD COLUMN external_subject text UNIQUE`);
    await db.query(`
      CREATE TABLE session (
        token_hash text PRIMARY KEY,
        user_id text NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        via text NOT NULL CHECK (via IN ('password', 'oidc', 'token')),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX session_user_idx ON session (user_id)`);
    await db.query(`
      CREATE TABLE account_audit (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id text,
        action text NOT NULL,
        target_id text,
        detail jsonb
      )`);
    await db.query(`CREATE INDEX account_audit_at_idx ON account_audit (at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE account_audit');
    await db.query('DROP TABLE session');
    await db.query(`
      ALTER TABLE app_user
        DROP COLUMN password_hash, DROP COLUMN active, DROP COLUMN failed_sign_ins,
        DROP COLUMN locked_until, DROP COLUMN review_areas, DROP COLUMN external_subject`);
    await db.query('DROP TABLE party_group');
  }
}
