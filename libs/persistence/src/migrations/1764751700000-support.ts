import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Support and majority: the seats each party group holds in the council, per round (set by the
 * coordinators as a whole, with who set them and when, as the frames), and the party groups'
 * stances on initiatives. A stance is never overwritten: each change is a row, the latest per
 * initiative and party group counts, so the table is its own history. The initiative is named by
 * round and number, not tied to the read model's row, which is a projection that may be rebuilt.
 */
export class Support1764751700000 implements MigrationInterface {
  name = 'Support1764751700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE round_seat (
        round_id text NOT NULL REFERENCES round (id),
        party_group text NOT NULL REFERENCES party_group (name),
        seats integer NOT NULL CHECK (seats >= 0),
        set_by text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, party_group)
      )`);
    await db.query(`
      CREATE TABLE initiative_stance (
        id bigserial PRIMARY KEY,
        round_id text NOT NULL REFERENCES round (id),
        number text NOT NULL,
        party_group text NOT NULL REFERENCES party_group (name),
        stance text NOT NULL CHECK (stance IN ('support', 'oppose', 'undecided')),
        comment text,
        set_by text NOT NULL,
        set_by_role text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX initiative_stance_latest_idx
         ON initiative_stance (round_id, number, party_group, id DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE initiative_stance');
    await db.query('DROP TABLE round_seat');
  }
}
