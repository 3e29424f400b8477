import type { Actor } from '@budgetflow/domain';
import { InitiativeReadRepository } from '@budgetflow/persistence';
import { initiativeWorkflowId } from '@budgetflow/workflows';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ACTOR_HEADERS, CurrentActor } from '../http/actor.decorator';
import { notFound } from '../http/problem';
import {
  CommentDto,
  CompleteReviewDto,
  CostDto,
  CreateInitiativeDto,
  InitiativeFormDto,
  MergeDto,
  ReasonDto,
} from './dtos';
import { InitiativeCommands } from './initiative-commands.service';
import { historyView, initiativeView } from './initiative.view';

const path = 'rounds/:roundId/initiatives';

/** One initiative: create and edit its draft, move it through the lifecycle, read it. */
@ApiTags('initiatives')
@ApiHeader({ name: ACTOR_HEADERS.id, required: true, description: 'Hvem der handler' })
@ApiHeader({
  name: ACTOR_HEADERS.role,
  required: true,
  description: 'partyGroupMember, administration, coordinator',
})
@ApiHeader({
  name: ACTOR_HEADERS.partyGroups,
  required: false,
  description: 'Partigrupper, kommasepareret',
})
@Controller(path)
export class InitiativesController {
  constructor(
    @Inject(InitiativeCommands) private readonly commands: InitiativeCommands,
    @Inject(InitiativeReadRepository) private readonly reads: InitiativeReadRepository,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Opret et forslag som kladde' })
  async create(
    @Param('roundId') roundId: string,
    @Body() body: CreateInitiativeDto,
    @CurrentActor() actor: Actor,
  ) {
    const { number, ...form } = body;
    return initiativeView(await this.commands.create(roundId, number, form, actor));
  }

  @Get(':number')
  @ApiOperation({ summary: 'Et forslag med dets historik' })
  async get(@Param('roundId') roundId: string, @Param('number') number: string) {
    const initiative = await this.reads.find(roundId, number);
    if (!initiative) throw notFound(`Forslag ${number} findes ikke i budgetrunden ${roundId}`);
    const history = await this.reads.history(initiativeWorkflowId(roundId, number));
    return { ...initiativeView(initiative), history: historyView(history) };
  }

  @Put(':number/draft')
  @ApiOperation({ summary: 'Ret kladden (hele formularen)' })
  async editDraft(@Param() p: Ids, @Body() form: InitiativeFormDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'editDraft', form }, actor);
  }

  @Post(':number/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Indsend forslaget' })
  async submit(@Param() p: Ids, @Body() body: CommentDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'submit', ...body }, actor);
  }

  @Post(':number/start-review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Påbegynd den administrative behandling' })
  async startReview(@Param() p: Ids, @Body() body: CommentDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'startReview', ...body }, actor);
  }

  @Post(':number/complete-review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Afgiv administrationens bemærkninger og vurdering' })
  async completeReview(
    @Param() p: Ids,
    @Body() body: CompleteReviewDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.run(p, { type: 'completeReview', ...body }, actor);
  }

  @Post(':number/cost')
  @HttpCode(200)
  @ApiOperation({ summary: 'Prisfastsæt forslaget (økonomitabel og finansiering)' })
  async cost(@Param() p: Ids, @Body() body: CostDto, @CurrentActor() actor: Actor) {
    const { financing, ...rest } = body;
    return this.run(p, { type: 'cost', ...rest, ...(financing ? { financing } : {}) }, actor);
  }

  @Post(':number/open-negotiation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send forslaget til forhandling' })
  async openNegotiation(@Param() p: Ids, @Body() body: CommentDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'openNegotiation', ...body }, actor);
  }

  @Post(':number/include')
  @HttpCode(200)
  @ApiOperation({ summary: 'Optag forslaget i budgetaftalen' })
  async include(@Param() p: Ids, @Body() body: CommentDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'include', ...body }, actor);
  }

  @Post(':number/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Afvis forslaget (med begrundelse)' })
  async reject(@Param() p: Ids, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'reject', ...body }, actor);
  }

  @Post(':number/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Træk forslaget tilbage (med begrundelse)' })
  async withdraw(@Param() p: Ids, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'withdraw', ...body }, actor);
  }

  @Post(':number/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Indarbejd forslaget i et andet forslag i samme runde' })
  async merge(@Param() p: Ids, @Body() body: MergeDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'merge', ...body }, actor);
  }

  private async run(ids: Ids, command: Parameters<InitiativeCommands['execute']>[2], actor: Actor) {
    return initiativeView(await this.commands.execute(ids.roundId, ids.number, command, actor));
  }
}

interface Ids {
  roundId: string;
  number: string;
}
