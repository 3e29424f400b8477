import { commandActionLabels, reasonSchema } from '@budgetflow/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { InitiativeDetail } from '../../api/types';
import { CommandForm } from './CommandForm';
import { confirmationOf } from './command-texts';
import { TextAreaField } from './fields';
import { showFieldProblems, useCommandSubmission } from './use-command-submission';

const hints = {
  reject: 'Begrundelsen står i forslagets forløb, og forslagsstilleren får besked.',
  withdraw: 'Et forslag, der er trukket tilbage, kan ikke genoptages.',
} as const;

/** Ending an initiative (rejecting or withdrawing it) always says why. */
export function ReasonForm({
  roundId,
  initiative,
  command,
  onCancel,
  onDone,
}: {
  roundId: string;
  initiative: InitiativeDetail;
  command: 'reject' | 'withdraw';
  onCancel: () => void;
  onDone: (confirmation: string) => void;
}) {
  const submission = useCommandSubmission(roundId, initiative.number);
  const form = useForm({ resolver: zodResolver(reasonSchema), defaultValues: { reason: '' } });
  const onSubmit = form.handleSubmit(async (body) => {
    try {
      await submission.send(command, body);
      onDone(confirmationOf(command, initiative.number));
    } catch (error) {
      showFieldProblems(error, form.setError, ['reason']);
    }
  });
  return (
    <CommandForm
      onSubmit={(event) => void onSubmit(event)}
      submitLabel={commandActionLabels[command]}
      pending={submission.pending}
      error={submission.error}
      onCancel={onCancel}
      danger
    >
      <TextAreaField
        id="command-reason"
        label="Begrundelse"
        required
        hint={hints[command]}
        error={form.formState.errors.reason?.message}
        registration={form.register('reason')}
      />
    </CommandForm>
  );
}
