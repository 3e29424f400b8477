import { Performs } from '../auth/operation.decorator';
import {
  type Actor,
  defaultRoundId,
  roundCreationRefusal,
  roundSchema,
  roundYears,
} from '@budgetflow/domain';
import { RoundRepository } from '@budgetflow/persistence';
import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { RoundWorkflows } from '../calendar/round-workflows.service';
import { CurrentActor } from '../http/actor.decorator';
import { conflict, notFound, RefusedException } from '../http/problem';
import { Responds } from '../openapi/responds.decorator';
import { roundListSchema, roundSchema as roundAnswer } from './responses';

class CreateRoundDto extends createZodDto(roundSchema) {}

/** Budget rounds, e.g. "Budget 2026-2029". */
@ApiTags('rounds')
@Controller('rounds')
export class RoundsController {
  constructor(
    @Inject(RoundRepository) private readonly rounds: RoundRepository,
    @Inject(RoundWorkflows) private readonly workflows: RoundWorkflows,
  ) {}

  @Post()
  @Performs('createRound')
  @ApiOperation({
    summary: 'Opret en budgetrunde (koordinator); findes den allerede, svares 200 med den',
  })
  @Responds(roundAnswer, 201, { status: 200, description: 'Runden fandtes allerede' })
  async create(
    @Body() body: CreateRoundDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ) {
    const refused = roundCreationRefusal(actor);
    if (refused) throw new RefusedException(refused);
    const { calendar, ...fields } = body;
    const round = { ...fields, id: fields.id ?? defaultRoundId(fields.firstYear, fields.lastYear) };
    const created = await this.rounds.create(round);
    const stored = (await this.rounds.find(round.id))!;
    if (!created && (stored.firstYear !== round.firstYear || stored.lastYear !== round.lastYear)) {
      throw conflict(`Budgetrunden ${round.id} findes allerede med andre år`);
    }
    // Started after the row exists, and again on a repeated request: a crash in between heals.
    await this.workflows.start(
      { id: stored.id, name: stored.name, firstYear: stored.firstYear, lastYear: stored.lastYear },
      calendar,
    );
    response.status(created ? 201 : 200);
    return { ...stored, years: roundYears(stored) };
  }

  @Get()
  @Performs('listRounds')
  @ApiOperation({ summary: 'Alle budgetrunder' })
  @Responds(roundListSchema)
  async list() {
    return (await this.rounds.list()).map((round) => ({ ...round, years: roundYears(round) }));
  }

  @Get(':roundId')
  @Performs('getRound')
  @ApiOperation({ summary: 'En budgetrunde' })
  @Responds(roundAnswer)
  async get(@Param('roundId') roundId: string) {
    const round = await this.rounds.find(roundId);
    if (!round) throw notFound(`Budgetrunden ${roundId} findes ikke`);
    return { ...round, years: roundYears(round) };
  }
}
