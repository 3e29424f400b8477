import { commandActionLabels } from '@budgetflow/domain';
import type { Initiative } from '../../api/types';

/** The administration's review of one initiative, step by step, as the lifecycle has it. */
export const reviewSteps = ['startReview', 'completeReview', 'cost'] as const;
export type ReviewStep = (typeof reviewSteps)[number];

export const reviewStepLabels: Record<ReviewStep, string> = {
  startReview: commandActionLabels.startReview,
  completeReview: commandActionLabels.completeReview,
  cost: commandActionLabels.cost,
};

/**
 * The steps still to take, read from the initiative itself (not from what this form has sent), so
 * a review begun elsewhere, or cut short by a failure, goes on from where it actually is.
 */
export function reviewStepsLeft(initiative: Pick<Initiative, 'state' | 'review'>): ReviewStep[] {
  if (initiative.state === 'submitted') return [...reviewSteps];
  if (initiative.state === 'inReview') {
    return initiative.review ? ['cost'] : ['completeReview', 'cost'];
  }
  return [];
}

/** Whether the review of the initiative is one this form can take further at all. */
export function isUnderReview(initiative: Pick<Initiative, 'state'>): boolean {
  return initiative.state === 'submitted' || initiative.state === 'inReview';
}

/** The newer of two readings of the same initiative. */
export function newest<T extends Pick<Initiative, 'version'>>(a: T, b: T | undefined | null): T {
  return b && b.version > a.version ? b : a;
}
