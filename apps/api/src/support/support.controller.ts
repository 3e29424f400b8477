import { Performs } from '../auth/operation.decorator';
import { type Actor, canSee, totalSeats } from '@budgetflow/domain';
import {
  InitiativeStanceRepository,
  type RecordedStance,
  RoundRepository,
  RoundSeatRepository,
} from '@budgetflow/persistence';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../http/actor.decorator';
import { Responds } from '../openapi/responds.decorator';
import { SupportQueryDto } from './dtos';
import { supportGridSchema } from './responses';
import { gridParties, supportRowView } from './support.view';
import { unknownRound } from './not-found';

/** The support grid: where each party group stands on each initiative, and whether it carries. */
@ApiTags('support')
@Controller('rounds/:roundId/support')
export class SupportController {
  constructor(
    @Inject(RoundRepository) private readonly rounds: RoundRepository,
    @Inject(RoundSeatRepository) private readonly seats: RoundSeatRepository,
    @Inject(InitiativeStanceRepository) private readonly stances: InitiativeStanceRepository,
  ) {}

  @Get()
  @Performs('supportGrid')
  @ApiOperation({
    summary:
      'Partigruppernes holdninger til budgetrundens indsendte forslag, og om tilhængerne har flertal',
  })
  @Responds(supportGridSchema)
  async grid(
    @Param('roundId') roundId: string,
    @Query() query: SupportQueryDto,
    @CurrentActor() actor: Actor,
  ) {
    if (!(await this.rounds.find(roundId))) throw unknownRound(roundId);
    const [seats, stances, initiatives] = await Promise.all([
      this.seats.find(roundId),
      this.stances.current(roundId, query.number),
      this.stances.submittedInitiatives(roundId, query.number),
    ]);
    // Drafts never reach here; the domain's rule is applied all the same, as wherever
    // initiatives are read.
    const visible = initiatives.filter((initiative) => canSee(actor, initiative));
    const byNumber = new Map<string, RecordedStance[]>(
      visible.map((initiative) => [initiative.number, []]),
    );
    for (const stance of stances) byNumber.get(stance.number)?.push(stance);
    const parties = gridParties(seats, [...byNumber.values()].flat());
    return {
      roundId,
      parties,
      totalSeats: totalSeats(parties),
      initiatives: visible.map((initiative) =>
        supportRowView(initiative, parties, byNumber.get(initiative.number) ?? []),
      ),
    };
  }
}
