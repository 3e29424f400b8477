import type { Role } from '../actor';
import { agendaDeadlineOf, milestoneAt, type MilestoneKind, type RoundCalendar } from './calendar';
import { reviewDueAt, type ReviewTask } from './review-task';

/** A dated entry of someone's calendar: a milestone, an agenda deadline or a review's due date. */
export interface CalendarEntry {
  readonly kind: MilestoneKind | 'agendaDeadline' | 'reviewDue';
  /** Unique within the round, stable across changes: the feed's event id is built from it. */
  readonly id: string;
  readonly title: string;
  readonly at: string;
  readonly number?: string;
  readonly milestoneId?: string;
}

export interface Viewer {
  readonly role: Role;
  readonly partyGroups: readonly string[];
}

/**
 * The round's dates that concern the viewer: everyone sees the milestones and meetings; the
 * administration and the coordinators also see agenda deadlines and when each review is due.
 */
export function calendarEntriesFor(
  viewer: Viewer,
  calendar: RoundCalendar,
  reviewTasks: readonly ReviewTask[],
): CalendarEntry[] {
  const entries: CalendarEntry[] = calendar.milestones.map((milestone) => ({
    kind: milestone.kind,
    id: `milestone/${milestone.id}`,
    title: milestone.title,
    at: milestoneAt(milestone),
    milestoneId: milestone.id,
  }));
  if (viewer.role === 'administration' || viewer.role === 'coordinator') {
    for (const milestone of calendar.milestones) {
      if (!milestone.meeting) continue;
      entries.push({
        kind: 'agendaDeadline',
        id: `agenda/${milestone.id}`,
        title: `Frist for materiale til ${milestone.title}`,
        at: agendaDeadlineOf({ ...milestone, meeting: milestone.meeting }).at,
        milestoneId: milestone.id,
      });
    }
    for (const task of reviewTasks) {
      if (task.closedAt !== null) continue;
      entries.push({
        kind: 'reviewDue',
        id: `review/${task.number}`,
        title: `Administrativ behandling af forslag ${task.number} ${task.title}`,
        at: reviewDueAt(task, calendar),
        number: task.number,
      });
    }
  }
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
}

/** The entries from `now` on. */
export function upcomingDeadlinesFor(
  viewer: Viewer,
  calendar: RoundCalendar,
  reviewTasks: readonly ReviewTask[],
  now: string,
): CalendarEntry[] {
  return calendarEntriesFor(viewer, calendar, reviewTasks).filter(
    (entry) => Date.parse(entry.at) >= Date.parse(now),
  );
}
