import { reasonSchema } from '@budgetflow/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useCommand } from '../../api/initiatives';
import { Dialog } from '../../components/Dialog';
import { ProblemMessage } from '../../components/Status';

/** "Træk tilbage": a draft is withdrawn with a reason the other submitters can read. */
export function WithdrawDialog({
  open,
  roundId,
  number,
  onClose,
  onWithdrawn,
}: {
  open: boolean;
  roundId: string;
  number: string;
  onClose: () => void;
  onWithdrawn: () => void;
}) {
  return (
    <Dialog open={open} title={`Træk forslag ${number} tilbage`} onClose={onClose}>
      <WithdrawForm roundId={roundId} number={number} onClose={onClose} onWithdrawn={onWithdrawn} />
    </Dialog>
  );
}

function WithdrawForm({
  roundId,
  number,
  onClose,
  onWithdrawn,
}: {
  roundId: string;
  number: string;
  onClose: () => void;
  onWithdrawn: () => void;
}) {
  const command = useCommand(roundId, number);
  // One key for this withdrawal and its retries; the dialog gets a new one each time it opens.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<{ reason: string }>({
    defaultValues: { reason: '' },
    resolver: zodResolver(reasonSchema),
  });
  const error = form.formState.errors.reason?.message;
  const submit = form.handleSubmit(async ({ reason }) => {
    try {
      await command.mutateAsync({ command: 'withdraw', body: { reason }, idempotencyKey });
      onWithdrawn();
    } catch {
      // The refusal is shown from command.error.
    }
  });
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <p>
        Kladden trækkes tilbage og kan ikke længere indsendes. Begrundelsen kan ses i historikken.
      </p>
      <div className="field">
        <label htmlFor="withdraw-reason">Begrundelse</label>
        <textarea
          id="withdraw-reason"
          rows={4}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'withdraw-reason-error' : undefined}
          {...form.register('reason')}
        />
        {error ? (
          <p className="field-error" id="withdraw-reason-error">
            {error}
          </p>
        ) : null}
      </div>
      <ProblemMessage error={command.error} title="Forslaget blev ikke trukket tilbage" />
      <div className="dialog-actions">
        <button type="submit" className="button-danger" disabled={command.isPending}>
          {command.isPending ? 'Trækker tilbage …' : 'Træk forslaget tilbage'}
        </button>
        <button type="button" className="button-quiet" onClick={onClose}>
          Annuller
        </button>
      </div>
    </form>
  );
}
