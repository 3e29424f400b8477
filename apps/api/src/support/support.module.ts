import {
  InitiativeStanceRepository,
  PartyGroupRepository,
  RoundSeatRepository,
} from '@budgetflow/persistence';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SeatsController } from './seats.controller';
import { StancesController } from './stances.controller';
import { SupportController } from './support.controller';

const repository = <T>(type: new (dataSource: DataSource) => T) => ({
  provide: type,
  useFactory: (dataSource: DataSource) => new type(dataSource),
  inject: [DataSource],
});

/** Support and majority: the council's seats per round, the stances, the support grid. */
@Module({
  controllers: [SeatsController, StancesController, SupportController],
  providers: [
    repository(RoundSeatRepository),
    repository(InitiativeStanceRepository),
    repository(PartyGroupRepository),
  ],
})
export class SupportModule {}
