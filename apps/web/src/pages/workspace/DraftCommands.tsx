import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCommand, useInitiative } from '../../api/initiatives';
import { paths } from '../../app/paths';
import { ProblemMessage } from '../../components/Status';
import { WithdrawDialog } from './WithdrawDialog';

type CheckAndSave = (level: 'draft' | 'submission') => Promise<boolean>;

/** The draft's buttons: save now; once it exists on the server, submit or withdraw it. */
export function DraftCommands({
  roundId,
  number,
  formId,
  checkAndSave,
  onLeave,
}: {
  roundId: string;
  number: string | null;
  /** The form "Gem kladde" submits (the bar sits outside it, so the dialog's form is not nested). */
  formId: string;
  checkAndSave: CheckAndSave;
  /** The draft has left the editor (submitted or withdrawn): its browser copy can go. */
  onLeave: () => void;
}) {
  return (
    <div className="draft-commands">
      <button type="submit" form={formId}>
        Gem kladde
      </button>
      {number ? (
        <SavedDraftCommands
          roundId={roundId}
          number={number}
          checkAndSave={checkAndSave}
          onLeave={onLeave}
        />
      ) : (
        <span className="hint">Forslaget kan indsendes, når kladden er gemt.</span>
      )}
    </div>
  );
}

function SavedDraftCommands({
  roundId,
  number,
  checkAndSave,
  onLeave,
}: {
  roundId: string;
  number: string;
  checkAndSave: CheckAndSave;
  onLeave: () => void;
}) {
  const detail = useInitiative(roundId, number);
  const command = useCommand(roundId, number);
  const navigate = useNavigate();
  // One key for this page's submission and its retries: a repeated click is not a second step.
  const [submitKey] = useState(() => crypto.randomUUID());
  const [submitting, setSubmitting] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const may = (name: string) => detail.data?.actions.some((action) => action.command === name);

  const submit = async () => {
    setSubmitting(true);
    command.reset();
    try {
      if (!(await checkAndSave('submission'))) return;
      await command.mutateAsync({ command: 'submit', body: {}, idempotencyKey: submitKey });
      onLeave();
      void navigate(paths.initiative(roundId, number));
    } catch {
      // The refusal (e.g. the deadline has passed) is shown from command.error.
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      {may('submit') ? (
        <button
          type="button"
          className="button-primary"
          disabled={submitting}
          onClick={() => void submit()}
        >
          {submitting ? 'Indsender …' : 'Indsend'}
        </button>
      ) : null}
      {may('withdraw') ? (
        <button type="button" className="button-danger" onClick={() => setWithdrawing(true)}>
          Træk tilbage
        </button>
      ) : null}
      {may('submit') ? (
        <span className="hint">Et indsendt forslag kan ikke længere rettes.</span>
      ) : null}
      <div className="draft-refusal">
        <ProblemMessage error={command.error} title="Forslaget blev ikke indsendt" />
      </div>
      <WithdrawDialog
        open={withdrawing}
        roundId={roundId}
        number={number}
        onClose={() => setWithdrawing(false)}
        onWithdrawn={() => {
          setWithdrawing(false);
          onLeave();
          void navigate(paths.workspace(roundId));
        }}
      />
    </>
  );
}
