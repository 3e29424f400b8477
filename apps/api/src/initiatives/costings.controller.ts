import {
  type Actor,
  canSeeInitiative,
  costingVersions,
  publishedCostingVersions,
} from '@budgetflow/domain';
import { InitiativeReadRepository, RoundPublicationRepository } from '@budgetflow/persistence';
import { initiativeWorkflowId } from '@budgetflow/workflows';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Performs } from '../auth/operation.decorator';
import { CurrentActor } from '../http/actor.decorator';
import { notFound } from '../http/problem';
import { Responds } from '../openapi/responds.decorator';
import { costingHistoryView } from './costings.view';
import { costingHistorySchema } from './responses';

/** An initiative's costing history: each costing kept as a version, against the party's estimate. */
@ApiTags('initiatives')
@Controller('rounds/:roundId/initiatives/:number/costings')
export class CostingsController {
  constructor(
    @Inject(InitiativeReadRepository) private readonly reads: InitiativeReadRepository,
    @Inject(RoundPublicationRepository) private readonly publications: RoundPublicationRepository,
  ) {}

  @Get()
  @Performs('getCostings')
  @ApiOperation({
    summary:
      'Forslagets prisfastsættelser, hver som en version, og forskellen fra forslagsstillerens eget skøn',
  })
  @Responds(costingHistorySchema)
  async get(
    @Param('roundId') roundId: string,
    @Param('number') number: string,
    @CurrentActor() actor: Actor,
  ) {
    const initiative = await this.reads.find(roundId, number);
    // Another party's draft does not exist, as far as the reader can tell.
    if (!initiative || !canSeeInitiative(actor, initiative)) {
      throw notFound(`Forslag ${number} findes ikke i budgetrunden ${roundId}`);
    }
    // The audit trail keeps every costing step with its table: the history is read from it.
    const records = await this.reads.history(initiativeWorkflowId(roundId, number));
    // The administration's costings reach a party group when the round releases them.
    const versions = publishedCostingVersions(
      initiative,
      costingVersions(initiative, records),
      actor,
      await this.publications.find(roundId),
    );
    const names = await this.reads.actorNames(versions.map((version) => version.by));
    return costingHistoryView(initiative, versions, names);
  }
}
