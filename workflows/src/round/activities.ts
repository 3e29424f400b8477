import type {
  BudgetQuestion,
  InitiativeRef,
  MilestoneChange,
  PlannedReminder,
  QuestionAnswer,
  QuestionRef,
  Round,
  RoundRecord,
} from '@budgetflow/domain';

/**
 * The round as the read model holds it: calendar, review tasks and budget questions, guarded by
 * `version`. Snapshots scheduled before budget questions have no `questions`.
 */
export type RoundSnapshot = RoundRecord & {
  readonly workflowId: string;
  readonly questions?: readonly BudgetQuestion[];
};

/** The round workflow's activities: each is idempotent on the keys it is given. */
export interface RoundActivities {
  projectRound(snapshot: RoundSnapshot): Promise<void>;
  announceCalendarChange(input: {
    readonly round: Round;
    readonly calendarVersion: number;
    readonly changes: readonly MilestoneChange[];
    readonly actorId: string;
    readonly at: string;
  }): Promise<void>;
  announceReviewTask(input: {
    readonly roundId: string;
    readonly initiative: InitiativeRef;
    readonly dueAt: string;
    readonly at: string;
  }): Promise<void>;
  /** Tells the administration of a new budget question. */
  announceQuestion(input: {
    readonly roundId: string;
    readonly question: QuestionRef;
    readonly dueAt: string;
    readonly actorId: string;
    readonly at: string;
  }): Promise<void>;
  /**
   * Tells the asking party group that its question is answered (or the answer corrected): with
   * the answer, unless the round holds answers back for a release to all party groups at once.
   */
  announceAnswer(input: {
    readonly roundId: string;
    readonly question: QuestionRef;
    readonly answer: QuestionAnswer;
    /** How many answers the question has had with this one: the notification's key. */
    readonly answerCount: number;
    readonly corrected: boolean;
  }): Promise<void>;
  /** Sends what a planned reminder calls for, to whom it concerns, as of `at`. */
  sendReminder(input: {
    readonly round: Round;
    readonly reminder: PlannedReminder;
    /** The initiative a review reminder or escalation is about. */
    readonly initiative: InitiativeRef | null;
    /** The budget question a question reminder or escalation is about. */
    readonly question?: QuestionRef | null;
    readonly at: string;
  }): Promise<void>;
}
