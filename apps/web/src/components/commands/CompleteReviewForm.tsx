import { commandActionLabels } from '@budgetflow/domain';
import type { InitiativeDetail } from '../../api/types';
import { CommandForm } from './CommandForm';
import { confirmationOf } from './command-texts';
import { reviewFields, useReviewForm } from './review-form';
import { ReviewFields } from './ReviewFields';
import { showFieldProblems, useCommandSubmission } from './use-command-submission';
import { useMergeCandidates } from './use-merge-candidates';

/** The administration's review: its comments and its assessment of the initiative. */
export function CompleteReviewForm({
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
  const { candidates } = useMergeCandidates(roundId, initiative.number);
  const form = useReviewForm();
  const onSubmit = form.handleSubmit(async (body) => {
    try {
      await submission.send('completeReview', body);
      onDone(confirmationOf('completeReview', initiative.number));
    } catch (error) {
      showFieldProblems(error, form.setError, reviewFields);
    }
  });
  return (
    <CommandForm
      onSubmit={(event) => void onSubmit(event)}
      submitLabel={commandActionLabels.completeReview}
      pending={submission.pending}
      error={submission.error}
      onCancel={onCancel}
    >
      <ReviewFields form={form} idPrefix="review" candidates={candidates} />
    </CommandForm>
  );
}
