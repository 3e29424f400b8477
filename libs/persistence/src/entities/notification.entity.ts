import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const notificationChannels = ['inApp', 'email'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

export const emailStatuses = ['pending', 'sending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof emailStatuses)[number];

/**
 * What one person was told about one event on one channel: an entry in the in-app inbox, or an
 * e-mail in the outbox with its delivery state. Unique per (event, recipient, channel).
 */
@Entity({ name: 'notification' })
@Index('notification_event_recipient_channel_key', ['eventKey', 'recipientId', 'channel'], {
  unique: true,
})
export class NotificationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'event_key', type: 'text' })
  eventKey!: string;

  @Column({ name: 'recipient_id', type: 'text' })
  recipientId!: string;

  @Column({ type: 'text' })
  channel!: NotificationChannel;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'round_id', type: 'text' })
  roundId!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText!: string;

  /** The content as an HTML fragment; the e-mail's layout is added when it is sent. */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'text' })
  link!: string;

  /** When the event happened. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** E-mail only. */
  @Column({ type: 'text', nullable: true })
  status!: EmailStatus | null;

  @Column({ type: 'boolean', default: false })
  digest!: boolean;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  /** While 'sending': the lease; a dispatcher that died mid-send lets it lapse. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'enqueued_at', type: 'timestamptz' })
  enqueuedAt!: Date;
}
