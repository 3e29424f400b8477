import {
  type Actor,
  canSeeInitiative,
  type Command,
  createInitiative,
  type Initiative,
  type InitiativeForm,
  roundYears,
} from '@budgetflow/domain';
import {
  InitiativeReadRepository,
  RoundCalendarRepository,
  RoundRepository,
} from '@budgetflow/persistence';
import {
  createUpdate,
  initiativeWorkflow,
  initiativeWorkflowId,
  refusalIn,
  transitionUpdate,
} from '@budgetflow/workflows';
import { Inject, Injectable } from '@nestjs/common';
import {
  Client,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
} from '@temporalio/client';
import { currentUpdateId, updateIdOption } from '../idempotency/idempotency-context';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { conflict, notFound, RefusedException } from '../http/problem';

/**
 * Sends commands to the initiatives' workflows and answers with the state the workflow recorded.
 * The workflow's validator decides; nothing here repeats a lifecycle rule.
 */
@Injectable()
export class InitiativeCommands {
  constructor(
    @Inject(Client) private readonly temporal: Client,
    @Inject(RoundRepository) private readonly rounds: RoundRepository,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(RoundCalendarRepository) private readonly roundCalendars: RoundCalendarRepository,
    @Inject(InitiativeReadRepository) private readonly reads: InitiativeReadRepository,
  ) {}

  /** Starts the initiative's workflow with its draft: both happen, or neither. */
  async create(
    roundId: string,
    number: string,
    form: InitiativeForm,
    actor: Actor,
  ): Promise<Initiative> {
    const round = await this.rounds.find(roundId);
    if (!round) throw notFound(`Budgetrunden ${roundId} findes ikke`);
    const years = roundYears(round);
    // The same rule the workflow applies: checked first so a refused draft never starts a workflow.
    const precheck = createInitiative(
      { roundId, number, years, form },
      actor,
      new Date().toISOString(),
    );
    if (!precheck.ok) throw new RefusedException(precheck.refusal);
    try {
      return await this.startWithDraft(roundId, number, years, form, actor);
    } catch (error) {
      // Without a key the start fails; with one, the existing workflow refuses a second draft.
      if (
        error instanceof WorkflowExecutionAlreadyStartedError ||
        refusalIn(error)?.code === 'invalidState'
      ) {
        throw conflict(
          `Forslag ${number} findes allerede i budgetrunden ${round.name}`,
          'duplicateNumber',
        );
      }
      throw error;
    }
  }

  /**
   * A retry with the same idempotency key finds the workflow its first attempt started and the
   * same update id in it: Temporal answers with the first attempt's draft.
   */
  private startWithDraft(
    roundId: string,
    number: string,
    years: number[],
    form: InitiativeForm,
    actor: Actor,
  ) {
    const updateId = currentUpdateId();
    return this.temporal.workflow.executeUpdateWithStart(createUpdate, {
      args: [{ form, actor }],
      ...updateIdOption(),
      startWorkflowOperation: new WithStartWorkflowOperation(initiativeWorkflow, {
        workflowId: initiativeWorkflowId(roundId, number),
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [{ roundId, number, years }],
        workflowIdConflictPolicy: updateId ? 'USE_EXISTING' : 'FAIL',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    });
  }

  async execute(
    roundId: string,
    number: string,
    command: Command,
    actor: Actor,
  ): Promise<Initiative> {
    // A step on an initiative the actor cannot see is a step on nothing: 404, as for a read.
    const current = await this.reads.find(roundId, number);
    if (!current || !canSeeInitiative(actor, current)) {
      throw notFound(`Forslag ${number} findes ikke i budgetrunden ${roundId}`);
    }
    // A submission carries the round's deadline as the round holds it now (read from its
    // projection, not asked of the round workflow, which every step of the round reaches); the
    // rule is applied by the initiative's workflow at the moment it records the step.
    const withWindow: Command =
      command.type === 'submit'
        ? { ...command, window: await this.roundCalendars.submissionWindow(roundId, number) }
        : command;
    return this.temporal.workflow
      .getHandle(initiativeWorkflowId(roundId, number))
      .executeUpdate(transitionUpdate, {
        args: [{ command: withWindow, actor }],
        ...updateIdOption(),
      });
  }
}
