import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Negotiation packages and their versions. Every save is a new version holding the whole package
 * (its name, its items as JSON, who saved it, when and why); a version is never changed or
 * deleted (a trigger refuses it), so the versions are the package's history and an earlier one
 * can always be looked at again. The package row names the round and points at the latest
 * version, and its name, unique in the round, is the latest version's.
 */
export class NegotiationPackages1764752400000 implements MigrationInterface {
  name = 'NegotiationPackages1764752400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE negotiation_package (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        round_id text NOT NULL REFERENCES round (id),
        name text NOT NULL,
        latest_version integer NOT NULL CHECK (latest_version >= 1),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      'CREATE UNIQUE INDEX negotiation_package_name_key ON negotiation_package (round_id, lower(name))',
    );
    await db.query(`
      CREATE TABLE negotiation_package_version (
        package_id integer NOT NULL REFERENCES negotiation_package (id),
        version integer NOT NULL CHECK (version >= 1),
        name text NOT NULL,
        items jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
        note text,
        restored_from integer,
        saved_by text NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (package_id, version),
        FOREIGN KEY (package_id, restored_from)
          REFERENCES negotiation_package_version (package_id, version)
      )`);
    await db.query(`
      CREATE FUNCTION negotiation_package_version_unchanged() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'A version of a negotiation package is never changed; save a new one';
      END $$`);
    await db.query(`
      CREATE TRIGGER negotiation_package_version_unchanged
        BEFORE UPDATE OR DELETE ON negotiation_package_version
        FOR EACH ROW EXECUTE FUNCTION negotiation_package_version_unchanged()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE negotiation_package_version');
    await db.query('DROP FUNCTION negotiation_package_version_unchanged()');
    await db.query('DROP TABLE negotiation_package');
  }
}
