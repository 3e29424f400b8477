import { compareInitiativeNumbers } from '@budgetflow/domain';
import type { InitiativeListItem, ReviewTask } from '../../api/types';

/** A review task with the state its initiative is in now (when the list has it). */
export interface InboxTask extends ReviewTask {
  readonly initiative: InitiativeListItem | undefined;
}

/**
 * The open tasks, joined with the initiatives for their state: overdue first, then by due date,
 * then by number, so the most pressing is always on top.
 */
export function openTasks(
  tasks: readonly ReviewTask[],
  initiatives: readonly InitiativeListItem[],
): InboxTask[] {
  return tasks
    .filter((task) => task.closedAt === null)
    .map((task) => ({
      ...task,
      initiative: initiatives.find((initiative) => initiative.number === task.number),
    }))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        Date.parse(a.dueAt) - Date.parse(b.dueAt) ||
        compareInitiativeNumbers(a.number, b.number),
    );
}

/** The tasks done, the latest first. */
export function closedTasks(tasks: readonly ReviewTask[]): ReviewTask[] {
  return tasks
    .filter((task) => task.closedAt !== null)
    .sort((a, b) => Date.parse(b.closedAt!) - Date.parse(a.closedAt!));
}

/** Who put the initiative forward; no party group means the administration did. */
export function submittedByOf(task: Pick<ReviewTask, 'partyGroups'>): string {
  return task.partyGroups.length ? task.partyGroups.join(', ') : 'Administrationen';
}
