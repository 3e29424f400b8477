import type { Actor, Round, RoundCalendar } from '@budgetflow/domain';
import {
  allowLateSubmissionUpdate,
  changeCalendarUpdate,
  roundQuery,
  type RoundView,
  roundWorkflow,
  roundWorkflowId,
  setReviewDueUpdate,
} from '@budgetflow/workflows';
import { Inject, Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { notFound } from '../http/problem';
import { updateIdOption } from '../idempotency/idempotency-context';

/** The API's side of the round workflows: start one per round, ask it, change its calendar. */
@Injectable()
export class RoundWorkflows {
  constructor(
    @Inject(Client) private readonly temporal: Client,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** Starts the round's workflow; one that already runs is kept as it is. */
  async start(round: Round, calendar?: RoundCalendar): Promise<void> {
    await this.temporal.workflow.start(roundWorkflow, {
      workflowId: roundWorkflowId(round.id),
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [{ round, ...(calendar ? { calendar } : {}) }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  }

  view(roundId: string): Promise<RoundView> {
    return this.ask(roundId, (handle) => handle.query(roundQuery));
  }

  changeCalendar(roundId: string, calendar: RoundCalendar, actor: Actor): Promise<RoundView> {
    return this.ask(roundId, (handle) =>
      handle.executeUpdate(changeCalendarUpdate, {
        args: [{ calendar, actor }],
        ...updateIdOption(),
      }),
    );
  }

  allowLateSubmission(
    roundId: string,
    number: string,
    actor: Actor,
    comment?: string,
  ): Promise<RoundView> {
    return this.ask(roundId, (handle) =>
      handle.executeUpdate(allowLateSubmissionUpdate, {
        args: [{ number, actor, ...(comment ? { comment } : {}) }],
        ...updateIdOption(),
      }),
    );
  }

  setReviewDue(
    roundId: string,
    number: string,
    dueDate: string | null,
    actor: Actor,
  ): Promise<RoundView> {
    return this.ask(roundId, (handle) =>
      handle.executeUpdate(setReviewDueUpdate, {
        args: [{ number, dueDate, actor }],
        ...updateIdOption(),
      }),
    );
  }

  private handle(roundId: string) {
    return this.temporal.workflow.getHandle(roundWorkflowId(roundId));
  }

  private async ask<T>(
    roundId: string,
    question: (handle: ReturnType<RoundWorkflows['handle']>) => Promise<T>,
  ): Promise<T> {
    try {
      return await question(this.handle(roundId));
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        throw notFound(`Budgetrunden ${roundId} findes ikke`);
      }
      throw error;
    }
  }
}
