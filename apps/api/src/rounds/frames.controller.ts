import { Performs } from '../auth/operation.decorator';
import {
  type Actor,
  financingAreaLabels,
  financingAreas,
  type Frame,
  frameProblems,
  framesSchema,
  roundYears,
} from '@budgetflow/domain';
import { RoundFrameRepository, RoundRepository } from '@budgetflow/persistence';
import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentActor } from '../http/actor.decorator';
import { notFound, invalidFields } from '../http/problem';
import { amountView } from '../initiatives/initiative.view';
import { Responds } from '../openapi/responds.decorator';
import { framesSchema as framesAnswer } from './responses';

class FramesDto extends createZodDto(framesSchema) {}

/** The round's frames: what each financing area has to spend in each year of the round. */
@ApiTags('rounds')
@Controller('rounds/:roundId/frames')
export class FramesController {
  constructor(
    @Inject(RoundRepository) private readonly rounds: RoundRepository,
    @Inject(RoundFrameRepository) private readonly frames: RoundFrameRepository,
  ) {}

  @Get()
  @Performs('getFrames')
  @ApiOperation({ summary: 'Budgetrundens rammer pr. år og finansieringsområde (mio. kr.)' })
  @Responds(framesAnswer)
  async get(@Param('roundId') roundId: string) {
    if (!(await this.rounds.find(roundId))) throw unknownRound(roundId);
    return framesView(roundId, await this.frames.find(roundId));
  }

  @Put()
  @Performs('setFrames')
  @ApiOperation({
    summary: 'Sæt budgetrundens rammer (koordinator): hele sættet erstattes af det sendte',
  })
  @Responds(framesAnswer)
  async set(
    @Param('roundId') roundId: string,
    @Body() body: FramesDto,
    @CurrentActor() actor: Actor,
  ) {
    const round = await this.rounds.find(roundId);
    if (!round) throw unknownRound(roundId);
    const problems = frameProblems(body.frames, roundYears(round));
    if (problems.length > 0) {
      const errors = problems.map(({ index, field, message }) => ({
        field: ['frames', index, ...(field ? [field] : [])].join('.'),
        message,
      }));
      throw invalidFields(errors);
    }
    const frames = body.frames.map(({ year, area, amount }) => ({ year, area, kroner: amount }));
    if (!(await this.frames.replace(roundId, frames, actor.id))) throw unknownRound(roundId);
    return framesView(roundId, await this.frames.find(roundId));
  }
}

function unknownRound(roundId: string) {
  return notFound(`Budgetrunden ${roundId} findes ikke`);
}

/** By year, then in the order of the financing areas. */
function framesView(roundId: string, frames: readonly Frame[]) {
  const sorted = [...frames].sort(
    (a, b) => a.year - b.year || financingAreas.indexOf(a.area) - financingAreas.indexOf(b.area),
  );
  return {
    roundId,
    frames: sorted.map(({ year, area, kroner }) => ({
      year,
      area,
      areaLabel: financingAreaLabels[area],
      amount: amountView(kroner),
    })),
  };
}
