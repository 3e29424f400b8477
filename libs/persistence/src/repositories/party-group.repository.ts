import type { DataSource } from 'typeorm';

/** A party group of the council, e.g. Enhedslisten (Ø): data, not code. */
export interface PartyGroup {
  readonly name: string;
  readonly shortName: string;
}

export class PartyGroupRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<(PartyGroup & { members: number })[]> {
    const rows: { name: string; short_name: string; members: string }[] =
      await this.dataSource.query(
        `SELECT g.name, g.short_name,
                (SELECT count(*) FROM app_user u WHERE g.name = ANY(u.party_groups)) AS members
         FROM party_group g ORDER BY g.name`,
      );
    return rows.map((row) => ({
      name: row.name,
      shortName: row.short_name,
      members: Number(row.members),
    }));
  }

  async upsert(group: PartyGroup): Promise<boolean> {
    const rows: { created: boolean }[] = await this.dataSource.query(
      `INSERT INTO party_group (name, short_name) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET short_name = EXCLUDED.short_name, updated_at = now()
       RETURNING (xmax = 0) AS created`,
      [group.name, group.shortName],
    );
    return rows[0]?.created ?? false;
  }

  /**
   * Adds those of these party groups that are missing and leaves the others as they are (the
   * system administrators may have changed them since); returns the names added. Safe for
   * several replicas starting at once.
   */
  async addMissing(groups: readonly PartyGroup[]): Promise<string[]> {
    if (groups.length === 0) return [];
    const rows: { name: string }[] = await this.dataSource.query(
      `INSERT INTO party_group (name, short_name)
       SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (name) DO NOTHING
       RETURNING name`,
      [groups.map((group) => group.name), groups.map((group) => group.shortName)],
    );
    return rows.map((row) => row.name);
  }

  /** The names among these that are not party groups. */
  async unknown(names: readonly string[]): Promise<string[]> {
    if (names.length === 0) return [];
    const rows: { name: string }[] = await this.dataSource.query(
      'SELECT name FROM party_group WHERE name = ANY($1)',
      [names],
    );
    const known = new Set(rows.map((row) => row.name));
    return names.filter((name) => !known.has(name));
  }
}
