import { Link } from 'react-router';
import type { ReviewTask } from '../../api/types';
import { paths } from '../../app/paths';
import { date } from '../../format';
import { submittedByOf } from './review-tasks';

/** The tasks already done, folded away: for looking something up, not for the day's work. */
export function ClosedTasks({ roundId, tasks }: { roundId: string; tasks: readonly ReviewTask[] }) {
  if (tasks.length === 0) return null;
  return (
    <section aria-labelledby="loeste-opgaver" className="closed-tasks">
      <h2 id="loeste-opgaver">Løste opgaver</h2>
      <details>
        <summary>
          Vis {tasks.length === 1 ? 'den løste opgave' : `de ${tasks.length} løste opgaver`}
        </summary>
        <ul className="closed-task-list">
          {tasks.map((task) => (
            <li key={task.number}>
              <Link to={paths.initiative(roundId, task.number)}>
                {task.number} {task.title}
              </Link>{' '}
              <span className="muted">
                ({submittedByOf(task)}) · løst {date(task.closedAt!)}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
