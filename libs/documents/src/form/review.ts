import type { InitiativeReference } from './references';

/** The administration's comments and what they conclude, in the review's words. */
export interface ImportedReview {
  /** "Administrationens bemærkninger" */
  readonly comments: string;
  readonly assessment: {
    /** null when the comments do not say it in so many words. */
    readonly conclusion: 'requiresFunding' | 'withinExistingFrame' | null;
    readonly canBeMergedInto: string | null;
  };
}

const withinFrame = [
  /inden\s*for\s+(den\s+)?(eksisterende|nuværende|givne)\s+(økonomiske\s+)?ramme/i,
  /uden\s+(merudgift|meromkostning|tilførsel\s+af\s+(nye\s+)?midler)/i,
  /kræver\s+ikke\s+(ny\s+|yderligere\s+)?(finansiering|bevilling|midler)/i,
];
const requiresFunding = [
  /(kræver|forudsætter)\s+(ny\s+|yderligere\s+|særskilt\s+)?(finansiering|bevilling)/i,
  /(kræver|forudsætter)\s+(at\s+der\s+afsættes\s+)?(nye|yderligere)\s+midler/i,
];

/**
 * The review as far as the form tells it. A conclusion is read only from the administration's
 * own wording of one; comments that say both, or neither, leave it open.
 */
export function readReview(
  comments: string,
  references: readonly InitiativeReference[],
): ImportedReview {
  const within = withinFrame.some((pattern) => pattern.test(comments));
  const requires = requiresFunding.some((pattern) => pattern.test(comments));
  const mergeTargets = [
    ...new Set(
      references
        .filter((r) => r.field === 'review.comments' && r.relation === 'canBeMergedInto')
        .map((r) => r.number),
    ),
  ];
  return {
    comments,
    assessment: {
      conclusion: within === requires ? null : within ? 'withinExistingFrame' : 'requiresFunding',
      canBeMergedInto: mergeTargets.length === 1 ? mergeTargets[0]! : null,
    },
  };
}
