import { AppUserEntity } from './app-user.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { InitiativeAmountEntity } from './initiative-amount.entity';
import { InitiativeEntity } from './initiative.entity';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationEntity } from './notification.entity';
import { RoundEntity } from './round.entity';

export { AuditEntryEntity, InitiativeAmountEntity, InitiativeEntity, RoundEntity };
export { AppUserEntity, NotificationEntity, NotificationPreferenceEntity };
export {
  emailStatuses,
  notificationChannels,
  type EmailStatus,
  type NotificationChannel,
} from './notification.entity';
export { DEFAULT_EMAIL_MODE, emailModes, type EmailMode } from './notification-preference.entity';

export const entities = [
  RoundEntity,
  InitiativeEntity,
  InitiativeAmountEntity,
  AuditEntryEntity,
  AppUserEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
];
