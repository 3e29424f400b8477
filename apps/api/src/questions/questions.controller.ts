import { Performs } from '../auth/operation.decorator';
import { type Actor, questionInitiativeProblem } from '@budgetflow/domain';
import {
  BudgetQuestionRepository,
  InitiativeReadRepository,
  PartyGroupRepository,
  type ProjectedQuestion,
  RoundPublicationRepository,
  RoundRepository,
} from '@budgetflow/persistence';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../http/actor.decorator';
import { type FieldProblem, notFound, invalidFields } from '../http/problem';
import { Responds } from '../openapi/responds.decorator';
import { AnswerQuestionDto, AskQuestionDto, QuestionFilterDto } from './dtos';
import { QuestionCommands } from './question-commands.service';
import { questionView } from './question.view';
import { questionListSchema, questionSchema } from './responses';

/**
 * Budget questions ("budgetspørgsmål"): the party groups ask the administration, numbered per
 * round, until the round's question deadline; the administration answers by the answer deadline.
 * Every signed-in person reads them; an answer only as fair publication allows.
 */
@ApiTags('questions')
@Controller('rounds/:roundId/questions')
export class QuestionsController {
  constructor(
    @Inject(RoundRepository) private readonly rounds: RoundRepository,
    @Inject(InitiativeReadRepository) private readonly initiatives: InitiativeReadRepository,
    @Inject(BudgetQuestionRepository) private readonly questions: BudgetQuestionRepository,
    @Inject(RoundPublicationRepository) private readonly publications: RoundPublicationRepository,
    @Inject(PartyGroupRepository) private readonly partyGroups: PartyGroupRepository,
    @Inject(QuestionCommands) private readonly commands: QuestionCommands,
  ) {}

  @Get()
  @Performs('listQuestions')
  @ApiOperation({
    summary: 'Budgetrundens spørgsmål, i nummerorden; filtrér på status, partigruppe og forslag',
  })
  @Responds(questionListSchema)
  async list(
    @Param('roundId') roundId: string,
    @Query() filter: QuestionFilterDto,
    @CurrentActor() actor: Actor,
  ) {
    await this.knownRound(roundId);
    const now = new Date().toISOString();
    const [questions, counts, publication] = await Promise.all([
      this.questions.list(roundId, filter, now),
      this.questions.counts(roundId, now),
      this.publications.find(roundId),
    ]);
    return {
      roundId,
      items: questions.map((question) => questionView(question, actor, publication, now)),
      total: questions.length,
      counts,
    };
  }

  @Get(':number')
  @Performs('getQuestion')
  @ApiOperation({ summary: 'Ét budgetspørgsmål med svaret, som læseren må se det' })
  @Responds(questionSchema)
  async one(
    @Param('roundId') roundId: string,
    @Param('number') number: string,
    @CurrentActor() actor: Actor,
  ) {
    const question = await this.knownQuestion(roundId, number);
    return this.view(question, actor);
  }

  @Post()
  @Performs('askQuestion')
  @ApiOperation({
    summary:
      'Stil et budgetspørgsmål til administrationen: et medlem for sin egen partigruppe, en koordinator på en partigruppes vegne',
  })
  @Responds(questionSchema, 201)
  async ask(
    @Param('roundId') roundId: string,
    @Body() body: AskQuestionDto,
    @CurrentActor() actor: Actor,
  ) {
    await this.knownRound(roundId);
    const problems: FieldProblem[] = [];
    if ((await this.partyGroups.unknown([body.partyGroup])).length > 0) {
      problems.push({
        field: 'partyGroup',
        message: `Partigruppen ${body.partyGroup} findes ikke`,
      });
    }
    if (body.initiative) {
      const initiative = await this.initiatives.find(roundId, body.initiative);
      const problem = questionInitiativeProblem(actor, body.initiative, initiative);
      if (problem) problems.push({ field: 'initiative', message: problem });
    }
    if (problems.length > 0) throw invalid(problems);
    const { question, dueAt } = await this.commands.ask(roundId, {
      partyGroup: body.partyGroup,
      initiative: body.initiative ?? null,
      text: body.text,
      actor,
    });
    return this.view({ ...question, dueAt }, actor);
  }

  @Post(':number/answer')
  @Performs('answerQuestion')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Besvar et budgetspørgsmål (administrationen); et nyt svar på et besvaret spørgsmål retter svaret',
  })
  @Responds(questionSchema)
  async answer(
    @Param('roundId') roundId: string,
    @Param('number') number: string,
    @Body() body: AnswerQuestionDto,
    @CurrentActor() actor: Actor,
  ) {
    const known = await this.knownQuestion(roundId, number);
    const { question, dueAt } = await this.commands.answer(roundId, known.number, body.text, actor);
    return this.view({ ...question, dueAt }, actor);
  }

  private async view(question: ProjectedQuestion, actor: Actor) {
    const publication = await this.publications.find(question.roundId);
    return questionView(question, actor, publication, new Date().toISOString());
  }

  private async knownRound(roundId: string): Promise<void> {
    if (!(await this.rounds.find(roundId))) throw notFound(`Budgetrunden ${roundId} findes ikke`);
  }

  /** The question from the read model, which has it once its ask has answered. */
  private async knownQuestion(roundId: string, number: string): Promise<ProjectedQuestion> {
    await this.knownRound(roundId);
    const parsed = /^[1-9]\d{0,8}$/.test(number) ? Number(number) : null;
    const question = parsed === null ? null : await this.questions.find(roundId, parsed);
    if (!question)
      throw notFound(`Budgetspørgsmål ${number} findes ikke i budgetrunden ${roundId}`);
    return question;
  }
}

function invalid(errors: readonly FieldProblem[]) {
  return invalidFields(errors);
}
