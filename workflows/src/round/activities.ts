import type {
  InitiativeRef,
  MilestoneChange,
  PlannedReminder,
  Round,
  RoundRecord,
} from '@budgetflow/domain';

/** The round as the read model holds it: calendar and review tasks, guarded by `version`. */
export type RoundSnapshot = RoundRecord & { readonly workflowId: string };

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
  /** Sends what a planned reminder calls for, to whom it concerns, as of `at`. */
  sendReminder(input: {
    readonly round: Round;
    readonly reminder: PlannedReminder;
    /** The initiative a review reminder or escalation is about. */
    readonly initiative: InitiativeRef | null;
    readonly at: string;
  }): Promise<void>;
}
