import type { DataSource, EntityManager } from 'typeorm';
import { AccountAuditRepository } from './account-audit.repository';
import type { Account, AccountRow } from './accounts.repository';
import type { PartyGroup } from './party-group.repository';

/** What a system administrator decides about a person. */
export type AccountSettings = Pick<
  Account,
  'name' | 'email' | 'role' | 'partyGroups' | 'reviewAreas' | 'active'
>;

/** A person as the administrators see them: never the password hash, only whether there is one. */
export interface AccountSummary extends AccountSettings {
  readonly id: string;
  readonly hasPassword: boolean;
  readonly lockedUntil: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What a save changed, field by field: the detail of its audit entry. */
export type AccountChanges = {
  [K in keyof AccountSettings]?: {
    readonly from: AccountSettings[K];
    readonly to: AccountSettings[K];
  };
};

export type SaveAccountOutcome =
  | {
      readonly outcome: 'saved';
      readonly account: AccountSummary;
      readonly created: boolean;
      readonly changes: AccountChanges;
    }
  | { readonly outcome: 'unknownPartyGroups'; readonly names: readonly string[] }
  | { readonly outcome: 'emailTaken' }
  | { readonly outcome: 'lastSystemAdministrator' };

// Any constant: saves of accounts are taken one at a time, so that two administrators cannot
// each demote the other and leave nobody to administer, and a person is created once.
const ACCOUNT_SAVE_LOCK = 724_431_002;

const settingFields = ['name', 'email', 'role', 'partyGroups', 'reviewAreas', 'active'] as const;

/**
 * The system administrators' changes to people and party groups. Each change and its audit entry
 * are written in one transaction: there is no change without its entry.
 */
export class AccountAdministrationRepository {
  private readonly audit: AccountAuditRepository;

  constructor(private readonly dataSource: DataSource) {
    this.audit = new AccountAuditRepository(dataSource);
  }

  async list(): Promise<AccountSummary[]> {
    const rows: AccountRow[] = await this.dataSource.query(
      'SELECT * FROM app_user ORDER BY name, id',
    );
    return rows.map(toSummary);
  }

  async find(id: string): Promise<AccountSummary | null> {
    const rows: AccountRow[] = await this.dataSource.query('SELECT * FROM app_user WHERE id = $1', [
      id,
    ]);
    return rows[0] ? toSummary(rows[0]) : null;
  }

