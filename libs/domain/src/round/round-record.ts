import type { RoundCalendar } from '../calendar/calendar';
import type { ReviewTask } from '../calendar/review-task';
import type { Round } from './round';

/** A coordinator's permission for one initiative to be submitted after the deadline. */
export interface LateSubmission {
  readonly number: string;
  readonly allowedBy: string;
  readonly at: string;
  readonly comment: string | null;
}

/**
 * Everything a round holds besides its initiatives: as the round's workflow keeps it and as the
 * read model stores it.
 */
export interface RoundRecord {
  readonly round: Round;
  readonly calendar: RoundCalendar;
  readonly calendarVersion: number;
  /** Bumped on every change: an older projection never overwrites a newer one. */
  readonly version: number;
  readonly lateSubmissions: readonly LateSubmission[];
  readonly reviewTasks: readonly ReviewTask[];
}
