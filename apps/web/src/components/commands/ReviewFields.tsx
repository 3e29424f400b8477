import { assessmentLabels } from '@budgetflow/domain';
import type { InitiativeListItem } from '../../api/types';
import { describedBy, FieldError, Necessity, TextAreaField } from './fields';
import type { ReviewForm } from './review-form';

const conclusions = Object.keys(assessmentLabels) as (keyof typeof assessmentLabels)[];

/** "Administrationens bemærkninger": comments, the assessment, and a merge it may advise. */
export function ReviewFields({
  form,
  idPrefix,
  candidates,
}: {
  form: ReviewForm;
  idPrefix: string;
  candidates: readonly InitiativeListItem[];
}) {
  const { errors } = form.formState;
  const conclusionError = errors.assessment?.conclusion?.message;
  const mergeError = errors.assessment?.canBeMergedInto?.message;
  const conclusionErrorId = `${idPrefix}-conclusion-error`;
  const mergeId = `${idPrefix}-merge`;
  return (
    <>
      <TextAreaField
        id={`${idPrefix}-comments`}
        label="Administrationens bemærkninger"
        required
        rows={6}
        error={errors.comments?.message}
        registration={form.register('comments')}
      />
      <fieldset
        className="field"
        aria-invalid={conclusionError ? true : undefined}
        aria-describedby={conclusionError ? conclusionErrorId : undefined}
      >
        <legend>
          Vurdering
          <Necessity required />
        </legend>
        {conclusions.map((conclusion) => (
          <label key={conclusion} className="radio">
            <input type="radio" value={conclusion} {...form.register('assessment.conclusion')} />
            {assessmentLabels[conclusion]}
          </label>
        ))}
        <FieldError id={conclusionErrorId} message={conclusionError} />
      </fieldset>
      <div className="field">
        <label htmlFor={mergeId}>
          Kan indarbejdes i forslag
          <Necessity required={false} />
        </label>
        <select
          id={mergeId}
          aria-invalid={mergeError ? true : undefined}
          aria-describedby={describedBy(mergeError ? `${mergeId}-error` : null)}
          {...form.register('assessment.canBeMergedInto', {
            setValueAs: (value: string | null) => (value ? value : null),
          })}
        >
          <option value="">Intet forslag</option>
          {candidates.map((candidate) => (
            <option key={candidate.number} value={candidate.number}>
              {candidate.number} {candidate.title}
            </option>
          ))}
        </select>
        <FieldError id={`${mergeId}-error`} message={mergeError} />
      </div>
    </>
  );
}
