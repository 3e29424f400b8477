import { Performs } from '../auth/operation.decorator';
import { type Actor, seatProblems } from '@budgetflow/domain';
import {
  PartyGroupRepository,
  RoundRepository,
  RoundSeatRepository,
} from '@budgetflow/persistence';
import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../http/actor.decorator';
import { invalidFields } from '../http/problem';
import { Responds } from '../openapi/responds.decorator';
import { SeatsDto } from './dtos';
import { seatsSchema } from './responses';
import { seatsView } from './support.view';
import { unknownRound } from './not-found';

/** The seats each party group holds in the council during the round: what a majority is made of. */
@ApiTags('support')
@Controller('rounds/:roundId/seats')
export class SeatsController {
  constructor(
    @Inject(RoundRepository) private readonly rounds: RoundRepository,
    @Inject(RoundSeatRepository) private readonly seats: RoundSeatRepository,
    @Inject(PartyGroupRepository) private readonly partyGroups: PartyGroupRepository,
  ) {}

  @Get()
  @Performs('getSeats')
  @ApiOperation({ summary: 'Mandatfordelingen i budgetrunden: partigruppernes mandater i alt' })
  @Responds(seatsSchema)
  async get(@Param('roundId') roundId: string) {
    if (!(await this.rounds.find(roundId))) throw unknownRound(roundId);
    return seatsView(roundId, await this.seats.find(roundId));
  }

  @Put()
  @Performs('setSeats')
  @ApiOperation({
    summary: 'Sæt mandatfordelingen (koordinator): hele sættet erstattes af det sendte',
  })
  @Responds(seatsSchema)
  async set(
    @Param('roundId') roundId: string,
    @Body() body: SeatsDto,
    @CurrentActor() actor: Actor,
  ) {
    if (!(await this.rounds.find(roundId))) throw unknownRound(roundId);
    const named = body.seats.map((seat) => seat.partyGroup);
    const unknown = await this.partyGroups.unknown(named);
    const problems = seatProblems(
      body.seats,
      named.filter((name) => !unknown.includes(name)),
    );
    if (problems.length > 0) {
      const errors = problems.map(({ index, field, message }) => ({
        field: `seats.${index}.${field}`,
        message,
      }));
      throw invalidFields(errors);
    }
    if (!(await this.seats.replace(roundId, body.seats, actor.id))) throw unknownRound(roundId);
    return seatsView(roundId, await this.seats.find(roundId));
  }
}
