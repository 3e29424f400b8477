import { Performs } from '../auth/operation.decorator';
import {
  type Actor,
  canSeeInitiative,
  heldBackNoticeFor,
  publishedHistory,
  publishedInitiative,
} from '@budgetflow/domain';
import { InitiativeReadRepository, RoundPublicationRepository } from '@budgetflow/persistence';
import { initiativeWorkflowId } from '@budgetflow/workflows';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../http/actor.decorator';
import { notFound } from '../http/problem';
import { Responds } from '../openapi/responds.decorator';
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
import { actionsView, historyView, initiativeView } from './initiative.view';
import { initiativeSchema, initiativeWithHistorySchema } from './responses';

const path = 'rounds/:roundId/initiatives';

/** One initiative: create and edit its draft, move it through the lifecycle, read it. */
@ApiTags('initiatives')
@Controller(path)
export class InitiativesController {
  constructor(
    @Inject(InitiativeCommands) private readonly commands: InitiativeCommands,
    @Inject(InitiativeReadRepository) private readonly reads: InitiativeReadRepository,
    @Inject(RoundPublicationRepository) private readonly publications: RoundPublicationRepository,
  ) {}

  @Post()
  @Performs('createInitiative')
  @ApiOperation({ summary: 'Opret et forslag som kladde' })
  @Responds(initiativeSchema, 201)
  async create(
    @Param('roundId') roundId: string,
    @Body() body: CreateInitiativeDto,
    @CurrentActor() actor: Actor,
  ) {
    const { number, ...form } = body;
    return initiativeView(await this.commands.create(roundId, number, form, actor));
  }

  @Get(':number')
  @Performs('getInitiative')
  @ApiOperation({
    summary: 'Et forslag med dets historik og de handlinger, den indloggede kan foretage nu',
  })
  @Responds(initiativeWithHistorySchema)
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
    const [records, publication] = await Promise.all([
      this.reads.history(initiativeWorkflowId(roundId, number)),
      this.publications.find(roundId),
    ]);
    // The administration's work not yet released is left out for the reader it is held from.
    const history = publishedHistory(initiative, records, actor, publication);
    const names = await this.reads.actorNames(history.map((record) => record.actor.id));
    return {
      ...initiativeView(
        publishedInitiative(initiative, actor, publication),
        heldBackNoticeFor(initiative, actor, publication),
      ),
      history: historyView(history, names),
      actions: actionsView(actor, initiative),
    };
  }

  @Put(':number/draft')
  @Performs('editDraft')
  @ApiOperation({ summary: 'Ret kladden (hele formularen)' })
  @Responds(initiativeSchema)
  async editDraft(@Param() p: Ids, @Body() form: InitiativeFormDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'editDraft', form }, actor);
  }

  @Post(':number/submit')
  @Performs('submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Indsend forslaget' })
  @Responds(initiativeSchema)
  async submit(@Param() p: Ids, @Body() body: CommentDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'submit', ...body }, actor);
  }

  @Post(':number/start-review')
  @Performs('startReview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Påbegynd den administrative behandling' })
  @Responds(initiativeSchema)
  async startReview(@Param() p: Ids, @Body() body: CommentDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'startReview', ...body }, actor);
  }

  @Post(':number/complete-review')
  @Performs('completeReview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Afgiv administrationens bemærkninger og vurdering' })
  @Responds(initiativeSchema)
  async completeReview(
    @Param() p: Ids,
    @Body() body: CompleteReviewDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.run(p, { type: 'completeReview', ...body }, actor);
  }

  @Post(':number/cost')
  @Performs('cost')
  @HttpCode(200)
  @ApiOperation({ summary: 'Prisfastsæt forslaget (økonomitabel og finansiering)' })
  @Responds(initiativeSchema)
  async cost(@Param() p: Ids, @Body() body: CostDto, @CurrentActor() actor: Actor) {
    const { financing, ...rest } = body;
    return this.run(p, { type: 'cost', ...rest, ...(financing ? { financing } : {}) }, actor);
  }

  @Post(':number/open-negotiation')
  @Performs('openNegotiation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send forslaget til forhandling' })
  @Responds(initiativeSchema)
  async openNegotiation(@Param() p: Ids, @Body() body: CommentDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'openNegotiation', ...body }, actor);
  }

  @Post(':number/include')
  @Performs('include')
  @HttpCode(200)
  @ApiOperation({ summary: 'Optag forslaget i budgetaftalen' })
  @Responds(initiativeSchema)
  async include(@Param() p: Ids, @Body() body: CommentDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'include', ...body }, actor);
  }

  @Post(':number/reject')
  @Performs('reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Afvis forslaget (med begrundelse)' })
  @Responds(initiativeSchema)
  async reject(@Param() p: Ids, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'reject', ...body }, actor);
  }

  @Post(':number/withdraw')
  @Performs('withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Træk forslaget tilbage (med begrundelse)' })
  @Responds(initiativeSchema)
  async withdraw(@Param() p: Ids, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'withdraw', ...body }, actor);
  }

  @Post(':number/merge')
  @Performs('merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Indarbejd forslaget i et andet forslag i samme runde' })
  @Responds(initiativeSchema)
  async merge(@Param() p: Ids, @Body() body: MergeDto, @CurrentActor() actor: Actor) {
    return this.run(p, { type: 'merge', ...body }, actor);
  }

  /** The step's answer is a read too: a party's own step does not show it unreleased work. */
  private async run(ids: Ids, command: Parameters<InitiativeCommands['execute']>[2], actor: Actor) {
    const initiative = await this.commands.execute(ids.roundId, ids.number, command, actor);
    const publication = await this.publications.find(ids.roundId);
    return initiativeView(
      publishedInitiative(initiative, actor, publication),
      heldBackNoticeFor(initiative, actor, publication),
    );
  }
}

interface Ids {
  roundId: string;
  number: string;
}
