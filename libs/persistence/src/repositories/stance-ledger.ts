import type { Role, Stance } from '@budgetflow/domain';
import type { EntityManager } from 'typeorm';

// What the stance tables (initiative_stance, package_stance) share: append-only, one row per
// change, the latest row per subject and party group counts. Written once here, so that "a
// repeated request changes nothing" and the locking mean the same for both.

/** A party group's stance as recorded: who recorded it, and when. */
export interface StanceRecord {
  readonly partyGroup: string;
  readonly shortName: string;
  readonly stance: Stance;
  readonly comment: string | null;
  /** The person who recorded it (a member of the group, or a coordinator); name null if unknown. */
  readonly setBy: { readonly id: string; readonly role: Role; readonly name: string | null };
  readonly setAt: string;
}

export interface StanceRow {
  party_group: string;
  short_name: string;
  stance: Stance;
  comment: string | null;
  set_by: string;
  set_by_role: Role;
  set_by_name: string | null;
  set_at: Date;
}

/** The columns of a StanceRow, from a stance table aliased `s` joined with stanceJoins. */
export const stanceColumns = `s.party_group, g.short_name, s.stance, s.comment, s.set_by,
  s.set_by_role, u.name AS set_by_name, s.set_at`;
export const stanceJoins = `JOIN party_group g ON g.name = s.party_group
  LEFT JOIN app_user u ON u.id = s.set_by`;

export function toStanceRecord(row: StanceRow): StanceRecord {
  return {
    partyGroup: row.party_group,
    shortName: row.short_name,
    stance: row.stance,
    comment: row.comment,
    setBy: { id: row.set_by, role: row.set_by_role, name: row.set_by_name },
    setAt: row.set_at.toISOString(),
  };
}

type StanceTable = 'initiative_stance' | 'package_stance';
type Value = string | number | null;

/**
 * Appends a stance to `table` in the caller's transaction, unless the latest row of the subject
 * (its key columns, the party group among them) already says the same: the same stance, comment
 * and `given` (e.g. the version it was given on). Returns the id of the row that now counts.
 * Table and column names are the code's own constants, never a request's.
 */
export async function appendStance(
  db: EntityManager,
  table: StanceTable,
  subject: Readonly<Record<string, Value>>,
  given: Readonly<Record<string, Value>> & { stance: Stance; comment: string | null },
  actor: { readonly id: string; readonly role: Role },
): Promise<string> {
  const keys = Object.keys(subject);
  const keyValues = Object.values(subject);
  // One writer at a time per subject and party group, so "unchanged" is decided right.
  await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [[table, ...keyValues].join('/')]);
  const where = keys.map((key, index) => `${key} = $${index + 1}`).join(' AND ');
  const fields = Object.keys(given);
  const latest: (Record<string, Value> & { id: string })[] = await db.query(
    `SELECT id, ${fields.join(', ')} FROM ${table} WHERE ${where} ORDER BY id DESC LIMIT 1`,
    keyValues,
  );
  const row = latest[0];
  if (row && fields.every((field) => row[field] === given[field])) return row.id;
  const columns = [...keys, ...fields, 'set_by', 'set_by_role'];
  const values = [...keyValues, ...Object.values(given), actor.id, actor.role];
  const inserted: { id: string }[] = await db.query(
    `INSERT INTO ${table} (${columns.join(', ')})
     VALUES (${columns.map((_, index) => `$${index + 1}`).join(', ')}) RETURNING id`,
    values,
  );
  return inserted[0]!.id;
}
