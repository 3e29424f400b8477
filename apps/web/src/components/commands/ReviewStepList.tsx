import { type ReviewStep, reviewStepLabels, reviewSteps } from './review-steps';

/** Which steps of the review are taken, which one is under way, which one failed. */
export function ReviewStepList({
  left,
  running,
  failed,
}: {
  left: readonly ReviewStep[];
  running: ReviewStep | null;
  failed: ReviewStep | null;
}) {
  const status = (step: ReviewStep) =>
    !left.includes(step)
      ? 'Udført'
      : step === running
        ? 'I gang …'
        : step === failed
          ? 'Ikke gennemført'
          : 'Mangler';
  return (
    <ol className="review-steps" aria-label="Trin i behandlingen">
      {reviewSteps.map((step) => {
        const text = status(step);
        return (
          <li
            key={step}
            className={`review-step review-step-${text === 'Udført' ? 'done' : 'left'}`}
          >
            <span aria-hidden="true" className="review-step-mark">
              {text === 'Udført' ? '✓' : '○'}
            </span>{' '}
            {reviewStepLabels[step]}: <strong>{text}</strong>
          </li>
        );
      })}
    </ol>
  );
}
