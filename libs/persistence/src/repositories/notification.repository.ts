import type { DataSource, EntityManager } from 'typeorm';
import type { NotificationChannel } from '../entities/notification.entity';
import { updated } from './updated';

/** A notification to write: one per (event, recipient, channel). */
export interface NewNotification {
  readonly eventKey: string;
  readonly recipientId: string;
  readonly channel: NotificationChannel;
  readonly kind: string;
  readonly roundId: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly link: string;
  /** When the event happened, ISO. */
  readonly createdAt: string;
  /** E-mail only: wait for the digest, and when to send. */
  readonly digest?: boolean;
  readonly nextAttemptAt?: Date;
}

/** An entry of a person's in-app inbox. */
export interface InboxEntry {
  readonly id: string;
  readonly kind: string;
  readonly roundId: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly link: string;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export interface InboxQuery {
  readonly unreadOnly: boolean;
  readonly limit: number;
  readonly offset: number;
}

interface InboxRow {
  id: string;
  kind: string;
  round_id: string;
  subject: string;
  body_text: string;
  body_html: string;
  link: string;
  created_at: Date;
  read_at: Date | null;
}

/** Writing notifications (in the caller's transaction) and reading the in-app inbox. */
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts what is not there yet and returns how many rows were new: the unique key
   * (event, recipient, channel) makes writing the same event twice a no-op.
   */
  async insert(db: EntityManager, notifications: readonly NewNotification[]): Promise<number> {
    if (notifications.length === 0) return 0;
    const column = <T>(pick: (n: NewNotification) => T) => notifications.map(pick);
    const rows: unknown[] = await db.query(
      `INSERT INTO notification
         (event_key, recipient_id, channel, kind, round_id, subject, body_text, body_html, link,
          created_at, status, digest, next_attempt_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
         $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamptz[], $11::text[],
         $12::boolean[], $13::timestamptz[])
       ON CONFLICT (event_key, recipient_id, channel) DO NOTHING
       RETURNING id`,
      [
        column((n) => n.eventKey),
        column((n) => n.recipientId),
        column((n) => n.channel),
        column((n) => n.kind),
        column((n) => n.roundId),
        column((n) => n.subject),
        column((n) => n.text),
        column((n) => n.html),
        column((n) => n.link),
        column((n) => n.createdAt),
        column((n) => (n.channel === 'email' ? 'pending' : null)),
        column((n) => n.digest ?? false),
        column((n) => (n.channel === 'email' ? (n.nextAttemptAt ?? new Date()) : null)),
      ],
    );
    return rows.length;
  }

  /** A person's inbox, newest first. */
  async inbox(
    userId: string,
    query: InboxQuery,
  ): Promise<{ items: InboxEntry[]; total: number; unread: number }> {
    const unreadOnly = query.unreadOnly ? 'AND read_at IS NULL' : '';
    const [rows, counts] = await Promise.all([
      this.dataSource.query(
        `SELECT id, kind, round_id, subject, body_text, body_html, link, created_at, read_at
         FROM notification
         WHERE recipient_id = $1 AND channel = 'inApp' ${unreadOnly}
         ORDER BY created_at DESC, id
         LIMIT $2 OFFSET $3`,
        [userId, query.limit, query.offset],
      ) as Promise<InboxRow[]>,
      this.dataSource.query(
        `SELECT count(*) AS total, count(*) FILTER (WHERE read_at IS NULL) AS unread
         FROM notification WHERE recipient_id = $1 AND channel = 'inApp'`,
        [userId],
      ) as Promise<{ total: string; unread: string }[]>,
    ]);
    const total = Number(counts[0]?.total ?? 0);
    const unread = Number(counts[0]?.unread ?? 0);
    return { items: rows.map(toInboxEntry), total: query.unreadOnly ? unread : total, unread };
  }

  async unreadCount(userId: string): Promise<number> {
    const rows: { unread: string }[] = await this.dataSource.query(
      `SELECT count(*) AS unread FROM notification
       WHERE recipient_id = $1 AND channel = 'inApp' AND read_at IS NULL`,
      [userId],
    );
    return Number(rows[0]?.unread ?? 0);
  }

  /** Marks one of the person's own entries read; null when they have no such entry. */
  async markRead(userId: string, id: string, at: Date): Promise<InboxEntry | null> {
    const [rows] = updated<InboxRow>(
      await this.dataSource.query(
        `UPDATE notification SET read_at = coalesce(read_at, $3)
         WHERE id = $1 AND recipient_id = $2 AND channel = 'inApp'
         RETURNING id, kind, round_id, subject, body_text, body_html, link, created_at, read_at`,
        [id, userId, at],
      ),
    );
    return rows[0] ? toInboxEntry(rows[0]) : null;
  }

  /** Marks every unread entry of the person read; returns how many were unread. */
  async markAllRead(userId: string, at: Date): Promise<number> {
    const [, count] = updated(
      await this.dataSource.query(
        `UPDATE notification SET read_at = $2
         WHERE recipient_id = $1 AND channel = 'inApp' AND read_at IS NULL`,
        [userId, at],
      ),
    );
    return count;
  }
}

function toInboxEntry(row: InboxRow): InboxEntry {
  return {
    id: row.id,
    kind: row.kind,
    roundId: row.round_id,
    subject: row.subject,
    text: row.body_text,
    html: row.body_html,
    link: row.link,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}
