import type { InitiativeDetail } from '../../api/types';
import { Dialog } from '../Dialog';
import { dialogTitleOf } from './command-texts';
import { CommentForm } from './CommentForm';
import { CompleteReviewForm } from './CompleteReviewForm';
import { CostForm } from './CostForm';
import { MergeForm } from './MergeForm';
import { ReasonForm } from './ReasonForm';
import type { DialogCommand } from './use-command-submission';

export type { DialogCommand };

/**
 * A command given to an initiative, in a dialog with the form that command needs. The form is
 * made when the dialog opens (and with it the submission's idempotency key) and dropped when it
 * closes; a refusal keeps it open with what was typed.
 */
export function CommandDialog({
  roundId,
  initiative,
  command,
  open,
  onClose,
  onDone,
}: {
  roundId: string;
  initiative: InitiativeDetail;
  command: DialogCommand;
  open: boolean;
  onClose: () => void;
  /** Called once the command has gone through, with the sentence that says so. */
  onDone: (confirmation: string) => void;
}) {
  return (
    <Dialog open={open} title={dialogTitleOf(command, initiative.number)} onClose={onClose}>
      <p className="dialog-subject">
        {initiative.number} {initiative.title}
      </p>
      <CommandFormOf
        roundId={roundId}
        initiative={initiative}
        command={command}
        onCancel={onClose}
        onDone={onDone}
      />
    </Dialog>
  );
}

function CommandFormOf(props: {
  roundId: string;
  initiative: InitiativeDetail;
  command: DialogCommand;
  onCancel: () => void;
  onDone: (confirmation: string) => void;
}) {
  const { command } = props;
  switch (command) {
    case 'submit':
    case 'startReview':
    case 'openNegotiation':
    case 'include':
      return <CommentForm {...props} command={command} />;
    case 'reject':
    case 'withdraw':
      return <ReasonForm {...props} command={command} />;
    case 'completeReview':
      return <CompleteReviewForm {...props} />;
    case 'cost':
      return <CostForm {...props} />;
    case 'merge':
      return <MergeForm {...props} />;
  }
}
