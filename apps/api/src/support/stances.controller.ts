import { Performs } from '../auth/operation.decorator';
import { type Actor, canSeeInitiative, stanceRefusal } from '@budgetflow/domain';
import {
  InitiativeReadRepository,
  InitiativeStanceRepository,
  PartyGroupRepository,
  RoundRepository,
  RoundSeatRepository,
} from '@budgetflow/persistence';
import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../http/actor.decorator';
import { RefusedException } from '../http/problem';
import { Responds } from '../openapi/responds.decorator';
import { StanceDto } from './dtos';
import { stanceHistorySchema, stanceSchema } from './responses';
import { majorityFor, recordedStanceView } from './support.view';
import { unknownInitiative, unknownPartyGroup, unknownRound } from './not-found';

/** The party groups' stances on one initiative: recorded while it is open, read at any time. */
@ApiTags('support')
@Controller('rounds/:roundId/initiatives/:number/stances')
export class StancesController {
  constructor(
    @Inject(RoundRepository) private readonly rounds: RoundRepository,
    @Inject(InitiativeReadRepository) private readonly initiatives: InitiativeReadRepository,
    @Inject(InitiativeStanceRepository) private readonly stances: InitiativeStanceRepository,
    @Inject(RoundSeatRepository) private readonly seats: RoundSeatRepository,
    @Inject(PartyGroupRepository) private readonly partyGroups: PartyGroupRepository,
  ) {}

  @Get()
  @Performs('stanceHistory')
  @ApiOperation({
    summary: 'Partigruppernes holdninger til forslaget, alle ændringer, nyeste først',
  })
  @Responds(stanceHistorySchema)
  async history(
    @Param('roundId') roundId: string,
    @Param('number') number: string,
    @CurrentActor() actor: Actor,
  ) {
    const initiative = await this.initiatives.find(roundId, number);
    if (!initiative || !canSeeInitiative(actor, initiative)) {
      throw unknownInitiative(roundId, number);
    }
    const history = await this.stances.history(roundId, number);
    return { roundId, number, history: history.map(recordedStanceView) };
  }

  @Put(':partyGroup')
  @Performs('setStance')
  @ApiOperation({
    summary:
      'Angiv en partigruppes holdning til forslaget: et medlem for sin egen gruppe, en koordinator for enhver',
  })
  @Responds(stanceSchema)
  async set(
    @Param('roundId') roundId: string,
    @Param('number') number: string,
    @Param('partyGroup') partyGroup: string,
    @Body() body: StanceDto,
    @CurrentActor() actor: Actor,
  ) {
    if (!(await this.rounds.find(roundId))) throw unknownRound(roundId);
    const partyGroupKnown = (await this.partyGroups.unknown([partyGroup])).length === 0;
    const recorded = await this.stances.record(
      { roundId, number, partyGroup },
      { stance: body.stance, comment: body.comment || null },
      actor,
      (initiative) => {
        // Another party's draft does not exist, as far as the actor can tell.
        if (!initiative || !canSeeInitiative(actor, initiative)) {
          throw unknownInitiative(roundId, number);
        }
        if (!partyGroupKnown) throw unknownPartyGroup(partyGroup);
        const refusal = stanceRefusal(actor, initiative.state, partyGroup);
        if (refusal) throw new RefusedException(refusal);
      },
    );
    const [current, seats] = await Promise.all([
      this.stances.current(roundId, number),
      this.seats.find(roundId),
    ]);
    return {
      roundId,
      number,
      ...recordedStanceView(recorded),
      majority: majorityFor(current, seats),
    };
  }
}
