import type { Initiative, PackageItem } from '@budgetflow/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** What a save writes: the whole package, as the new version. */
export interface PackageContent {
  readonly name: string;
  readonly items: readonly PackageItem[];
  readonly note: string | null;
}

/** One version of a package, as it was saved. */
export interface PackageVersion extends PackageContent {
  readonly packageId: number;
  readonly roundId: string;
  readonly version: number;
  readonly latestVersion: number;
  /** The version this one restored, if it was a restore. */
  readonly restoredFrom: number | null;
  readonly savedBy: string;
  readonly savedAt: string;
}

/** A package in the round's list: its latest version. */
export type PackageSummary = Omit<PackageVersion, 'items'> & { readonly itemCount: number };

/** A version in a package's history. */
export type VersionSummary = Omit<PackageVersion, 'items' | 'latestVersion' | 'roundId'> & {
  readonly itemCount: number;
};

/** Why a save changed nothing. */
export type SaveRefusal = 'unknownPackage' | 'unknownVersion' | 'nameTaken';

interface VersionRow {
  package_id: number;
  round_id: string;
  version: number;
  latest_version: number;
  name: string;
  items: PackageItem[];
  note: string | null;
  restored_from: number | null;
  saved_by: string;
  saved_at: Date;
}

const versionColumns = `v.package_id, p.round_id, v.version, p.latest_version, v.name, v.items,
  v.note, v.restored_from, v.saved_by, v.saved_at`;

/**
 * The rounds' negotiation packages. Every save inserts a version (never updates one) and moves
 * the package's pointer to it, in one transaction with the package's row locked, so two saves
 * of one package get consecutive numbers one after the other.
 */
export class NegotiationPackageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A new package, as its version 1; 'nameTaken' when the round has one of that name. */
  async create(
    roundId: string,
    content: PackageContent,
    actorId: string,
  ): Promise<PackageVersion | 'nameTaken'> {
    return this.nameGuarded(() =>
      this.dataSource.transaction(async (db) => {
        const [row]: { id: number }[] = await db.query(
          `INSERT INTO negotiation_package (round_id, name, latest_version, created_by)
           VALUES ($1, $2, 1, $3) RETURNING id`,
          [roundId, content.name, actorId],
        );
        await insertVersion(db, row!.id, 1, content, null, actorId);
        return (await findVersion(db, roundId, row!.id, 1))!;
      }),
    );
  }

  /** The package's next version, with this content. */
  async save(
    roundId: string,
    packageId: number,
    content: PackageContent,
    actorId: string,
  ): Promise<PackageVersion | SaveRefusal> {
    return this.nameGuarded(() =>
      this.dataSource.transaction(async (db) => {
        const latest = await lockPackage(db, roundId, packageId);
        if (latest === null) return 'unknownPackage';
        return appendVersion(db, roundId, packageId, latest + 1, content, null, actorId);
      }),
    );
  }

  /** A new version equal to an earlier one (name and items), noting which it restored. */
  async restore(
    roundId: string,
    packageId: number,
    version: number,
    note: string | null,
    actorId: string,
  ): Promise<PackageVersion | SaveRefusal> {
    return this.nameGuarded(() =>
      this.dataSource.transaction(async (db) => {
        const latest = await lockPackage(db, roundId, packageId);
        if (latest === null) return 'unknownPackage';
        const earlier = await findVersion(db, roundId, packageId, version);
        if (!earlier) return 'unknownVersion';
        const content = { name: earlier.name, items: earlier.items, note };
        return appendVersion(db, roundId, packageId, latest + 1, content, version, actorId);
      }),
    );
  }

  /** The round's packages by name, each as its latest version. */
  async list(roundId: string): Promise<PackageSummary[]> {
    const rows: (VersionRow & { item_count: number })[] = await this.dataSource.query(
      `SELECT ${versionColumns}, jsonb_array_length(v.items) AS item_count
       FROM negotiation_package p
       JOIN negotiation_package_version v ON v.package_id = p.id AND v.version = p.latest_version
       WHERE p.round_id = $1 ORDER BY lower(p.name), p.id`,
      [roundId],
    );
    return rows.map((row) => ({
      ...toVersionSummary(row),
      roundId: row.round_id,
      latestVersion: row.latest_version,
    }));
  }

  /** A version of a package of the round: the latest when none is named; null when unknown. */
  async find(roundId: string, packageId: number, version?: number): Promise<PackageVersion | null> {
    return findVersion(this.dataSource.manager, roundId, packageId, version);
  }

  /** Every version of a package, the newest first; null for a package the round does not have. */
  async versions(roundId: string, packageId: number): Promise<VersionSummary[] | null> {
    const rows: (VersionRow & { item_count: number })[] = await this.dataSource.query(
      `SELECT ${versionColumns}, jsonb_array_length(v.items) AS item_count
       FROM negotiation_package p JOIN negotiation_package_version v ON v.package_id = p.id
       WHERE p.round_id = $1 AND p.id = $2 ORDER BY v.version DESC`,
      [roundId, packageId],
    );
    if (rows.length === 0) return null;
    return rows.map(toVersionSummary);
  }

  /** The round's initiatives of these numbers, as the read model has them. */
  async initiatives(roundId: string, numbers: readonly string[]): Promise<Map<string, Initiative>> {
    if (numbers.length === 0) return new Map();
    const rows: { number: string; document: Initiative }[] = await this.dataSource.query(
      'SELECT number, document FROM initiative WHERE round_id = $1 AND number = ANY($2)',
      [roundId, [...new Set(numbers)]],
    );
    return new Map(rows.map((row) => [row.number, row.document]));
  }

  /** The unique name of the round's packages, broken by a save: 'nameTaken', nothing written. */
  private async nameGuarded<T>(save: () => Promise<T>): Promise<T | 'nameTaken'> {
    try {
      return await save();
    } catch (error) {
      if (isUniqueViolation(error, 'negotiation_package_name_key')) return 'nameTaken';
      throw error;
    }
  }
}

