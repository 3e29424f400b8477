import type { CommandType } from '../lifecycle/commands';
import { isTerminal, type LifecycleState } from '../lifecycle/states';
import { REVIEW_DUE_TIME, type RoundCalendar } from './calendar';
import { formatDanishLocalDate, instantOf, type LocalDate, localDateOf } from './time';
import { addWorkingDays, isWorkingDay } from './working-days';

/**
 * The administration's task for a submitted initiative: review and cost it by its due date. It
 * opens on submission and closes when the review is completed (or the initiative ends first).
 */
export interface ReviewTask {
  readonly number: string;
  readonly title: string;
  readonly partyGroups: readonly string[];
  readonly submittedAt: string;
  /** A due date set for this initiative, replacing the round's default. */
  readonly dueOverride: LocalDate | null;
  readonly closedAt: string | null;
}

/** What the due date is made of: when the initiative was submitted, and a date set by hand. */
export type ReviewDue = Pick<ReviewTask, 'submittedAt' | 'dueOverride'>;

/** The due date: the override, else the round's number of working days after submission. */
export function reviewDueDate(task: ReviewDue, calendar: RoundCalendar): LocalDate {
  return (
    task.dueOverride ?? addWorkingDays(localDateOf(task.submittedAt), calendar.reviewWorkingDays)
  );
}

export function reviewDueAt(task: ReviewDue, calendar: RoundCalendar): string {
  return instantOf(reviewDueDate(task, calendar), REVIEW_DUE_TIME);
}

export function isOverdue(task: ReviewTask, calendar: RoundCalendar, now: string): boolean {
  return task.closedAt === null && Date.parse(reviewDueAt(task, calendar)) < Date.parse(now);
}

/** What the round hears from an initiative after each of its steps. */
export interface InitiativeMoved {
  readonly number: string;
  readonly title: string;
  readonly partyGroups: readonly string[];
  readonly command: CommandType | 'create';
  readonly state: LifecycleState;
  readonly at: string;
}

/**
 * Whether a step can open or close a review task: a submission, a completed review or an end.
 * The initiative tells the round of these only; the other steps would change nothing there.
 */
export function concernsReviewTasks(moved: Pick<InitiativeMoved, 'command' | 'state'>): boolean {
  return (
    moved.command === 'submit' || moved.command === 'completeReview' || isTerminal(moved.state)
  );
}

/**
 * The review tasks after an initiative's step: a submission opens its task; a completed review,
 * or the initiative's end, closes it. Hearing the same step twice changes nothing.
 */
export function reviewTasksAfter(
  tasks: readonly ReviewTask[],
  moved: InitiativeMoved,
): { tasks: ReviewTask[]; opened: ReviewTask | null; closed: ReviewTask | null } {
  const existing = tasks.find((task) => task.number === moved.number);
  if (moved.command === 'submit' && !existing) {
    const opened: ReviewTask = {
      number: moved.number,
      title: moved.title,
      partyGroups: moved.partyGroups,
      submittedAt: moved.at,
      dueOverride: null,
      closedAt: null,
    };
    return { tasks: [...tasks, opened], opened, closed: null };
  }
  const ends = moved.command !== 'submit' && concernsReviewTasks(moved);
  if (existing && existing.closedAt === null && ends) {
    const closed: ReviewTask = { ...existing, closedAt: moved.at };
    return {
      tasks: tasks.map((task) => (task === existing ? closed : task)),
      opened: null,
      closed,
    };
  }
  return { tasks: [...tasks], opened: null, closed: null };
}

/** A due date set by hand must be a working day, and not before the initiative was submitted. */
export function reviewDueProblem(task: ReviewTask, dueDate: LocalDate): string | null {
  if (!isWorkingDay(dueDate)) {
    return `Fristen for den administrative behandling skal ligge på en arbejdsdag; ${formatDanishLocalDate(dueDate)} er ikke en arbejdsdag`;
  }
  if (dueDate < localDateOf(task.submittedAt)) {
    return `Fristen kan ikke ligge før forslaget blev indsendt (${formatDanishLocalDate(localDateOf(task.submittedAt))})`;
  }
  return null;
}
