import { type FormEvent, useRef, useState } from 'react';
import { useCommand, useInitiative } from '../../api/initiatives';
import type { Initiative } from '../../api/types';
import { ProblemMessage } from '../Status';
import { CostingFields } from './CostingFields';
import { StepSummary } from './StepSummary';
import { reviewFields, type ReviewBody, useReviewForm } from './review-form';
import { ReviewFields } from './ReviewFields';
import {
  isUnderReview,
  newest,
  type ReviewStep,
  reviewStepLabels,
  reviewSteps,
  reviewStepsLeft,
} from './review-steps';
import { ReviewStepList } from './ReviewStepList';
import { showFieldProblems } from './use-command-submission';
import { focusFirstInvalid, useCostingForm } from './use-costing-form';
import { useMergeCandidates } from './use-merge-candidates';

/**
 * The administration's whole review from one form: start the review if it is not started, give
 * the comments and assessment, then cost it. Each step has its own idempotency key, kept for its
 * retries; after a failure the steps already taken are not taken again (what is left is read from
 * the initiative anew).
 */
export function ReviewAndCostingForm({
  roundId,
  initiative,
  onDone,
}: {
  roundId: string;
  initiative: Initiative;
  onDone: (confirmation: string) => void;
}) {
  const { number } = initiative;
  const fresh = useInitiative(roundId, number);
  const [answered, setAnswered] = useState<Initiative | null>(null);
  const current = newest(newest(initiative, fresh.data), answered);
  const left = reviewStepsLeft(current);
  const [keys] = useState(
    () =>
      Object.fromEntries(reviewSteps.map((step) => [step, crypto.randomUUID()])) as Record<
        ReviewStep,
        string
      >,
  );
  const command = useCommand(roundId, number);
  const reviewForm = useReviewForm();
  const costing = useCostingForm(initiative);
  const { candidates } = useMergeCandidates(roundId, number);
  const [running, setRunning] = useState<ReviewStep | null>(null);
  const [failure, setFailure] = useState<{ step: ReviewStep; error: unknown } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const validReview = () =>
    new Promise<ReviewBody | null>((resolve) => {
      void reviewForm.handleSubmit(resolve, () => resolve(null))();
    });

  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    // Everything that is left is checked before the first step is taken.
    const review = left.includes('completeReview') ? await validReview() : null;
    const cost = left.includes('cost') ? costing.validate() : null;
    if ((left.includes('completeReview') && !review) || (left.includes('cost') && !cost)) {
      focusFirstInvalid(formRef.current);
      return;
    }
    setFailure(null);
    const bodies: Record<ReviewStep, Record<string, unknown>> = {
      startReview: {},
      completeReview: { ...review },
      cost: { ...cost },
    };
    for (const step of left) {
      setRunning(step);
      try {
        setAnswered(
          await command.mutateAsync({
            command: step,
            body: bodies[step],
            idempotencyKey: keys[step],
          }),
        );
      } catch (error) {
        setRunning(null);
        setFailure({ step, error });
        if (step === 'completeReview') showFieldProblems(error, reviewForm.setError, reviewFields);
        if (step === 'cost') costing.showProblem(error, cost);
        // What is left is read from the initiative as it now is.
        void fresh.refetch();
        return;
      }
    }
    setRunning(null);
    onDone(`Forslag ${number} er behandlet og prisfastsat.`);
  };

  if (!isUnderReview(current) || left.length === 0) {
    return (
      <div className="review-and-costing">
        {current.costing ? <ReviewStepList left={[]} running={null} failed={null} /> : null}
        <p className="alert alert-info">
          {current.costing
            ? `Forslag ${number} er behandlet og prisfastsat.`
            : `Forslag ${number} er ikke til administrativ behandling (${current.stateLabel}).`}
        </p>
      </div>
    );
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void run(event)}
      className="review-and-costing"
    >
      <ReviewStepList left={left} running={running} failed={failure?.step ?? null} />
      <h3>Administrationens bemærkninger</h3>
      {current.review ? (
        <StepSummary
          text={current.review.comments}
          note={`Afgivet. Vurdering: ${current.review.assessment.conclusionLabel}.`}
        />
      ) : (
        <ReviewFields form={reviewForm} idPrefix={`review-${number}`} candidates={candidates} />
      )}
      <h3>Prisfastsættelse</h3>
      <CostingFields
        form={costing.form}
        errors={costing.errors}
        years={costing.years}
        idPrefix={`costing-${number}`}
      />
      {failure ? (
        <ProblemMessage
          error={failure.error}
          title={`Trinnet "${reviewStepLabels[failure.step]}" blev ikke gennemført`}
        />
      ) : null}
      <div className="dialog-actions">
        <button type="submit" className="button-primary" disabled={running !== null}>
          {running
            ? `${reviewStepLabels[running]} …`
            : left.includes('completeReview')
              ? 'Afgiv bemærkninger og prisfastsæt'
              : 'Prisfastsæt'}
        </button>
      </div>
    </form>
  );
}
