import { Performs } from '../auth/operation.decorator';
import { type Actor, stanceSpeakerRefusal } from '@budgetflow/domain';
import {
  NegotiationPackageRepository,
  PackageStanceRepository,
  PartyGroupRepository,
  RoundRepository,
  RoundSeatRepository,
} from '@budgetflow/persistence';
import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../http/actor.decorator';
import { RefusedException } from '../http/problem';
import { Responds } from '../openapi/responds.decorator';
import { StanceDto } from '../support/dtos';
import { unknownPartyGroup, unknownRound } from '../support/not-found';
import { majorityFor } from '../support/support.view';
import { packageStanceView } from './backing.view';
import { packageIdOf, unknownPackage } from './not-found';
import { packageStanceHistorySchema, packageStanceSchema } from './responses';

/**
 * The party groups' stances on a negotiation package, by the rules of the stances on initiatives
 * (a member for their own group, a coordinator for any). A stance is given on the package's
 * latest version and stays when a new one is saved; the answers mark it with its version.
 */
@ApiTags('packages')
@Controller('rounds/:roundId/packages/:id/stances')
export class PackageStancesController {
  constructor(
    @Inject(RoundRepository) private readonly rounds: RoundRepository,
    @Inject(NegotiationPackageRepository) private readonly packages: NegotiationPackageRepository,
    @Inject(PackageStanceRepository) private readonly stances: PackageStanceRepository,
    @Inject(RoundSeatRepository) private readonly seats: RoundSeatRepository,
    @Inject(PartyGroupRepository) private readonly partyGroups: PartyGroupRepository,
  ) {}

  @Get()
  @Performs('packageStanceHistory')
  @ApiOperation({
    summary: 'Partigruppernes holdninger til pakken, alle ændringer, nyeste først',
  })
  @Responds(packageStanceHistorySchema)
  async history(@Param('roundId') roundId: string, @Param('id') id: string) {
    if (!(await this.rounds.find(roundId))) throw unknownRound(roundId);
    const packageId = packageIdOf(id);
    const latest = (await this.packages.find(roundId, packageId)) ?? unknownPackage(id);
    const history = await this.stances.history(packageId);
    return {
      roundId,
      packageId,
      latestVersion: latest.latestVersion,
      history: history.map((stance) => packageStanceView(stance, latest.latestVersion)),
    };
  }

  @Put(':partyGroup')
  @Performs('setPackageStance')
  @ApiOperation({
    summary:
      'Angiv en partigruppes holdning til pakken (dens seneste version): et medlem for sin egen gruppe, en koordinator for enhver',
  })
  @Responds(packageStanceSchema)
  async set(
    @Param('roundId') roundId: string,
    @Param('id') id: string,
    @Param('partyGroup') partyGroup: string,
    @Body() body: StanceDto,
    @CurrentActor() actor: Actor,
  ) {
    if (!(await this.rounds.find(roundId))) throw unknownRound(roundId);
    const packageId = packageIdOf(id);
    const partyGroupKnown = (await this.partyGroups.unknown([partyGroup])).length === 0;
    const recorded = await this.stances.record(
      { roundId, packageId, partyGroup },
      { stance: body.stance, comment: body.comment || null },
      actor,
      (latest) => {
        if (latest === null) unknownPackage(id);
        if (!partyGroupKnown) throw unknownPartyGroup(partyGroup);
        const refusal = stanceSpeakerRefusal(actor, partyGroup);
        if (refusal) throw new RefusedException(refusal);
      },
    );
    const [current, seats] = await Promise.all([
      this.stances.current([packageId]),
      this.seats.find(roundId),
    ]);
    return {
      roundId,
      packageId,
      // Given on the latest version, so never marked as older.
      ...packageStanceView(recorded, recorded.version),
      majority: majorityFor(current.get(packageId) ?? [], seats),
    };
  }
}
