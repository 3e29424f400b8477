import { refusal, type Refusal } from '../lifecycle/refusal';
import { findMilestone, milestoneAt, type RoundCalendar } from './calendar';
import { formatDanishDateTime } from './time';

/**
 * What an initiative needs to know about its round to be submitted: the deadline, and whether a
 * coordinator has allowed it in late. The round owns both; the submission carries them.
 */
export interface SubmissionWindow {
  /** The submission deadline as an instant, or null while the round has none. */
  readonly deadline: string | null;
  readonly lateAllowed: boolean;
}

export function submissionWindow(calendar: RoundCalendar, lateAllowed: boolean): SubmissionWindow {
  const deadline = findMilestone(calendar, 'submissionDeadline');
  return { deadline: deadline ? milestoneAt(deadline) : null, lateAllowed };
}

/** Whether a submission at `at` comes after the deadline. */
export function isLate(window: SubmissionWindow | undefined, at: string): boolean {
  return !!window?.deadline && Date.parse(at) > Date.parse(window.deadline);
}

/** After the deadline, only a submission a coordinator has allowed in late is accepted. */
export function lateSubmissionRefusal(
  window: SubmissionWindow | undefined,
  at: string,
): Refusal | null {
  if (!window || !isLate(window, at) || window.lateAllowed) return null;
  return refusal(
    'deadlinePassed',
    `Fristen for indsendelse var ${formatDanishDateTime(window.deadline!)}; ` +
      'en koordinator kan tillade, at forslaget indsendes for sent',
  );
}