/** The package's latest version number, its row locked until the transaction ends. */
async function lockPackage(
  db: EntityManager,
  roundId: string,
  packageId: number,
): Promise<number | null> {
  const rows: { latest_version: number }[] = await db.query(
    'SELECT latest_version FROM negotiation_package WHERE round_id = $1 AND id = $2 FOR UPDATE',
    [roundId, packageId],
  );
  return rows[0]?.latest_version ?? null;
}

async function appendVersion(
  db: EntityManager,
  roundId: string,
  packageId: number,
  version: number,
  content: PackageContent,
  restoredFrom: number | null,
  actorId: string,
): Promise<PackageVersion> {
  await insertVersion(db, packageId, version, content, restoredFrom, actorId);
  await db.query('UPDATE negotiation_package SET name = $2, latest_version = $3 WHERE id = $1', [
    packageId,
    content.name,
    version,
  ]);
  return (await findVersion(db, roundId, packageId, version))!;
}

async function insertVersion(
  db: EntityManager,
  packageId: number,
  version: number,
  content: PackageContent,
  restoredFrom: number | null,
  actorId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO negotiation_package_version
       (package_id, version, name, items, note, restored_from, saved_by)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7)`,
    [
      packageId,
      version,
      content.name,
      JSON.stringify(content.items),
      content.note,
      restoredFrom,
      actorId,
    ],
  );
}

async function findVersion(
  db: EntityManager,
  roundId: string,
  packageId: number,
  version?: number,
): Promise<PackageVersion | null> {
  const rows: VersionRow[] = await db.query(
    `SELECT ${versionColumns}
     FROM negotiation_package p JOIN negotiation_package_version v ON v.package_id = p.id
     WHERE p.round_id = $1 AND p.id = $2 AND v.version = COALESCE($3, p.latest_version)`,
    [roundId, packageId, version ?? null],
  );
  return rows[0] ? toVersion(rows[0]) : null;
}

function toVersion(row: VersionRow): PackageVersion {
  return {
    packageId: row.package_id,
    roundId: row.round_id,
    version: row.version,
    latestVersion: row.latest_version,
    name: row.name,
    items: row.items,
    note: row.note,
    restoredFrom: row.restored_from,
    savedBy: row.saved_by,
    savedAt: row.saved_at.toISOString(),
  };
}

function toVersionSummary(row: VersionRow & { item_count: number }): VersionSummary {
  return {
    packageId: row.package_id,
    version: row.version,
    name: row.name,
    note: row.note,
    restoredFrom: row.restored_from,
    savedBy: row.saved_by,
    savedAt: row.saved_at.toISOString(),
    itemCount: Number(row.item_count),
  };
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const failure = error as { code?: unknown; constraint?: unknown } | null;
  return failure?.code === '23505' && failure.constraint === constraint;
}
