import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The answers to requests sent with an `Idempotency-Key`, per person and key, so that a client
 * retrying after a timeout gets the first answer instead of a second step.
 */
export class IdempotentRequests1764576000000 implements MigrationInterface {
  name = 'IdempotentRequests1764576000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idempotent_request (
        actor_id     text        NOT NULL,
        key          text        NOT NULL,
        fingerprint  text        NOT NULL,
        status       integer,
        body         jsonb,
        created_at   timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        PRIMARY KEY (actor_id, key)
      )`);
    await db.query(`CREATE INDEX idempotent_request_created_at ON idempotent_request (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE idempotent_request');
  }
}
