import {
  economyRowLabels,
  economyRows,
  financingAreaLabels,
  financingAreas,
  formatMioKr,
  type InitiativeForm,
  submittedByLabel,
  type YearAmounts,
} from '@budgetflow/domain';

/** One field of the form that an import would change: what it says now, and what it would say. */
export interface FieldChange {
  /** The field's path in the API's schema: "economy.otherOperations.2026". */
  readonly field: string;
  /** The form's own words for it, in Danish. */
  readonly label: string;
  /** As a person reads it ('' for nothing). */
  readonly before: string;
  readonly after: string;
}

const textLabels = {
  title: 'Titel',
  purpose: 'Formål og indhold',
  background: 'Baggrund og argumentation',
  elaboration: 'Evt. uddybende beskrivelse',
  agreementTextDraft: 'Første tekstudkast til budgetaftalen',
  sustainableDevelopmentGoals: "Budgetinitiativets understøttelse af FN's verdensmål",
} as const;

/**
 * The fields in which `after` differs from `before`, in the form's order. Compared as a person
 * reads the form, so what cannot be told apart on it is no change: an empty cell and 0,0, the
 * order of the financing areas or of the years.
 */
export function formChanges(before: InitiativeForm, after: InitiativeForm): FieldChange[] {
  const changes: FieldChange[] = [];
  const compare = (field: string, label: string, was: string, is: string) => {
    if (was !== is) changes.push({ field, label, before: was, after: is });
  };
  compare('title', textLabels.title, before.title, after.title);
  compare(
    'submittedBy',
    'Fremsat af',
    submittedByLabel(before.submittedBy),
    submittedByLabel(after.submittedBy),
  );
  compare('purpose', textLabels.purpose, before.purpose, after.purpose);
  compare('background', textLabels.background, before.background, after.background);
  for (const row of economyRows) {
    for (const year of yearsOf(before.economy[row], after.economy[row])) {
      compare(
        `economy.${row}.${year}`,
        `${economyRowLabels[row]}, ${year}`,
        formatMioKr(before.economy[row][year] ?? 0),
        formatMioKr(after.economy[row][year] ?? 0),
      );
    }
  }
  const fte = (tenths: YearAmounts, year: string) => formatFte(tenths[year] ?? 0);
  for (const year of yearsOf(before.economy.staffFteTenths, after.economy.staffFteTenths)) {
    compare(
      `economy.staffFte.${year}`,
      `${economyRowLabels.staffFte}, ${year}`,
      fte(before.economy.staffFteTenths, year),
      fte(after.economy.staffFteTenths, year),
    );
  }
  compare('elaboration', textLabels.elaboration, before.elaboration, after.elaboration);
  compare(
    'financing',
    'Finansiering',
    financingText(before.financing),
    financingText(after.financing),
  );
  compare(
    'commitmentBudgeting',
    'Kan tilsagnsbudgetteres',
    answerText(before.commitmentBudgeting),
    answerText(after.commitmentBudgeting),
  );
  compare(
    'scalable',
    'Kan skaleres op eller ned',
    answerText(before.scalable),
    answerText(after.scalable),
  );
  compare(
    'agreementTextDraft',
    textLabels.agreementTextDraft,
    before.agreementTextDraft,
    after.agreementTextDraft,
  );
  compare(
    'sustainableDevelopmentGoals',
    textLabels.sustainableDevelopmentGoals,
    before.sustainableDevelopmentGoals,
    after.sustainableDevelopmentGoals,
  );
  return changes;
}

function yearsOf(a: YearAmounts, b: YearAmounts): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

const fteFormat = new Intl.NumberFormat('da-DK', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

function formatFte(tenths: number): string {
  return `${fteFormat.format(tenths / 10)} årsværk`;
}

function financingText(financing: InitiativeForm['financing']): string {
  return financingAreas
    .flatMap((area) => {
      const share = financing.find((one) => one.area === area);
      return share ? [`${financingAreaLabels[area]} ${share.share}`] : [];
    })
    .join(', ');
}

function answerText(answer: boolean | null): string {
  return answer === null ? '' : answer ? 'Ja' : 'Nej';
}
