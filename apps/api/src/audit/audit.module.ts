import { AuditTrailRepository } from '@budgetflow/persistence';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditController } from './audit.controller';

@Module({
  controllers: [AuditController],
  providers: [
    {
      provide: AuditTrailRepository,
      useFactory: (dataSource: DataSource) => new AuditTrailRepository(dataSource),
      inject: [DataSource],
    },
  ],
})
export class AuditModule {}
