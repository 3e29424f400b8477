import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The party groups' stances on negotiation packages: a sibling of initiative_stance, append-only
 * the same way (each change a row, the latest per package and party group counts). A stance
 * belongs to the package, not to a version: it stays when a new version is saved, and records
 * the version it was given on, so an answer can mark it as given on an older one.
 */
export class PackageStances1764838800000 implements MigrationInterface {
  name = 'PackageStances1764838800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE package_stance (
        id bigserial PRIMARY KEY,
        package_id integer NOT NULL REFERENCES negotiation_package (id),
        version integer NOT NULL,
        party_group text NOT NULL REFERENCES party_group (name),
        stance text NOT NULL CHECK (stance IN ('support', 'oppose', 'undecided')),
        comment text,
        set_by text NOT NULL,
        set_by_role text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (package_id, version) REFERENCES negotiation_package_version (package_id, version)
      )`);
    await db.query(
      'CREATE INDEX package_stance_latest_idx ON package_stance (package_id, party_group, id DESC)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE package_stance');
  }
}
