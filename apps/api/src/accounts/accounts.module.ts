import { AccountAdministrationRepository, PartyGroupRepository } from '@budgetflow/persistence';
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountsService } from './accounts.service';
import { OrganisationPartyGroups } from './organisation-party-groups';
import { PartyGroupsController } from './party-groups.controller';
import { UsersController } from './users.controller';

const repository = <T>(type: new (dataSource: DataSource) => T) => ({
  provide: type,
  useFactory: (dataSource: DataSource) => new type(dataSource),
  inject: [DataSource],
});

/** People, their roles and passwords, and the party groups: the system administrators' part. */
@Module({
  controllers: [UsersController, PartyGroupsController],
  providers: [
    AccountsService,
    OrganisationPartyGroups,
    repository(AccountAdministrationRepository),
    repository(PartyGroupRepository),
  ],
})
export class AccountsModule {}
