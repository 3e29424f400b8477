import type { Refusal } from '@budgetflow/domain';
import { ApplicationFailure } from '@temporalio/common';

/** How a lifecycle refusal travels through Temporal: an application failure of this type. */
export const REFUSAL_FAILURE_TYPE = 'Refusal';

export function refusalFailure(refusal: Refusal): ApplicationFailure {
  return ApplicationFailure.create({
    type: REFUSAL_FAILURE_TYPE,
    message: refusal.message,
    details: [refusal],
    nonRetryable: true,
  });
}

/** The refusal somewhere in an error's cause chain (update failure, activity failure), if any. */
export function refusalIn(error: unknown): Refusal | null {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof ApplicationFailure && cause.type === REFUSAL_FAILURE_TYPE) {
      const [refusal] = cause.details ?? [];
      return (refusal as Refusal | undefined) ?? { code: 'invalidState', message: cause.message };
    }
  }
  return null;
}
