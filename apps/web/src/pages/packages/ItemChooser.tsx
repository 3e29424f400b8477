import { FieldError } from '../../components/commands/fields';
import { StateBadge } from '../../components/StateBadge';
import type { Candidate } from './candidates';
import { type DraftErrors, fieldId, itemField } from './package-body';
import type { DraftAction, PackageDraft } from './package-draft';

/** The round's initiatives to put in the package, one box each. */
export function ItemChooser({
  candidates,
  draft,
  errors,
  dispatch,
}: {
  candidates: readonly Candidate[];
  draft: PackageDraft;
  errors: DraftErrors;
  dispatch: (action: DraftAction) => void;
}) {
  const chosen = new Set(draft.items.map((item) => item.number));
  return (
    <fieldset className="item-chooser">
      <legend>Forslag i pakken ({chosen.size} valgt)</legend>
      <p className="hint">
        Budgetrundens indsendte forslag. Et forslag tages med, som det er; det kan tilpasses
        nedenfor, når det er valgt.
      </p>
      {candidates.length === 0 ? (
        <p className="empty">Der er endnu ingen indsendte forslag i budgetrunden.</p>
      ) : (
        <ul className="item-choices">
          {candidates.map((candidate) => {
            const field = itemField(candidate.number, 'number');
            const id = fieldId(field);
            const message = errors[field];
            return (
              <li key={candidate.number}>
                <input
                  type="checkbox"
                  id={id}
                  checked={chosen.has(candidate.number)}
                  aria-invalid={message ? true : undefined}
                  aria-describedby={message ? `${id}-error` : undefined}
                  onChange={(event) =>
                    dispatch({
                      type: 'include',
                      number: candidate.number,
                      included: event.target.checked,
                    })
                  }
                />
                <label htmlFor={id}>
                  <span className="package-number">{candidate.number}</span> {candidate.title}
                </label>
                <span className="item-choice-facts">
                  <StateBadge state={candidate.state} label={candidate.stateLabel} />
                  {candidate.total ? <span className="muted">{candidate.total}</span> : null}
                </span>
                <FieldError id={`${id}-error`} message={message} />
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
