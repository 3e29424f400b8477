import type { Actor, Initiative, TransitionRecord } from '@budgetflow/domain';

/** The side effects an initiative workflow asks for; implemented in apps/worker. */
export interface InitiativeActivities {
  /** Writes the recorded transition to the read model and audit trail; idempotent on (workflowId, seq). */
  recordTransition(projection: {
    workflowId: string;
    initiative: Initiative;
    record: TransitionRecord;
  }): Promise<void>;

  /**
   * Asks the target initiative to absorb the source (the target's half of a merge). Fails with a
   * non-retryable refusal when the target cannot; safe to retry (deduplicated by requestId).
   */
  absorbIntoTarget(request: {
    roundId: string;
    source: string;
    target: string;
    actor: Actor;
    requestId: string;
  }): Promise<void>;
}
