import type { DataSource, EntityManager } from 'typeorm';

/** What happened to an account or to the directory, and who did it. */
export type AccountAction =
  | 'signedIn'
  | 'signInFailed'
  | 'lockedOut'
  | 'signedOut'
  | 'passwordReset'
  | 'passwordChanged'
  | 'passwordChangeFailed'
  | 'userSaved'
  | 'partyGroupSaved';

export interface AccountAuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actorId: string | null;
  readonly action: AccountAction;
  readonly targetId: string | null;
  readonly detail: Readonly<Record<string, unknown>> | null;
}

export class AccountAuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    entry: Omit<AccountAuditEntry, 'id' | 'at'>,
    db: EntityManager | DataSource = this.dataSource,
  ): Promise<void> {
    await db.query(
      `INSERT INTO account_audit (actor_id, action, target_id, detail) VALUES ($1, $2, $3, $4)`,
      [
        entry.actorId,
        entry.action,
        entry.targetId,
        entry.detail ? JSON.stringify(entry.detail) : null,
      ],
    );
  }

  async list(filter: {
    targetId?: string;
    limit: number;
    offset: number;
  }): Promise<AccountAuditEntry[]> {
    const rows: {
      id: string;
      at: Date;
      actor_id: string | null;
      action: AccountAction;
      target_id: string | null;
      detail: Record<string, unknown> | null;
    }[] = await this.dataSource.query(
      `SELECT * FROM account_audit WHERE $1::text IS NULL OR target_id = $1
       ORDER BY at DESC, id DESC LIMIT $2 OFFSET $3`,
      [filter.targetId ?? null, filter.limit, filter.offset],
    );
    return rows.map((row) => ({
      id: String(row.id),
      at: row.at.toISOString(),
      actorId: row.actor_id,
      action: row.action,
      targetId: row.target_id,
      detail: row.detail,
    }));
  }
}
