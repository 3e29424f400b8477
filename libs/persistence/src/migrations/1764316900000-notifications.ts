import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The people who are told about things (a directory until accounts arrive), what each of them
 * was told (the in-app inbox and the e-mail outbox in one table) and how they want e-mail.
 */
export class Notifications1764316900000 implements MigrationInterface {
  name = 'Notifications1764316900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE app_user (
        id text PRIMARY KEY,
        name text NOT NULL,
        email text,
        role text NOT NULL
          CHECK (role IN ('partyGroupMember', 'administration', 'coordinator', 'systemAdministrator')),
        party_groups text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX app_user_role_idx ON app_user (role)`);
    await db.query(`CREATE INDEX app_user_party_groups_idx ON app_user USING gin (party_groups)`);

    // One row per (event, recipient, channel): the unique key is what makes enqueuing the same
    // event twice write nothing. E-mail rows carry their delivery state; in-app rows a read mark.
    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_key text NOT NULL,
        recipient_id text NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('inApp', 'email')),
        kind text NOT NULL,
        round_id text NOT NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        body_html text NOT NULL,
        link text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        status text CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        digest boolean NOT NULL DEFAULT false,
        next_attempt_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        last_attempt_at timestamptz,
        locked_until timestamptz,
        sent_at timestamptz,
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_event_recipient_channel_key
          UNIQUE (event_key, recipient_id, channel),
        CONSTRAINT notification_email_has_status
          CHECK ((channel = 'email') = (status IS NOT NULL)),
        CONSTRAINT notification_pending_has_time
          CHECK (status IS DISTINCT FROM 'pending' OR next_attempt_at IS NOT NULL),
        CONSTRAINT notification_sending_has_lease
          CHECK (status IS DISTINCT FROM 'sending' OR locked_until IS NOT NULL)
      )`);
    await db.query(`
      CREATE INDEX notification_inbox_idx ON notification (recipient_id, created_at DESC)
        WHERE channel = 'inApp'`);
    await db.query(`
      CREATE INDEX notification_unread_idx ON notification (recipient_id)
        WHERE channel = 'inApp' AND read_at IS NULL`);
    await db.query(`
      CREATE INDEX notification_email_due_idx ON notification (next_attempt_at)
        WHERE status = 'pending'`);
    await db.query(`
      CREATE INDEX notification_email_lease_idx ON notification (locked_until)
        WHERE status = 'sending'`);
    await db.query(`
      CREATE INDEX notification_email_failed_idx ON notification (last_attempt_at DESC)
        WHERE status = 'failed'`);

    // Absent row: e-mail at once. In-app is always on, so only the e-mail mode is stored.
    await db.query(`
      CREATE TABLE notification_preference (
        user_id text NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL,
        email_mode text NOT NULL CHECK (email_mode IN ('immediate', 'digest', 'off')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE notification_preference');
    await db.query('DROP TABLE notification');
    await db.query('DROP TABLE app_user');
  }
}
