import type {
  Actor,
  AgreementRecord,
  AgreementStep,
  AgreementStepOutcome,
} from '@budgetflow/domain';

/** The side effects of the agreement workflow; implemented in apps/worker. Each is idempotent. */
export interface AgreementActivities {
  /** Writes the agreement as begun (running, nothing done yet) unless it is written already. */
  beginAgreement(record: AgreementRecord): Promise<void>;

  /**
   * Sends one step to its initiative's workflow and records how it went as outcome `index`. A
   * step the initiative has had already counts as done; one it refuses for another reason (the
   * party withdrew it meanwhile) is recorded as refused, never retried.
   */
  takeAgreementStep(request: {
    readonly roundId: string;
    readonly index: number;
    readonly step: AgreementStep;
    readonly actor: Actor;
  }): Promise<AgreementStepOutcome>;

  /** Marks the agreement as concluded. */
  concludeAgreement(request: { readonly roundId: string; readonly at: string }): Promise<void>;
}