  /**
   * Creates or updates a person. `settingsFor` decides the new settings from the stored ones
   * (null: a new person), read under the save lock. The party groups must exist, and the last
   * active system administrator stays one. A deactivated person's sessions end.
   */
  async save(
    id: string,
    settingsFor: (previous: AccountSettings | null) => AccountSettings,
    actorId: string | null,
  ): Promise<SaveAccountOutcome> {
    try {
      return await this.dataSource.transaction(async (db) => {
        await db.query('SELECT pg_advisory_xact_lock($1)', [ACCOUNT_SAVE_LOCK]);
        const stored: AccountRow[] = await db.query('SELECT * FROM app_user WHERE id = $1', [id]);
        const previous = stored[0] ? settingsOf(stored[0]) : null;
        const next = settingsFor(previous);
        const unknown = await unknownPartyGroups(db, next.partyGroups);
        if (unknown.length > 0) return { outcome: 'unknownPartyGroups', names: unknown };
        if (isActiveAdministrator(previous) && !isActiveAdministrator(next)) {
          const [{ count }] = (await db.query(
            `SELECT count(*)::int AS count FROM app_user
             WHERE role = 'systemAdministrator' AND active AND id <> $1`,
            [id],
          )) as [{ count: number }];
          if (count === 0) return { outcome: 'lastSystemAdministrator' };
        }
        const rows: AccountRow[] = await db.query(
          `INSERT INTO app_user (id, name, email, role, party_groups, review_areas, active)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (id) DO UPDATE SET
             name = EXCLUDED.name, email = EXCLUDED.email, role = EXCLUDED.role,
             party_groups = EXCLUDED.party_groups, review_areas = EXCLUDED.review_areas,
             active = EXCLUDED.active, updated_at = now()
           RETURNING *`,
          [id, next.name, next.email, next.role, next.partyGroups, next.reviewAreas, next.active],
        );
        if (!next.active) await db.query('DELETE FROM session WHERE user_id = $1', [id]);
        const changes = changesBetween(previous, next);
        if (!previous || Object.keys(changes).length > 0) {
          await this.audit.record(
            {
              actorId,
              action: 'userSaved',
              targetId: id,
              detail: previous ? { changes } : { created: next },
            },
            db,
          );
        }
        return { outcome: 'saved', account: toSummary(rows[0]!), created: !previous, changes };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_email_key')) return { outcome: 'emailTaken' };
      throw error;
    }
  }

  /**
   * Sets a new password hash, lifts a lock-out and ends every session of the person, with its
   * audit entry. `detail` says how (never the password); false when there is no such person.
   */
  async resetPassword(
    id: string,
    passwordHash: string,
    actorId: string | null,
    detail: Readonly<Record<string, unknown>>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (db) => {
      const rows: unknown[][] = await db.query(
        `UPDATE app_user SET password_hash = $2, failed_sign_ins = 0, locked_until = NULL,
                             updated_at = now()
         WHERE id = $1 RETURNING id`,
        [id, passwordHash],
      );
      if ((rows[0]?.length ?? 0) === 0) return false;
      await db.query('DELETE FROM session WHERE user_id = $1', [id]);
      await this.audit.record({ actorId, action: 'passwordReset', targetId: id, detail }, db);
      return true;
    });
  }

  /** Creates a party group or changes its short name; `created` tells which. */
  async savePartyGroup(
    group: PartyGroup,
    actorId: string | null,
  ): Promise<{ group: PartyGroup & { members: number }; created: boolean }> {
    return this.dataSource.transaction(async (db) => {
      const stored: { short_name: string }[] = await db.query(
        'SELECT short_name FROM party_group WHERE name = $1 FOR UPDATE',
        [group.name],
      );
      const previous = stored[0]?.short_name ?? null;
      await db.query(
        `INSERT INTO party_group (name, short_name) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET short_name = EXCLUDED.short_name, updated_at = now()`,
        [group.name, group.shortName],
      );
      if (previous !== group.shortName) {
        await this.audit.record(
          {
            actorId,
            action: 'partyGroupSaved',
            targetId: null,
            detail: {
              name: group.name,
              shortName: group.shortName,
              ...(previous === null ? { created: true } : { previousShortName: previous }),
            },
          },
          db,
        );
      }
      const [{ members }] = (await db.query(
        'SELECT count(*)::int AS members FROM app_user WHERE $1 = ANY(party_groups)',
        [group.name],
      )) as [{ members: number }];
      return { group: { ...group, members }, created: previous === null };
    });
  }
}

async function unknownPartyGroups(db: EntityManager, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const rows: { name: string }[] = await db.query(
    'SELECT name FROM party_group WHERE name = ANY($1)',
    [names],
  );
  const known = new Set(rows.map((row) => row.name));
  return names.filter((name) => !known.has(name));
}

function isActiveAdministrator(settings: AccountSettings | null): boolean {
  return settings?.role === 'systemAdministrator' && settings.active;
}

function changesBetween(previous: AccountSettings | null, next: AccountSettings): AccountChanges {
  if (!previous) return {};
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of settingFields) {
    const from = previous[field];
    const to = next[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes as AccountChanges;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const failure = error as { code?: unknown; constraint?: unknown } | null;
  return failure?.code === '23505' && failure.constraint === constraint;
}

function settingsOf(row: AccountRow): AccountSettings {
  return {
    name: row.name,
    email: row.email,
    role: row.role,
    partyGroups: row.party_groups,
    reviewAreas: row.review_areas,
    active: row.active,
  };
}

function toSummary(row: AccountRow): AccountSummary {
  return {
    id: row.id,
    ...settingsOf(row),
    hasPassword: row.password_hash !== null,
    lockedUntil:
      row.locked_until && row.locked_until > new Date() ? row.locked_until.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
