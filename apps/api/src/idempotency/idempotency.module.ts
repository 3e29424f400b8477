import { IdempotentRequestRepository } from '@budgetflow/persistence';
import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/** Retries with an `Idempotency-Key` answer once: for every command route. */
@Module({
  providers: [
    {
      provide: IdempotentRequestRepository,
      useFactory: (dataSource: DataSource) => new IdempotentRequestRepository(dataSource),
      inject: [DataSource],
    },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class IdempotencyModule {}
