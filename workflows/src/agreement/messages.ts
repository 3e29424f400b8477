import type {
  Actor,
  AgreementPackageRef,
  AgreementRecord,
  AgreementStep,
} from '@budgetflow/domain';
import { defineQuery } from '@temporalio/workflow';

/** The agreement workflow's messages, shared by the workflow and its clients. */
export interface AgreementWorkflowInput {
  readonly roundId: string;
  readonly package: AgreementPackageRef;
  /** The plan's steps (planAgreement), in the order they are taken. */
  readonly steps: readonly AgreementStep[];
  /** The coordinator who concluded the agreement: every step is theirs. */
  readonly actor: Actor;
  readonly startedAt: string;
}

/** How far the agreement has come, as its workflow holds it now. */
export const agreementProgressQuery = defineQuery<AgreementRecord>('progress');

export const AGREEMENT_WORKFLOW_TYPE = 'agreementWorkflow';

/** One agreement per round, ever: "agreement/budget-2026-2029". */
export function agreementWorkflowId(roundId: string): string {
  return `agreement/${roundId}`;
}

/**
 * The update id of a step: an initiative gets each command at most once in an agreement, so
 * the id names it, and a retried step joins the one already sent.
 */
export function agreementStepUpdateId(roundId: string, step: AgreementStep): string {
  return `agreement/${roundId}/${step.number}/${step.command.type}`;
}
