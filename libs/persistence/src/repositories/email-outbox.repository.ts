import type { DataSource } from 'typeorm';
import { updated } from './updated';

/** An e-mail a dispatcher has claimed: it holds the lease until `leaseUntil`. */
export interface ClaimedEmail {
  readonly id: string;
  /** With the id, names this claim: a later claim of the same row has a higher count. */
  readonly attempts: number;
  readonly recipientId: string;
  readonly recipientName: string;
  /** Read when sending, so a corrected address is used on the next attempt. */
  readonly recipientEmail: string | null;
  readonly kind: string;
  readonly roundId: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly link: string;
  readonly createdAt: string;
  readonly digest: boolean;
}

/** An e-mail that will not be sent without a person's help, as a coordinator sees it. */
export interface FailedEmail {
  readonly id: string;
  readonly recipient: { readonly id: string; readonly name: string; readonly email: string | null };
  readonly kind: string;
  readonly roundId: string;
  readonly subject: string;
  readonly link: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly lastAttemptAt: string | null;
}

export type ClaimRef = Pick<ClaimedEmail, 'id' | 'attempts'>;

const claimedColumns = `
  n.id, n.attempts, n.recipient_id, u.name AS recipient_name, u.email AS recipient_email,
  n.kind, n.round_id, n.subject, n.body_text, n.body_html, n.link, n.created_at, n.digest,
  n.enqueued_at`;

// Claiming marks rows 'sending' with a lease and counts the attempt, so a process that dies
// mid-send still uses one up.
const claimUpdate = `
  UPDATE notification n
  SET status = 'sending', locked_until = $2, attempts = n.attempts + 1, last_attempt_at = $1
  FROM due, app_user u
  WHERE n.id = due.id AND u.id = n.recipient_id
  RETURNING ${claimedColumns}`;

/**
 * The e-mail outbox: claiming due e-mails (`FOR UPDATE SKIP LOCKED`, so several API replicas
 * can dispatch side by side), recording how each attempt went, and the permanent failures.
 */
