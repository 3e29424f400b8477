import {
  NegotiationPackageRepository,
  PackageStanceRepository,
  PartyGroupRepository,
  RoundFrameRepository,
  RoundSeatRepository,
} from '@budgetflow/persistence';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PackageBacking } from './package-backing.service';
import { PackageCounting } from './package-counting.service';
import { PackageStancesController } from './package-stances.controller';
import { PackagesController } from './packages.controller';

const repository = <T>(type: new (dataSource: DataSource) => T) => ({
  provide: type,
  useFactory: (dataSource: DataSource) => new type(dataSource),
  inject: [DataSource],
});

/**
 * Negotiation packages: their versions, totals, balance against the frames and comparison, and
 * who backs them (the party groups' stances and the majority from the round's seats).
 */
@Module({
  controllers: [PackagesController, PackageStancesController],
  providers: [
    repository(NegotiationPackageRepository),
    repository(RoundFrameRepository),
    repository(PackageStanceRepository),
    repository(RoundSeatRepository),
    repository(PartyGroupRepository),
    PackageCounting,
    PackageBacking,
  ],
})
export class PackagesModule {}
