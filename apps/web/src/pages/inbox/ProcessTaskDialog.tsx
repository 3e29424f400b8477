import { useInitiative } from '../../api/initiatives';
import { ReviewAndCostingForm } from '../../components/commands';
import { Dialog } from '../../components/Dialog';
import { Loaded } from '../../components/Status';
import { InitiativeEssentials } from './InitiativeEssentials';
import type { InboxTask } from './review-tasks';

/**
 * A task worked from the inbox: the initiative's key content beside the form that completes its
 * review and costing, so the administration need not leave the list.
 */
export function ProcessTaskDialog({
  roundId,
  task,
  onClose,
  onDone,
}: {
  roundId: string;
  task: InboxTask | null;
  onClose: () => void;
  onDone: (task: InboxTask, confirmation: string) => void;
}) {
  return (
    <Dialog
      open={task !== null}
      title={task ? `Behandl forslag ${task.number} ${task.title}` : 'Behandl forslag'}
      onClose={onClose}
    >
      {task ? (
        <TaskContent
          roundId={roundId}
          task={task}
          onDone={(confirmation) => onDone(task, confirmation)}
        />
      ) : null}
    </Dialog>
  );
}

function TaskContent({
  roundId,
  task,
  onDone,
}: {
  roundId: string;
  task: InboxTask;
  onDone: (confirmation: string) => void;
}) {
  const initiative = useInitiative(roundId, task.number);
  return (
    <div className="process-task">
      <Loaded query={initiative} what={`forslag ${task.number}`}>
        {(detail) => (
          <>
            <InitiativeEssentials initiative={detail} />
            <ReviewAndCostingForm roundId={roundId} initiative={detail} onDone={onDone} />
          </>
        )}
      </Loaded>
    </div>
  );
}