export class EmailOutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Returns e-mails whose lease lapsed (the sender died mid-send) to the queue, or fails them
   * when they have used up their attempts. Returns how many were released.
   */
  async releaseExpiredLeases(now: Date, maxAttempts: number, reason: string): Promise<number> {
    const [, count] = updated(
      await this.dataSource.query(
        `UPDATE notification
         SET status = CASE WHEN attempts >= $2::integer THEN 'failed' ELSE 'pending' END,
             next_attempt_at = CASE WHEN attempts >= $2::integer THEN NULL ELSE $1::timestamptz END,
             locked_until = NULL, last_error = $3
         WHERE status = 'sending' AND locked_until <= $1::timestamptz`,
        [now, maxAttempts, reason],
      ),
    );
    return count;
  }

  /** Claims up to `limit` due e-mails that go out one by one. */
  async claimImmediate(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedEmail[]> {
    const [rows] = updated<ClaimedRow>(
      await this.dataSource.query(
        `WITH due AS (
           SELECT id FROM notification
           WHERE status = 'pending' AND NOT digest AND next_attempt_at <= $1
           ORDER BY next_attempt_at, id
           LIMIT $3
           FOR UPDATE SKIP LOCKED)
         ${claimUpdate}`,
        [now, leaseUntil, limit],
      ),
    );
    return rows.sort(byCreation).map(toClaimed);
  }

  /**
   * Claims every due digest e-mail of up to `limit` recipients. The recipient's row is locked
   * while claiming, so two dispatchers never split one person's digest between them.
   */
  async claimDigests(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedEmail[]> {
    const [rows] = updated<ClaimedRow>(
      await this.dataSource.query(
        `WITH recipients AS (
           SELECT u.id FROM app_user u
           WHERE EXISTS (
             SELECT 1 FROM notification n
             WHERE n.recipient_id = u.id AND n.status = 'pending' AND n.digest
               AND n.next_attempt_at <= $1)
           ORDER BY u.id
           LIMIT $3
           FOR NO KEY UPDATE SKIP LOCKED),
         due AS (
           SELECT n.id FROM notification n JOIN recipients r ON r.id = n.recipient_id
           WHERE n.status = 'pending' AND n.digest AND n.next_attempt_at <= $1
           FOR UPDATE OF n)
         ${claimUpdate}`,
        [now, leaseUntil, limit],
      ),
    );
    return rows.sort(byCreation).map(toClaimed);
  }

  /** Marks claimed e-mails sent; a claim that lapsed and was taken over is left alone. */
  async markSent(claims: readonly ClaimRef[], at: Date): Promise<number> {
    return this.finish(
      claims,
      `status = 'sent', sent_at = $3, locked_until = NULL, next_attempt_at = NULL`,
      [at],
    );
  }

  /** Puts claimed e-mails back in the queue until `nextAttemptAt`. */
  async scheduleRetry(
    claims: readonly ClaimRef[],
    error: string,
    nextAttemptAt: Date,
  ): Promise<number> {
    return this.finish(
      claims,
      `status = 'pending', last_error = $3, next_attempt_at = $4, locked_until = NULL`,
      [error, nextAttemptAt],
    );
  }

  /** Gives up on claimed e-mails: they wait for a coordinator. */
  async markFailed(claims: readonly ClaimRef[], error: string): Promise<number> {
    return this.finish(
      claims,
      `status = 'failed', last_error = $3, next_attempt_at = NULL, locked_until = NULL`,
      [error],
    );
  }

  /** Permanently failed e-mails, the most recent first. */
  async failures(page: {
    limit: number;
    offset: number;
  }): Promise<{ items: FailedEmail[]; total: number }> {
    const [rows, counts] = await Promise.all([
      this.dataSource.query(
        `SELECT n.id, n.recipient_id, u.name AS recipient_name, u.email AS recipient_email,
                n.kind, n.round_id, n.subject, n.link, n.attempts, n.last_error, n.created_at,
                n.last_attempt_at
         FROM notification n JOIN app_user u ON u.id = n.recipient_id
         WHERE n.status = 'failed'
         ORDER BY n.last_attempt_at DESC NULLS LAST, n.id
         LIMIT $1 OFFSET $2`,
        [page.limit, page.offset],
      ) as Promise<FailedRow[]>,
      this.dataSource.query(
        `SELECT count(*) AS total FROM notification WHERE status = 'failed'`,
      ) as Promise<{ total: string }[]>,
    ]);
    return { items: rows.map(toFailed), total: Number(counts[0]?.total ?? 0) };
  }

  /**
   * Puts a failed e-mail back in the queue with fresh attempts (after the address was
   * corrected, say). 'notFailed' when it is an e-mail in another state.
   */
  async retry(id: string, now: Date): Promise<'retried' | 'notFailed' | 'notFound'> {
    const [rows] = updated<{ id: string }>(
      await this.dataSource.query(
        `UPDATE notification
         SET status = 'pending', attempts = 0, next_attempt_at = $2, locked_until = NULL
         WHERE id = $1 AND status = 'failed'
         RETURNING id`,
        [id, now],
      ),
    );
    if (rows.length > 0) return 'retried';
    const exists: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM notification WHERE id = $1 AND channel = 'email'`,
      [id],
    );
    return exists.length > 0 ? 'notFailed' : 'notFound';
  }

  /** The state of one e-mail, for tests and diagnostics. */
  async find(id: string): Promise<EmailState | null> {
    const rows: EmailStateRow[] = await this.dataSource.query(
      `SELECT id, status, attempts, next_attempt_at, last_error, sent_at, digest
       FROM notification WHERE id = $1 AND channel = 'email'`,
      [id],
    );
    return rows[0] ? toEmailState(rows[0]) : null;
  }

  private async finish(
    claims: readonly ClaimRef[],
    set: string,
    values: readonly unknown[],
  ): Promise<number> {
    if (claims.length === 0) return 0;
    const [, count] = updated(
      await this.dataSource.query(
        `UPDATE notification n SET ${set}
         FROM unnest($1::uuid[], $2::integer[]) AS c (id, attempts)
         WHERE n.id = c.id AND n.attempts = c.attempts AND n.status = 'sending'`,
        [claims.map((c) => c.id), claims.map((c) => c.attempts), ...values],
      ),
    );
    return count;
  }
}

export interface EmailState {
  readonly id: string;
  readonly status: string;
  readonly attempts: number;
  readonly nextAttemptAt: string | null;
  readonly lastError: string | null;
  readonly sentAt: string | null;
  readonly digest: boolean;
}

interface ClaimedRow {
  id: string;
  attempts: number;
  recipient_id: string;
  recipient_name: string;
  recipient_email: string | null;
  kind: string;
  round_id: string;
  subject: string;
  body_text: string;
  body_html: string;
  link: string;
  created_at: Date;
  digest: boolean;
  enqueued_at: Date;
}

interface FailedRow {
  id: string;
  recipient_id: string;
  recipient_name: string;
  recipient_email: string | null;
  kind: string;
  round_id: string;
  subject: string;
  link: string;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  last_attempt_at: Date | null;
}

interface EmailStateRow {
  id: string;
  status: string;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  sent_at: Date | null;
  digest: boolean;
}

function toClaimed(row: ClaimedRow): ClaimedEmail {
  return {
    id: row.id,
    attempts: row.attempts,
    recipientId: row.recipient_id,
    recipientName: row.recipient_name,
    recipientEmail: row.recipient_email,
    kind: row.kind,
    roundId: row.round_id,
    subject: row.subject,
    text: row.body_text,
    html: row.body_html,
    link: row.link,
    createdAt: row.created_at.toISOString(),
    digest: row.digest,
  };
}

/** In the order the events happened, and then in the order they were written. */
function byCreation(a: ClaimedRow, b: ClaimedRow): number {
  return (
    a.created_at.getTime() - b.created_at.getTime() ||
    a.enqueued_at.getTime() - b.enqueued_at.getTime() ||
    a.id.localeCompare(b.id)
  );
}

function toFailed(row: FailedRow): FailedEmail {
  return {
    id: row.id,
    recipient: { id: row.recipient_id, name: row.recipient_name, email: row.recipient_email },
    kind: row.kind,
    roundId: row.round_id,
    subject: row.subject,
    link: row.link,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    lastAttemptAt: row.last_attempt_at?.toISOString() ?? null,
  };
}

function toEmailState(row: EmailStateRow): EmailState {
  return {
    id: row.id,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at?.toISOString() ?? null,
    lastError: row.last_error,
    sentAt: row.sent_at?.toISOString() ?? null,
    digest: row.digest,
  };
}
