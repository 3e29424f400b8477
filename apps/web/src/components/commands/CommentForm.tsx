import { commandActionLabels, commentSchema } from '@budgetflow/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { InitiativeDetail } from '../../api/types';
import { CommandForm } from './CommandForm';
import { confirmationOf } from './command-texts';
import { TextAreaField } from './fields';
import {
  type DialogCommand,
  showFieldProblems,
  useCommandSubmission,
  withoutEmptyComment,
} from './use-command-submission';

export type CommentCommand = Extract<
  DialogCommand,
  'submit' | 'startReview' | 'openNegotiation' | 'include'
>;

const hints: Record<CommentCommand, string> = {
  submit: 'Når forslaget er indsendt, kan det ikke længere redigeres.',
  startReview:
    'Forslagsstilleren kan se, at administrationen har taget forslaget under behandling.',
  openNegotiation: 'Forslaget indgår derefter i forhandlingerne om budgetaftalen.',
  include: 'Forslaget bliver en del af budgetaftalen.',
};

/** A step that needs nothing but, perhaps, a word on why. */
export function CommentForm({
  roundId,
  initiative,
  command,
  onCancel,
  onDone,
}: {
  roundId: string;
  initiative: InitiativeDetail;
  command: CommentCommand;
  onCancel: () => void;
  onDone: (confirmation: string) => void;
}) {
  const submission = useCommandSubmission(roundId, initiative.number);
  const form = useForm({ resolver: zodResolver(commentSchema), defaultValues: { comment: '' } });
  const onSubmit = form.handleSubmit(async (body) => {
    try {
      await submission.send(command, withoutEmptyComment(body));
      onDone(confirmationOf(command, initiative.number));
    } catch (error) {
      showFieldProblems(error, form.setError, ['comment']);
    }
  });
  return (
    <CommandForm
      onSubmit={(event) => void onSubmit(event)}
      submitLabel={commandActionLabels[command]}
      pending={submission.pending}
      error={submission.error}
      onCancel={onCancel}
    >
      <p>{hints[command]}</p>
      <TextAreaField
        id="command-comment"
        label="Kommentar"
        required={false}
        error={form.formState.errors.comment?.message}
        registration={form.register('comment')}
      />
    </CommandForm>
  );
}
