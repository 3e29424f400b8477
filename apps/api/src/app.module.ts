import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import type { ApiConfig } from './config/api-config';
import { AccountsModule } from './accounts/accounts.module';
import { AgreementModule } from './agreement/agreement.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { ProblemFilter } from './http/problem.filter';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { InitiativesModule } from './initiatives/initiatives.module';
import { MinutesModule } from './minutes/minutes.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ObservabilityModule } from './observability/observability.module';
import { RoundsModule } from './rounds/rounds.module';
import { PackagesModule } from './packages/packages.module';
import { QuestionsModule } from './questions/questions.module';
import { PublicationModule } from './publication/publication.module';
import { SupportModule } from './support/support.module';

@Module({})
export class AppModule {
  static forConfig(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forConfig(config),
        ObservabilityModule,
        HealthModule,
        AuthModule,
        IdempotencyModule,
        CalendarModule,
        RoundsModule,
        PackagesModule,
        AgreementModule,
        PublicationModule,
        SupportModule,
        QuestionsModule,
        InitiativesModule,
        ExportsModule,
        ImportsModule,
        MinutesModule,
        NotificationsModule,
        AccountsModule,
        AuditModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
