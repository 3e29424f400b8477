import { organisation } from '@budgetflow/domain';
import { PartyGroupRepository } from '@budgetflow/persistence';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

/**
 * The council's party groups come from the organisation's configuration: at start-up the missing
 * ones are added; from then on they are data the system administrators keep (a renamed short name
 * is not undone by the next start).
 */
@Injectable()
export class OrganisationPartyGroups implements OnApplicationBootstrap {
  private readonly logger = new Logger(OrganisationPartyGroups.name);

  constructor(@Inject(PartyGroupRepository) private readonly partyGroups: PartyGroupRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    const added = await this.partyGroups.addMissing(organisation.partyGroups);
    if (added.length > 0) {
      this.logger.log(`Party groups of ${organisation.name} added: ${added.join(', ')}`);
    }
  }
}
