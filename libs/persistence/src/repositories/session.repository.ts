import type { DataSource } from 'typeorm';
import { type Account, type AccountRow, toAccount } from './accounts.repository';

export interface StoredSession {
  readonly tokenHash: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly via: 'password' | 'oidc' | 'token';
  readonly expiresAt: Date;
}

/** Server-side sessions: the token's hash is the key, so a stolen table signs nobody in. */
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(session: StoredSession): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO session (token_hash, user_id, csrf_token, via, expires_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [session.tokenHash, session.userId, session.csrfToken, session.via, session.expiresAt],
    );
  }

  /**
   * The live session of a token hash with its account, sliding its idle expiry forward (never
   * past `absoluteLimit` after creation); null when absent, expired or the account is disabled.
   */
  async findLive(
    tokenHash: string,
    idleMs: number,
    absoluteMs: number,
  ): Promise<{ session: StoredSession; account: Account } | null> {
    // One statement per request: the session slides on and its account comes with it.
    const rows: (AccountRow & {
      token_hash: string;
      csrf_token: string;
      via: StoredSession['via'];
      expires_at: Date;
    })[][] = await this.dataSource.query(
      `UPDATE session s SET
         last_seen_at = now(),
         expires_at = LEAST(now() + ($2 || ' milliseconds')::interval,
                            s.created_at + ($3 || ' milliseconds')::interval)
       FROM app_user u
       WHERE s.token_hash = $1 AND s.expires_at > now() AND u.id = s.user_id AND u.active
       RETURNING s.token_hash, s.csrf_token, s.via, s.expires_at, u.*`,
      [tokenHash, String(idleMs), String(absoluteMs)],
    );
    const row = rows[0]?.[0];
    if (!row) return null;
    return {
      session: {
        tokenHash: row.token_hash,
        userId: row.id,
        csrfToken: row.csrf_token,
        via: row.via,
        expiresAt: row.expires_at,
      },
      account: toAccount(row),
    };
  }

  async delete(tokenHash: string): Promise<void> {
    await this.dataSource.query('DELETE FROM session WHERE token_hash = $1', [tokenHash]);
  }
}
