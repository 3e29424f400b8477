import { type FinancingArea, financingAreaLabels, financingAreas } from '@budgetflow/domain';
import { type FinancingEntry, financingTotalKey } from './financing-draft';

// The financing of the form to fill in; what it checks and sends is in financing-draft.ts.
export {
  type FinancingEntry,
  financingErrorsOf,
  financingForApi,
  financingTotalKey,
} from './financing-draft';

export function FinancingEditor({
  value,
  onChange,
  errors = {},
  idPrefix,
}: {
  value: readonly FinancingEntry[];
  onChange: (next: FinancingEntry[]) => void;
  errors?: Record<string, string>;
  idPrefix: string;
}) {
  const entryOf = (area: FinancingArea) => value.find((entry) => entry.area === area);
  // Kept in the form's order of areas, so the same choice always reads (and saves) the same way.
  const withEntry = (area: FinancingArea, entry: FinancingEntry | null) =>
    financingAreas.flatMap((each) => {
      if (each === area) return entry ? [entry] : [];
      const existing = entryOf(each);
      return existing ? [existing] : [];
    });
  const totalError = errors[financingTotalKey];
  const totalErrorId = `${idPrefix}-financing-error`;

  return (
    <fieldset
      className="financing-editor"
      aria-describedby={`${idPrefix}-financing-hint${totalError ? ` ${totalErrorId}` : ''}`}
    >
      <legend>Finansiering</legend>
      <p className="hint" id={`${idPrefix}-financing-hint`}>
        Markér den eller de kasser, forslaget finansieres af. Er flere markeret, angives hver kasses
        andel (fx 1/2 eller 0,5), og andelene skal tilsammen give 1.
      </p>
      {financingAreas.map((area) => {
        const entry = entryOf(area);
        const checkboxId = `${idPrefix}-financing-${area}`;
        const shareId = `${checkboxId}-share`;
        const shareError = errors[area];
        return (
          <div className="financing-area" key={area}>
            <div className="editor-choice">
              <input
                type="checkbox"
                id={checkboxId}
                checked={entry !== undefined}
                onChange={(event) =>
                  onChange(withEntry(area, event.target.checked ? { area, share: '' } : null))
                }
              />
              <label htmlFor={checkboxId}>{financingAreaLabels[area]}</label>
            </div>
            {entry ? (
              <div className="field financing-share">
                <label htmlFor={shareId}>Andel for {financingAreaLabels[area]}</label>
                <input
                  id={shareId}
                  inputMode="decimal"
                  autoComplete="off"
                  value={entry.share}
                  aria-invalid={shareError ? true : undefined}
                  aria-describedby={shareError ? `${shareId}-error` : undefined}
                  onChange={(event) =>
                    onChange(withEntry(area, { area, share: event.target.value }))
                  }
                />
                {shareError ? (
                  <p className="field-error" id={`${shareId}-error`}>
                    {shareError}
                  </p>
                ) : null}
              </div>
            ) : null}
          </div>
        );
      })}
      {totalError ? (
        <p className="field-error" id={totalErrorId}>
          {totalError}
        </p>
      ) : null}
    </fieldset>
  );
}
