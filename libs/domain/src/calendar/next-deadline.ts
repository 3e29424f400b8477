import type { LifecycleState } from '../lifecycle/states';
import { findMilestone, milestoneAt, milestoneKindLabels, type RoundCalendar } from './calendar';
import { reviewDueAt, type ReviewDue } from './review-task';

/** The deadlines an initiative works towards, one stage of the lifecycle after the other. */
export const nextDeadlineKinds = [
  'submissionDeadline',
  'reviewDue',
  'negotiationStart',
  'negotiationEnd',
  'budgetAgreement',
] as const;
export type NextDeadlineKind = (typeof nextDeadlineKinds)[number];

export const nextDeadlineLabels: Record<NextDeadlineKind, string> = {
  submissionDeadline: milestoneKindLabels.submissionDeadline,
  reviewDue: 'Frist for administrativ behandling',
  negotiationStart: milestoneKindLabels.negotiationStart,
  negotiationEnd: milestoneKindLabels.negotiationEnd,
  budgetAgreement: milestoneKindLabels.budgetAgreement,
};

export interface NextDeadline {
  readonly kind: NextDeadlineKind;
  readonly label: string;
  readonly at: string;
}

/** The milestones that steer an initiative once it is costed, in the order they come. */
const negotiationMilestones = ['negotiationStart', 'negotiationEnd', 'budgetAgreement'] as const;

/**
 * The deadline an initiative works towards next: a draft the round's submission deadline; a
 * submitted initiative, and one in review, its review's due date (the costing is due with it);
 * a costed one, or one in negotiation, the next of the negotiation's milestones still ahead at
 * `now`. An ended initiative has none, nor has one whose date the round has not set. A draft's
 * deadline and a review's due date stay its deadline once passed: the initiative is then late.
 */
export function nextDeadline(
  state: LifecycleState,
  calendar: RoundCalendar,
  reviewTask: ReviewDue | null,
  now: string,
): NextDeadline | null {
  switch (state) {
    case 'draft': {
      const deadline = findMilestone(calendar, 'submissionDeadline');
      return deadline ? dated('submissionDeadline', milestoneAt(deadline)) : null;
    }
    case 'submitted':
    case 'inReview':
      return reviewTask ? dated('reviewDue', reviewDueAt(reviewTask, calendar)) : null;
    case 'costed':
    case 'inNegotiation': {
      for (const kind of negotiationMilestones) {
        const milestone = findMilestone(calendar, kind);
        if (milestone && Date.parse(milestoneAt(milestone)) >= Date.parse(now)) {
          return dated(kind, milestoneAt(milestone));
        }
      }
      return null;
    }
    case 'included':
    case 'merged':
    case 'rejected':
    case 'withdrawn':
      return null;
  }
}

function dated(kind: NextDeadlineKind, at: string): NextDeadline {
  return { kind, label: nextDeadlineLabels[kind], at };
}
