import { audienceOf, type NotificationEvent } from '@budgetflow/domain';
import {
  DEFAULT_EMAIL_MODE,
  type NewNotification,
  NotificationPreferenceRepository,
  NotificationRepository,
  UserDirectory,
} from '@budgetflow/persistence';
import type { EntityManager } from 'typeorm';
import type { LinkOptions } from './render/links';
import { renderNotification } from './render/render-notification';
import { DIGEST_TIME, nextDigestAt } from './schedule';

export interface NotificationOutboxOptions extends LinkOptions {
  /** The morning time digests go out, in Copenhagen ("07:00"). */
  readonly digestTime?: string;
  readonly clock?: () => Date;
}

/**
 * Turns an event into the notifications it owes: an inbox entry for everyone concerned, and an
 * e-mail for those with an address who have not turned that kind off. It writes in the caller's
 * transaction, so the notifications exist exactly when what caused them does, and the dispatcher
 * sends them later from the table.
 */
export class NotificationOutbox {
  private readonly clock: () => Date;

  constructor(private readonly options: NotificationOutboxOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  /**
   * Writes the event's notifications with `db`, the caller's transaction. Idempotent: the same
   * event (by its key) enqueued again writes nothing new.
   */
  async enqueue(db: EntityManager, event: NotificationEvent): Promise<void> {
    const recipients = await new UserDirectory(db.dataSource).recipientsFor(db, audienceOf(event));
    if (recipients.length === 0) return;
    const modes = await new NotificationPreferenceRepository(db.dataSource).modesFor(
      db,
      recipients.map((user) => user.id),
      event.kind,
    );
    const content = renderNotification(event, this.options);
    const now = this.clock();
    const common = {
      eventKey: event.key,
      kind: event.kind,
      roundId: event.roundId,
      subject: content.subject,
      text: content.text,
      html: content.html,
      link: content.link,
      createdAt: event.at,
    };
    const rows: NewNotification[] = [];
    for (const user of recipients) {
      rows.push({ ...common, recipientId: user.id, channel: 'inApp' });
      const mode = modes.get(user.id) ?? DEFAULT_EMAIL_MODE;
      if (!user.email || mode === 'off') continue;
      const digest = mode === 'digest';
      rows.push({
        ...common,
        recipientId: user.id,
        channel: 'email',
        digest,
        nextAttemptAt: digest ? nextDigestAt(now, this.options.digestTime ?? DIGEST_TIME) : now,
      });
    }
    await new NotificationRepository(db.dataSource).insert(db, rows);
  }
}
