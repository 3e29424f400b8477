import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Minutes ("referater") attached to a meeting of a round's calendar: the document as read, the
 * reader's warnings and, per agenda item, the initiatives it is linked to (as the minutes name
 * them, or as a coordinator corrected them). One row per round, meeting and file: attaching the
 * same file again finds the row it made. The meeting is a milestone of the round's calendar,
 * which lives in a JSON document, hence no foreign key to it.
 */
export class MeetingMinutes1765011600000 implements MigrationInterface {
  name = 'MeetingMinutes1765011600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meeting_minutes (
        id serial PRIMARY KEY,
        round_id text NOT NULL REFERENCES round (id),
        milestone_id text NOT NULL,
        file_hash text NOT NULL CHECK (file_hash ~ '^[0-9a-f]{64}$'),
        file_name text NOT NULL,
        document jsonb NOT NULL CHECK (jsonb_typeof(document) = 'object'),
        warnings jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(warnings) = 'array'),
        links jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(links) = 'array'),
        attached_by text NOT NULL,
        attached_at timestamptz NOT NULL,
        links_corrected_by text,
        links_corrected_at timestamptz,
        UNIQUE (round_id, milestone_id, file_hash),
        CHECK ((links_corrected_by IS NULL) = (links_corrected_at IS NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE meeting_minutes');
  }
}
