import { commandActionLabels, mergeSchema } from '@budgetflow/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { InitiativeDetail } from '../../api/types';
import { Loading, ProblemMessage } from '../Status';
import { CommandForm } from './CommandForm';
import { confirmationOf } from './command-texts';
import { describedBy, FieldError, Necessity, TextAreaField } from './fields';
import {
  showFieldProblems,
  useCommandSubmission,
  withoutEmptyComment,
} from './use-command-submission';
import { useMergeCandidates } from './use-merge-candidates';

type MergeValues = z.input<typeof mergeSchema>;
type MergeBody = z.output<typeof mergeSchema>;

const schemaResolver = zodResolver(mergeSchema);

// The schema words a wrong number for one typed in; here it is chosen, so an empty choice is
// asked for as a choice.
const resolver: Resolver<MergeValues, unknown, MergeBody> = (values, context, options) =>
  values.into
    ? schemaResolver(values, context, options)
    : {
        values: {},
        errors: {
          into: { type: 'required', message: 'Vælg det forslag, det skal indarbejdes i' },
        },
      };

/** Folding the initiative into another: the target is chosen among those that can take it. */
export function MergeForm({
  roundId,
  initiative,
  onCancel,
  onDone,
}: {
  roundId: string;
  initiative: InitiativeDetail;
  onCancel: () => void;
  onDone: (confirmation: string) => void;
}) {
  const submission = useCommandSubmission(roundId, initiative.number);
  const { candidates, isPending, error } = useMergeCandidates(roundId, initiative.number);
  const advised = initiative.review?.assessment.canBeMergedInto ?? '';
  const form = useForm<MergeValues, unknown, MergeBody>({
    resolver,
    defaultValues: { into: advised, comment: '' },
  });
  const onSubmit = form.handleSubmit(async (body) => {
    try {
      await submission.send('merge', withoutEmptyComment(body));
      onDone(confirmationOf('merge', initiative.number, body.into));
    } catch (problem) {
      showFieldProblems(problem, form.setError, ['into', 'comment']);
    }
  });
  if (isPending) return <Loading what="rundens forslag" />;
  if (error) return <ProblemMessage error={error} title="Kunne ikke hente rundens forslag" />;
  const intoError = form.formState.errors.into?.message;
  return (
    <CommandForm
      onSubmit={(event) => void onSubmit(event)}
      submitLabel={commandActionLabels.merge}
      pending={submission.pending}
      error={submission.error}
      onCancel={onCancel}
    >
      <div className="field">
        <label htmlFor="merge-into">
          Indarbejdes i forslag
          <Necessity required />
        </label>
        {advised ? (
          <p id="merge-into-hint" className="hint">
            Administrationen har vurderet, at forslaget kan indarbejdes i forslag {advised}.
          </p>
        ) : null}
        <select
          id="merge-into"
          aria-required
          aria-invalid={intoError ? true : undefined}
          aria-describedby={describedBy(
            advised ? 'merge-into-hint' : null,
            intoError ? 'merge-into-error' : null,
          )}
          {...form.register('into')}
        >
          <option value="">Vælg forslag</option>
          {candidates.map((candidate) => (
            <option key={candidate.number} value={candidate.number}>
              {candidate.number} {candidate.title}
            </option>
          ))}
        </select>
        <FieldError id="merge-into-error" message={intoError} />
      </div>
      <TextAreaField
        id="merge-comment"
        label="Kommentar"
        required={false}
        error={form.formState.errors.comment?.message}
        registration={form.register('comment')}
      />
    </CommandForm>
  );
}
