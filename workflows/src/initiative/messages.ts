import type {
  Actor,
  Command,
  Initiative,
  InitiativeForm,
  TransitionRecord,
} from '@budgetflow/domain';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

/**
 * The initiative workflow's messages, defined once for the workflow and its clients so that
 * names and types cannot drift.
 */
export interface InitiativeWorkflowInput {
  readonly roundId: string;
  readonly number: string;
  readonly years: readonly number[];
  /** Continue-as-new after this many history events, so that long-lived histories stay small. */
  readonly maxHistoryEvents?: number;
  /** What a previous run hands on through continue-as-new. */
  readonly carried?: CarriedState;
}

export interface CarriedState {
  readonly initiative: Initiative;
  readonly records: readonly TransitionRecord[];
}

export interface CreateRequest {
  readonly form: InitiativeForm;
  readonly actor: Actor;
}

export interface TransitionRequest {
  readonly command: Command;
  readonly actor: Actor;
}

export const createUpdate = defineUpdate<Initiative, [CreateRequest]>('create');
export const transitionUpdate = defineUpdate<Initiative, [TransitionRequest]>('transition');
export const initiativeQuery = defineQuery<Initiative | null>('initiative');
export const historyQuery = defineQuery<readonly TransitionRecord[]>('history');

export const INITIATIVE_WORKFLOW_TYPE = 'initiativeWorkflow';

/** One workflow per initiative, named by round and number: "initiative/budget-2026-2029/4.2". */
export function initiativeWorkflowId(roundId: string, number: string): string {
  return `initiative/${roundId}/${number}`;
}
