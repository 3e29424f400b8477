import type { Actor, FinancingArea, Role } from '@budgetflow/domain';
import type { DataSource } from 'typeorm';
import { AccountAuditRepository } from './account-audit.repository';

/** A person who can sign in: the directory's entry with its credentials and lock-out state. */
export interface Account {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly role: Role;
  readonly partyGroups: readonly string[];
  readonly reviewAreas: readonly FinancingArea[];
  readonly active: boolean;
  readonly passwordHash: string | null;
  readonly failedSignIns: number;
  readonly lockedUntil: Date | null;
}

/** A row of `app_user`, as every account repository reads it. */
export interface AccountRow {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  party_groups: string[];
  review_areas: FinancingArea[];
  active: boolean;
  password_hash: string | null;
  failed_sign_ins: number;
  locked_until: Date | null;
  external_subject: string | null;
  created_at: Date;
  updated_at: Date;
}

export function actorOf(account: Account): Actor {
  return {
    id: account.id,
    role: account.role,
    partyGroups: account.partyGroups,
    ...(account.reviewAreas.length > 0 ? { reviewAreas: account.reviewAreas } : {}),
  };
}

/** Credentials and lock-out of the directory's people. */
export class AccountRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** By id, or by e-mail address (case-insensitive). */
  async findByLogin(login: string): Promise<Account | null> {
    const rows: AccountRow[] = await this.dataSource.query(
      `SELECT * FROM app_user WHERE id = $1 OR lower(email) = lower($1)
       ORDER BY (id = $1) DESC LIMIT 1`,
      [login],
    );
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async findById(id: string): Promise<Account | null> {
    const rows: AccountRow[] = await this.dataSource.query('SELECT * FROM app_user WHERE id = $1', [
      id,
    ]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async findByExternalSubject(subject: string): Promise<Account | null> {
    const rows: AccountRow[] = await this.dataSource.query(
      'SELECT * FROM app_user WHERE external_subject = $1',
      [subject],
    );
    return rows[0] ? toAccount(rows[0]) : null;
  }

  /**
   * Links the account to its login at an OpenID Connect provider, once: false when it is linked
   * already (to any login), so that an account never moves silently to another login that merely
   * claims the same e-mail address.
   */
  async linkExternalSubjectIfUnlinked(id: string, subject: string): Promise<boolean> {
    const rows: unknown[][] = await this.dataSource.query(
      `UPDATE app_user SET external_subject = $2, updated_at = now()
       WHERE id = $1 AND external_subject IS NULL RETURNING id`,
      [id, subject],
    );
    return (rows[0]?.length ?? 0) > 0;
  }

  /**
   * Counts a failed sign-in, atomically; after `lockAfter` failures in a row the account is locked
   * for `lockFor` milliseconds. Returns the new count and lock.
   */
  async recordFailedSignIn(
    id: string,
    lockAfter: number,
    lockForMs: number,
  ): Promise<{ failedSignIns: number; lockedUntil: Date | null }> {
    const rows: { failed_sign_ins: number; locked_until: Date | null }[][] =
      await this.dataSource.query(
        `UPDATE app_user SET
           failed_sign_ins = failed_sign_ins + 1,
           locked_until = CASE WHEN failed_sign_ins + 1 >= $2
                               THEN now() + ($3 || ' milliseconds')::interval
                               ELSE locked_until END
         WHERE id = $1 RETURNING failed_sign_ins, locked_until`,
        [id, lockAfter, String(lockForMs)],
      );
    const row = rows[0]?.[0];
    return { failedSignIns: row?.failed_sign_ins ?? 0, lockedUntil: row?.locked_until ?? null };
  }

  async recordSignIn(id: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL WHERE id = $1',
      [id],
    );
  }

  /** Sets a new password hash, lifts a lock-out and ends every session of the person. */
  async setPassword(id: string, passwordHash: string): Promise<boolean> {
    return this.dataSource.transaction(async (db) => {
      const rows: unknown[][] = await db.query(
        `UPDATE app_user SET password_hash = $2, failed_sign_ins = 0, locked_until = NULL,
                             updated_at = now()
         WHERE id = $1 RETURNING id`,
        [id, passwordHash],
      );
      await db.query('DELETE FROM session WHERE user_id = $1', [id]);
      return (rows[0]?.length ?? 0) > 0;
    });
  }

  /**
   * A person's own change of password, checked against `checkedHash` (the hash the current
   * password was verified with): the new hash, the lock-out lifted, every session of the person
   * but `keepSession` (a token hash) ended, and the audit entry, in one transaction.
   */
  async changeOwnPassword(
    id: string,
    checkedHash: string,
    passwordHash: string,
    keepSession: string,
  ): Promise<OwnPasswordChangeOutcome> {
    return this.dataSource.transaction(async (db) => {
      const updated: unknown[][] = await db.query(
        `UPDATE app_user SET password_hash = $3, failed_sign_ins = 0, locked_until = NULL,
                             updated_at = now()
         WHERE id = $1 AND password_hash = $2 RETURNING id`,
        [id, checkedHash, passwordHash],
      );
      if ((updated[0]?.length ?? 0) === 0) return { outcome: 'changedMeanwhile' };
      const ended: unknown[][] = await db.query(
        'DELETE FROM session WHERE user_id = $1 AND token_hash <> $2 RETURNING token_hash',
        [id, keepSession],
      );
      const otherSessionsEnded = ended[0]?.length ?? 0;
      await new AccountAuditRepository(this.dataSource).record(
        { actorId: id, action: 'passwordChanged', targetId: id, detail: { otherSessionsEnded } },
        db,
      );
      return { outcome: 'changed', otherSessionsEnded };
    });
  }
}

/** What became of a person's change of their own password. */
export type OwnPasswordChangeOutcome =
  | { readonly outcome: 'changed'; readonly otherSessionsEnded: number }
  /** The stored password is no longer the one checked: another change came first. */
  | { readonly outcome: 'changedMeanwhile' };

export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    partyGroups: row.party_groups,
    reviewAreas: row.review_areas,
    active: row.active,
    passwordHash: row.password_hash,
    failedSignIns: row.failed_sign_ins,
    lockedUntil: row.locked_until,
  };
}
