import { stanceLabels, stanceSchema, stances } from '@budgetflow/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { StanceChange } from '../../api/support';
import type { PartyStance } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { CommandForm } from '../../components/commands/CommandForm';
import { FieldError, Necessity, TextAreaField } from '../../components/commands/fields';
import {
  showFieldProblems,
  withoutEmptyComment,
} from '../../components/commands/use-command-submission';
import { useSendKey } from '../packages/send-key';

/** What is being asked about, and where that party group stands on it now. */
export interface StanceQuestion {
  /** E.g. "forslag 4.5 Flere hænder" or "pakken Forligspakke A". */
  readonly subject: string;
  readonly current: Pick<PartyStance, 'partyGroup' | 'stance' | 'comment'>;
}

/**
 * Sets a party group's stance on an initiative or a package: for, against or undecided, and
 * what the party said. The same for both, so the parties meet one form. It stays mounted while
 * it closes, so that the browser gives the focus back to the button that opened it.
 */
export function StanceDialog({
  open,
  question,
  onClose,
  save,
  pending,
  error,
}: {
  open: boolean;
  question: StanceQuestion;
  onClose: () => void;
  /** Sends the stance; resolves once the API has it, rejects with its refusal. */
  save: (change: StanceChange) => Promise<unknown>;
  pending: boolean;
  error: unknown;
}) {
  return (
    <Dialog open={open} title={`Holdning for ${question.current.partyGroup}`} onClose={onClose}>
      <StanceForm
        question={question}
        onCancel={onClose}
        save={save}
        pending={pending}
        error={error}
      />
    </Dialog>
  );
}

function StanceForm({
  question,
  onCancel,
  save,
  pending,
  error,
}: {
  question: StanceQuestion;
  onCancel: () => void;
  save: (change: StanceChange) => Promise<unknown>;
  pending: boolean;
  error: unknown;
}) {
  const keyFor = useSendKey();
  const { partyGroup, stance, comment } = question.current;
  const form = useForm({
    resolver: zodResolver(stanceSchema),
    defaultValues: { stance, comment: comment ?? '' },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const body = withoutEmptyComment(values);
    try {
      await save({ partyGroup, body, idempotencyKey: keyFor(body) });
    } catch (refusal) {
      showFieldProblems(refusal, form.setError, ['stance', 'comment']);
    }
  });
  const stanceError = form.formState.errors.stance?.message;
  return (
    <CommandForm
      onSubmit={(event) => void onSubmit(event)}
      submitLabel="Gem holdning"
      pending={pending}
      error={error}
      onCancel={onCancel}
    >
      <p className="dialog-subject">
        Hvad mener {partyGroup} om {question.subject}?
      </p>
      <fieldset
        className="field stance-choices"
        aria-describedby={stanceError ? 'stance-choice-error' : undefined}
      >
        <legend>
          Holdning
          <Necessity required />
        </legend>
        {stances.map((one) => (
          <label key={one} className="radio">
            <input type="radio" value={one} {...form.register('stance')} />
            {stanceLabels[one]}
          </label>
        ))}
        <FieldError id="stance-choice-error" message={stanceError} />
      </fieldset>
      <TextAreaField
        id="stance-comment"
        label="Kommentar"
        required={false}
        hint="Fx hvad partiet har sagt ved forhandlingsbordet."
        error={form.formState.errors.comment?.message}
        registration={form.register('comment')}
        rows={3}
      />
    </CommandForm>
  );
}
