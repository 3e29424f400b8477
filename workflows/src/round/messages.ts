import type {
  Actor,
  InitiativeMoved,
  Round,
  RoundCalendar,
  RoundPhase,
  RoundRecord,
} from '@budgetflow/domain';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

/** The round workflow's messages, shared by the workflow and its clients. */
export interface RoundWorkflowInput {
  readonly round: Round;
  readonly calendar?: RoundCalendar;
  /** Continue-as-new after this many history events. */
  readonly maxHistoryEvents?: number;
  readonly carried?: CarriedRound;
}

/** What a run hands on through continue-as-new. */
export interface CarriedRound {
  readonly state: RoundState;
  /** Reminder keys ever planned, and those sent or passed over: each goes out at most once. */
  readonly plannedKeys: readonly string[];
  readonly handledKeys: readonly string[];
}

/** Everything the round holds; handed on whole through continue-as-new. */
export type RoundState = RoundRecord;

/** What the round answers: its record without the projection's version, and its phase now. */
export type RoundView = Omit<RoundRecord, 'version'> & { readonly phase: RoundPhase };

export interface ChangeCalendarRequest {
  readonly calendar: RoundCalendar;
  readonly actor: Actor;
  readonly comment?: string;
}

export interface AllowLateSubmissionRequest {
  readonly number: string;
  readonly actor: Actor;
  readonly comment?: string;
}

export interface SetReviewDueRequest {
  readonly number: string;
  /** null returns the task to the round's default. */
  readonly dueDate: string | null;
  readonly actor: Actor;
}

export const changeCalendarUpdate = defineUpdate<RoundView, [ChangeCalendarRequest]>(
  'changeCalendar',
);
export const allowLateSubmissionUpdate = defineUpdate<RoundView, [AllowLateSubmissionRequest]>(
  'allowLateSubmission',
);
export const setReviewDueUpdate = defineUpdate<RoundView, [SetReviewDueRequest]>('setReviewDue');
/** Sent by each initiative's workflow after a step that concerns review tasks; at least once. */
export const initiativeMovedSignal = defineSignal<[InitiativeMoved]>('initiativeMoved');
export const roundQuery = defineQuery<RoundView>('round');

/** One workflow per round: "round/budget-2026-2029". */
export function roundWorkflowId(roundId: string): string {
  return `round/${roundId}`;
}
