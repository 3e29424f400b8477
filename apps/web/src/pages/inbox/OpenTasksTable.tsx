import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { StateBadge } from '../../components/StateBadge';
import { localDate } from '../../format';
import { type InboxTask, submittedByOf } from './review-tasks';

/** The open review and costing tasks, most pressing first, each with its "Behandl" button. */
export function OpenTasksTable({
  roundId,
  tasks,
  onProcess,
}: {
  roundId: string;
  tasks: readonly InboxTask[];
  onProcess: (task: InboxTask) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="task-table">
        <caption>Åbne opgaver: administrativ behandling og prisfastsættelse</caption>
        <thead>
          <tr>
            <th scope="col">Forslag</th>
            <th scope="col">Forslagsstiller</th>
            <th scope="col">Status</th>
            <th scope="col">Frist</th>
            <th scope="col">
              <span className="visually-hidden">Handling</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.number} className={task.overdue ? 'task-overdue' : undefined}>
              <td>
                <Link to={paths.initiative(roundId, task.number)}>
                  <span className="task-number">{task.number}</span> {task.title}
                </Link>
              </td>
              <td>{submittedByOf(task)}</td>
              <td>
                {task.initiative ? (
                  <StateBadge state={task.initiative.state} label={task.initiative.stateLabel} />
                ) : null}
              </td>
              <td>
                <span className="task-due">
                  <time dateTime={task.dueAt} title={task.dueText}>
                    Frist {localDate(task.dueDate)}
                  </time>
                  {task.overdue ? (
                    <span className="badge task-overdue-badge">Overskredet</span>
                  ) : null}
                </span>
              </td>
              <td>
                <button
                  type="button"
                  className="button-primary"
                  aria-label={`Behandl forslag ${task.number}`}
                  onClick={() => onProcess(task)}
                >
                  Behandl
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
