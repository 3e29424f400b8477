import { type FinancingArea, financingAreaLabels, financingAreas } from '@budgetflow/domain';
import { useEffect, useRef } from 'react';
import { economyRows } from '../../components/EconomyTable';
import { financingTotalKey } from '../../components/financing-draft';
import { fieldLabel } from '../../components/Status';
import { editorPrefix, fieldIds } from './draft-values';

// The errors of the whole form at the top, each a link to its field; it takes the focus when it
// appears, so a keyboard or screen-reader user learns at once what stops the save.

const rowLabels: Record<string, string> = {
  ...Object.fromEntries(economyRows.map((row) => [row.key, row.label])),
  staffFte: 'Årsværk',
};

const plainLabels: Record<string, string> = {
  number: 'Nummer',
  title: 'Titel',
  partyGroups: 'Fremsat af',
  purpose: 'Formål og indhold',
  background: 'Baggrund og argumentation',
  elaboration: 'Uddybning',
  commitmentBudgeting: 'Bevillingsstyring',
  scalable: 'Skalerbart',
  agreementTextDraft: 'Første udkast til tekst til budgetaftalen',
  sustainableDevelopmentGoals: "FN's verdensmål",
};

/** The name a person knows the field by, and the id of the control that takes the focus. */
export function errorTarget(path: string): { label: string; id: string | null } {
  const [head = '', second = '', third = ''] = path.split('.');
  if (head === 'economy') {
    return {
      label: `${rowLabels[second] ?? second} ${third}`,
      id: `${editorPrefix}-${second}-${third}`,
    };
  }
  if (head === 'financing') {
    if (second === financingTotalKey || !financingAreas.includes(second as FinancingArea)) {
      return { label: 'Finansiering', id: `${editorPrefix}-financing-${financingAreas[0]}` };
    }
    return {
      label: `Andel for ${financingAreaLabels[second as FinancingArea]}`,
      id: `${editorPrefix}-financing-${second}-share`,
    };
  }
  if (head === 'commitmentBudgeting' || head === 'scalable') {
    return { label: plainLabels[head] ?? head, id: `${fieldIds[head]}-yes` };
  }
  const id = (fieldIds as Record<string, string>)[head] ?? null;
  return { label: plainLabels[head] ?? fieldLabel(path), id };
}

export function ErrorSummary({
  errors,
  title,
  focusToken,
}: {
  errors: Record<string, string>;
  title: string;
  /** Changes with each attempt that failed, so the summary takes the focus again. */
  focusToken: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const shown = entries.length > 0;
  useEffect(() => {
    if (shown && focusToken > 0) ref.current?.focus();
  }, [focusToken, shown]);
  if (!shown) return null;
  return (
    <div className="alert alert-error error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{title}</h2>
      <ul>
        {entries.map(([path, message]) => {
          const target = errorTarget(path);
          return (
            <li key={path}>
              {target.id ? (
                <a
                  href={`#${target.id}`}
                  onClick={(event) => {
                    const element = document.getElementById(target.id ?? '');
                    if (!element) return;
                    event.preventDefault();
                    element.focus();
                    element.scrollIntoView({ block: 'center' });
                  }}
                >
                  {target.label}
                </a>
              ) : (
                <strong>{target.label}</strong>
              )}
              : {message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
