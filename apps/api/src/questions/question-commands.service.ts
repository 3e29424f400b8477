import type { Actor } from '@budgetflow/domain';
import {
  answerQuestionUpdate,
  askQuestionUpdate,
  type AskQuestionRequest,
  type QuestionReceipt,
  roundWorkflowId,
} from '@budgetflow/workflows';
import { Inject, Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { notFound } from '../http/problem';
import { updateIdOption } from '../idempotency/idempotency-context';

/**
 * Sends the budget question commands to the round's workflow, which numbers the questions and
 * applies the domain's rules in its validators (a refusal leaves nothing behind). A keyed
 * request is sent under its update id, so a retry joins the first attempt.
 */
@Injectable()
export class QuestionCommands {
  constructor(@Inject(Client) private readonly temporal: Client) {}

  ask(roundId: string, request: AskQuestionRequest): Promise<QuestionReceipt> {
    return this.send(roundId, (handle) =>
      handle.executeUpdate(askQuestionUpdate, { args: [request], ...updateIdOption() }),
    );
  }

  answer(roundId: string, number: number, text: string, actor: Actor): Promise<QuestionReceipt> {
    return this.send(roundId, (handle) =>
      handle.executeUpdate(answerQuestionUpdate, {
        args: [{ number, text, actor }],
        ...updateIdOption(),
      }),
    );
  }

  private async send<T>(
    roundId: string,
    command: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<T>,
  ): Promise<T> {
    try {
      return await command(this.temporal.workflow.getHandle(roundWorkflowId(roundId)));
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        throw notFound(`Budgetrunden ${roundId} findes ikke`);
      }
      throw error;
    }
  }
}
