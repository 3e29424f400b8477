import type { DataSource } from 'typeorm';
import { type Account, type AccountRow, toAccount } from './accounts.repository';

export interface StoredSession {
  readonly tokenHash: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly via: 'password' | 'oidc' | 'token';
  readonly expiresAt: Date;
}

/** How often a session in use has its idle expiry moved on (and its last use written). */
const SLIDE_EVERY_SECONDS = 60;

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
    // One statement per request, which finds the session with its account and slides it on. The
    // slide is written at most once a minute: a script's or a page's many requests on one session
    // would otherwise queue for the same row's lock, one commit each.
    const rows: (AccountRow & {
      token_hash: string;
      csrf_token: string;
      via: StoredSession['via'];
      expires_at: Date;
    })[] = await this.dataSource.query(
      `WITH found AS (
         SELECT s.token_hash, s.csrf_token, s.via, s.expires_at AS session_expires_at,
                s.last_seen_at AS session_last_seen_at, s.created_at AS session_created_at, u.*
           FROM session s JOIN app_user u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active),
       slid AS (
         UPDATE session s SET
           last_seen_at = now(),
           expires_at = LEAST(now() + ($2 || ' milliseconds')::interval,
                              s.created_at + ($3 || ' milliseconds')::interval)
           FROM found f
          WHERE s.token_hash = f.token_hash
            AND f.session_last_seen_at < now() - interval '${SLIDE_EVERY_SECONDS} seconds'
         RETURNING s.expires_at)
       SELECT found.*, COALESCE((SELECT expires_at FROM slid), found.session_expires_at)
                AS expires_at
         FROM found`,
      [tokenHash, String(idleMs), String(absoluteMs)],
    );
    const row = rows[0];
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
