import type { DataSource, EntityManager } from 'typeorm';
import type { EmailMode } from '../entities/notification-preference.entity';

/** Per person and kind of notification: how e-mail goes out. Only choices made are stored. */
export class NotificationPreferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The modes a person has chosen, by kind; kinds without a choice are absent. */
  async forUser(userId: string): Promise<Record<string, EmailMode>> {
    const rows: { kind: string; email_mode: EmailMode }[] = await this.dataSource.query(
      'SELECT kind, email_mode FROM notification_preference WHERE user_id = $1',
      [userId],
    );
    return Object.fromEntries(rows.map((row) => [row.kind, row.email_mode]));
  }

  /** Replaces all of a person's choices with these. */
  async replace(userId: string, modes: Readonly<Record<string, EmailMode>>): Promise<void> {
    const entries = Object.entries(modes);
    await this.dataSource.transaction(async (db) => {
      await db.query('DELETE FROM notification_preference WHERE user_id = $1', [userId]);
      if (entries.length === 0) return;
      await db.query(
        `INSERT INTO notification_preference (user_id, kind, email_mode)
         SELECT $1, * FROM unnest($2::text[], $3::text[])`,
        [userId, entries.map(([kind]) => kind), entries.map(([, mode]) => mode)],
      );
    });
  }

  /** The chosen modes of these people for one kind, in the caller's transaction. */
  async modesFor(
    db: EntityManager,
    userIds: readonly string[],
    kind: string,
  ): Promise<Map<string, EmailMode>> {
    if (userIds.length === 0) return new Map();
    const rows: { user_id: string; email_mode: EmailMode }[] = await db.query(
      `SELECT user_id, email_mode FROM notification_preference
       WHERE kind = $1 AND user_id = ANY($2::text[])`,
      [kind, userIds],
    );
    return new Map(rows.map((row) => [row.user_id, row.email_mode]));
  }
}
