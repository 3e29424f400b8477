import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How a person wants e-mail of one kind: at once, in the morning's digest, or not at all. */
export const emailModes = ['immediate', 'digest', 'off'] as const;
export type EmailMode = (typeof emailModes)[number];

/** Without a row, e-mail of that kind goes out at once. The in-app inbox is always on. */
export const DEFAULT_EMAIL_MODE: EmailMode = 'immediate';

@Entity({ name: 'notification_preference' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'text' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @Column({ name: 'email_mode', type: 'text' })
  emailMode!: EmailMode;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
