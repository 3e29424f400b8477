import { NegotiationPackageRepository, RoundFrameRepository } from '@budgetflow/persistence';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PackageCounting } from './package-counting.service';
import { PackagesController } from './packages.controller';

const repository = <T>(type: new (dataSource: DataSource) => T) => ({
  provide: type,
  useFactory: (dataSource: DataSource) => new type(dataSource),
  inject: [DataSource],
});

/** Negotiation packages: their versions, totals, balance against the frames and comparison. */
@Module({
  controllers: [PackagesController],
  providers: [
    repository(NegotiationPackageRepository),
    repository(RoundFrameRepository),
    PackageCounting,
  ],
})
export class PackagesModule {}
