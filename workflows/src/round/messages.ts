import type {
  Actor,
  BudgetQuestion,
  InitiativeMoved,
  Round,
  RoundCalendar,
  RoundPhase,
  RoundRecord,
} from '@budgetflow/domain';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { RoundSnapshot } from './activities';

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
  /** States carried from before budget questions have none. */
  readonly state: RoundRecord & Partial<RoundQuestions>;
  /** Reminder keys ever planned, and those sent or passed over: each goes out at most once. */
  readonly plannedKeys: readonly string[];
  readonly handledKeys: readonly string[];
}

/** The round's budget questions, and which ask (by its update id) got which number. */
export interface RoundQuestions {
  readonly questions: readonly BudgetQuestion[];
  /** A retried ask finds its question here, also after continue-as-new. */
  readonly questionRequests: Readonly<Record<string, number>>;
}

/** Everything the round holds; handed on whole through continue-as-new. */
export type RoundState = RoundRecord & RoundQuestions;

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

export interface AskQuestionRequest {
  readonly partyGroup: string;
  /** The initiative the question is about (checked against the read model by the API). */
  readonly initiative: string | null;
  readonly text: string;
  readonly actor: Actor;
}

export interface AnswerQuestionRequest {
  readonly number: number;
  readonly text: string;
  readonly actor: Actor;
}

/** A question as the round holds it after an ask or an answer, and when its answer is due. */
export interface QuestionReceipt {
  readonly question: BudgetQuestion;
  readonly dueAt: string;
}

export const changeCalendarUpdate = defineUpdate<RoundView, [ChangeCalendarRequest]>(
  'changeCalendar',
);
export const allowLateSubmissionUpdate = defineUpdate<RoundView, [AllowLateSubmissionRequest]>(
  'allowLateSubmission',
);
export const setReviewDueUpdate = defineUpdate<RoundView, [SetReviewDueRequest]>('setReviewDue');
/** A party group's budget question: numbered by the round, so numbers are never skipped or reused. */
export const askQuestionUpdate = defineUpdate<QuestionReceipt, [AskQuestionRequest]>('askQuestion');
/** The administration's answer, or its correction. */
export const answerQuestionUpdate = defineUpdate<QuestionReceipt, [AnswerQuestionRequest]>(
  'answerQuestion',
);
/** Sent by each initiative's workflow after a step that concerns review tasks; at least once. */
export const initiativeMovedSignal = defineSignal<[InitiativeMoved]>('initiativeMoved');
export const roundQuery = defineQuery<RoundView>('round');
/**
 * The round's whole state as its projection writes it (version and questions too): what
 * rebuilding the read model asks for. Reads only, so adding it changed no workflow's history.
 */
export const roundStateQuery = defineQuery<RoundSnapshot>('roundState');

/** One workflow per round: "round/budget-2026-2029". */
export function roundWorkflowId(roundId: string): string {
  return `round/${roundId}`;
}
