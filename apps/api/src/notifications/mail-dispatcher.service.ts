import { MailDispatcher } from '@budgetflow/notifications';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../config/api-config';

/**
 * Sends the e-mail outbox while the API runs: started once the application is up, stopped
 * before the database connection closes. Every replica may run one; they share the work.
 */
@Injectable()
export class MailDispatcherService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  private dispatcher: MailDispatcher | undefined;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  onApplicationBootstrap(): void {
    const config = this.config;
    if (config.NOTIFICATIONS_DISPATCH === 'off') {
      this.logger.log('E-mails sendes ikke herfra (NOTIFICATIONS_DISPATCH=off)');
      return;
    }
    if (!config.SMTP_HOST) {
      this.logger.warn('SMTP_HOST er ikke sat: e-mails venter i udbakken og sendes ikke');
      return;
    }
    this.dispatcher = new MailDispatcher(this.dataSource, {
      smtp: {
        host: config.SMTP_HOST,
        ...(config.SMTP_PORT !== undefined ? { port: config.SMTP_PORT } : {}),
        secure: config.SMTP_SECURE === 'true',
        ...(config.SMTP_USER ? { user: config.SMTP_USER } : {}),
        ...(config.SMTP_PASSWORD !== undefined ? { password: config.SMTP_PASSWORD } : {}),
      },
      from: config.MAIL_FROM,
      publicUrl: config.PUBLIC_URL,
      intervalMs: config.MAIL_DISPATCH_INTERVAL_MS,
      retry: {
        baseDelayMs: config.MAIL_RETRY_BASE_MS,
        maxDelayMs: config.MAIL_RETRY_MAX_MS,
        maxAttempts: config.MAIL_MAX_ATTEMPTS,
      },
      logger: this.logger,
    });
    this.dispatcher.start();
    const port = config.SMTP_PORT ?? (config.SMTP_SECURE === 'true' ? 465 : 587);
    this.logger.log(`E-mails sendes via ${config.SMTP_HOST}:${port}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.dispatcher?.stop();
  }
}
