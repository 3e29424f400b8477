import type { Role, Stance } from '@budgetflow/domain';
import type { DataSource } from 'typeorm';
import {
  appendStance,
  stanceColumns as recordColumns,
  stanceJoins,
  type StanceRecord,
  type StanceRow as RecordRow,
  toStanceRecord,
} from './stance-ledger';

/** A party group's stance on a package, with the version of the package it was given on. */
export interface RecordedPackageStance extends StanceRecord {
  readonly packageId: number;
  readonly version: number;
}

type StanceRow = RecordRow & { package_id: number; version: number };

const stanceColumns = `s.package_id, s.version, ${recordColumns}`;

/**
 * The party groups' stances on the negotiation packages, kept as the initiatives' are (see
 * stance-ledger.ts). A stance belongs to the package and stays through its versions.
 */
export class PackageStanceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The current stances on these packages, by package id, each by party group. */
  async current(packageIds: readonly number[]): Promise<Map<number, RecordedPackageStance[]>> {
    const rows: StanceRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (s.package_id, s.party_group) ${stanceColumns}
         FROM package_stance s ${stanceJoins}
         WHERE s.package_id = ANY($1)
         ORDER BY s.package_id, s.party_group, s.id DESC
       ) latest ORDER BY package_id, party_group`,
      [[...packageIds]],
    );
    const byPackage = new Map<number, RecordedPackageStance[]>(packageIds.map((id) => [id, []]));
    for (const row of rows) byPackage.get(row.package_id)?.push(toStance(row));
    return byPackage;
  }

  /** Every stance a package has had, the latest first. */
  async history(packageId: number): Promise<RecordedPackageStance[]> {
    const rows: StanceRow[] = await this.dataSource.query(
      `SELECT ${stanceColumns} FROM package_stance s ${stanceJoins}
       WHERE s.package_id = $1 ORDER BY s.id DESC`,
      [packageId],
    );
    return rows.map(toStance);
  }

  /**
   * Records a party group's stance on the package's latest version, after `check` has accepted
   * it (it throws to refuse; null: the round has no such package). The package's row is read
   * with a share lock, so a save waits until the stance is in: a stance always names the version
   * the party saw. The same stance, comment and version again adds no row.
   */
  async record(
    key: { readonly roundId: string; readonly packageId: number; readonly partyGroup: string },
    change: { readonly stance: Stance; readonly comment: string | null },
    actor: { readonly id: string; readonly role: Role },
    check: (latestVersion: number | null) => void,
  ): Promise<RecordedPackageStance> {
    return this.dataSource.transaction(async (db) => {
      const found: { latest_version: number }[] = await db.query(
        `SELECT latest_version FROM negotiation_package
         WHERE round_id = $1 AND id = $2 FOR SHARE`,
        [key.roundId, key.packageId],
      );
      const version = found[0]?.latest_version ?? null;
      check(version);
      const id = await appendStance(
        db,
        'package_stance',
        { package_id: key.packageId, party_group: key.partyGroup },
        { ...change, version },
        actor,
      );
      const rows: StanceRow[] = await db.query(
        `SELECT ${stanceColumns} FROM package_stance s ${stanceJoins} WHERE s.id = $1`,
        [id],
      );
      return toStance(rows[0]!);
    });
  }
}

function toStance(row: StanceRow): RecordedPackageStance {
  return { packageId: row.package_id, version: row.version, ...toStanceRecord(row) };
}
