import {
  EmailOutboxRepository,
  NotificationPreferenceRepository,
  NotificationRepository,
  UserDirectory,
} from '@budgetflow/persistence';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FailuresController } from './failures.controller';
import { InboxController } from './inbox.controller';
import { MailDispatcherService } from './mail-dispatcher.service';
import { PreferencesController } from './preferences.controller';

const repository = <T>(type: new (dataSource: DataSource) => T) => ({
  provide: type,
  useFactory: (dataSource: DataSource) => new type(dataSource),
  inject: [DataSource],
});

/**
 * Notifications in the API: the inbox and e-mail preferences of the acting user, the failed
 * e-mails for coordinators, and the dispatcher that sends the outbox. The directory of people is
 * apps/api/src/accounts.
 */
@Module({
  controllers: [InboxController, PreferencesController, FailuresController],
  providers: [
    repository(NotificationRepository),
    repository(NotificationPreferenceRepository),
    repository(EmailOutboxRepository),
    repository(UserDirectory),
    MailDispatcherService,
  ],
})
export class NotificationsModule {}
