import {
  type Actor,
  type AgreementStep,
  type AgreementStepOutcome,
  type AgreementStepResult,
  agreementStepTaken,
} from '@budgetflow/domain';
import type { AgreementRepository } from '@budgetflow/persistence';
import {
  type AgreementActivities,
  agreementStepUpdateId,
  initiativeQuery,
  initiativeWorkflowId,
  refusalIn,
  transitionUpdate,
} from '@budgetflow/workflows';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { type Client, WorkflowNotFoundError } from '@temporalio/client';

export interface AgreementActivityDeps {
  readonly agreements: AgreementRepository;
  readonly temporal: Client;
}

/** The agreement workflow's activities, built from their dependencies. */
export function createAgreementActivities({
  agreements,
  temporal,
}: AgreementActivityDeps): AgreementActivities {
  return {
    async beginAgreement(record) {
      await agreements.begin(record);
    },

    async takeAgreementStep({ roundId, index, step, actor }) {
      const { result, message } = await whileBeating(() =>
        sendStep(temporal, roundId, step, actor),
      );
      const outcome: AgreementStepOutcome = {
        number: step.number,
        command: step.command.type,
        result,
        message,
        at: new Date().toISOString(),
      };
      await agreements.recordOutcome(roundId, index, outcome);
      return outcome;
    },

    async concludeAgreement({ roundId, at }) {
      await agreements.conclude(roundId, at);
    },
  };
}

/**
 * Runs the work with a heartbeat every second, so that a worker killed in the middle of a step
 * is noticed within the heartbeat timeout, not at the end of the step's whole timeout.
 */
async function whileBeating<T>(work: () => Promise<T>): Promise<T> {
  const context = Context.current();
  const beating = setInterval(() => context.heartbeat(), 1_000);
  try {
    return await work();
  } finally {
    clearInterval(beating);
  }
}

/**
 * Sends the step to its initiative as the coordinator's Update. Exactly once: within the
 * initiative's run the update id makes a retry join the step already sent; a later run
 * (continue-as-new) does not know the id and refuses the step, and then the initiative's state
 * tells whether it was taken. Any other refusal is the outcome, not retried; a failure that is
 * no refusal (Temporal away, a timeout) fails the activity, which is retried.
 */
async function sendStep(
  temporal: Client,
  roundId: string,
  step: AgreementStep,
  actor: Actor,
): Promise<{ result: AgreementStepResult; message: string | null }> {
  const handle = temporal.workflow.getHandle(initiativeWorkflowId(roundId, step.number));
  try {
    await handle.executeUpdate(transitionUpdate, {
      args: [{ command: step.command, actor }],
      updateId: agreementStepUpdateId(roundId, step),
    });
    return { result: 'taken', message: null };
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) {
      return { result: 'refused', message: `Forslag ${step.number} findes ikke i budgetrunden` };
    }
    const refused = refusalIn(error);
    if (!refused) throw error;
    if (refused.code === 'busy') {
      // A merge of the initiative is under way and decides what it becomes: ask again shortly.
      throw ApplicationFailure.retryable(refused.message, 'Busy');
    }
    const now = await handle.query(initiativeQuery);
    return now && agreementStepTaken(step.command.type, now.state)
      ? { result: 'alreadyTaken', message: null }
      : { result: 'refused', message: refused.message };
  }
}
