import {
  AgreementRepository,
  NegotiationPackageRepository,
  RoundFrameRepository,
} from '@budgetflow/persistence';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AgreementController } from './agreement.controller';
import { Agreements } from './agreement.service';

const repository = <T>(type: new (dataSource: DataSource) => T) => ({
  provide: type,
  useFactory: (dataSource: DataSource) => new type(dataSource),
  inject: [DataSource],
});

/** The budget agreement: its preview, its conclusion (a workflow) and its progress. */
@Module({
  controllers: [AgreementController],
  providers: [
    repository(AgreementRepository),
    repository(NegotiationPackageRepository),
    repository(RoundFrameRepository),
    Agreements,
  ],
})
export class AgreementModule {}
