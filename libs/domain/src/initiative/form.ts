import type { EconomyTable } from './economy';
import type { FinancingShare } from './financing';

/** Who puts the initiative forward: one or more party groups (jointly), or the administration. */
export type SubmittedBy =
  | { readonly kind: 'partyGroups'; readonly partyGroups: readonly string[] }
  | { readonly kind: 'administration' };

/**
 * The standard budget-initiative form ("Forslag til budgetinitiativ"), as a party group or the
 * administration fills it in. The administration's comments are not here: they belong to the review.
 */
export interface InitiativeForm {
  readonly title: string;
  readonly submittedBy: SubmittedBy;
  /** Formål og indhold */
  readonly purpose: string;
  /** Baggrund og argumentation */
  readonly background: string;
  /** Konsekvenser: økonomi og personale */
  readonly economy: EconomyTable;
  /** Evt. uddybende beskrivelse */
  readonly elaboration: string;
  /** Finansiering: the areas marked, with their shares */
  readonly financing: readonly FinancingShare[];
  /** Kan tilsagnsbudgetteres (asked for proposals in regional development); null when not stated */
  readonly commitmentBudgeting: boolean | null;
  /** Kan skaleres op eller ned; null when not stated */
  readonly scalable: boolean | null;
  /** Første tekstudkast til budgetaftalen */
  readonly agreementTextDraft: string;
  /** Budgetinitiativets understøttelse af FN's verdensmål */
  readonly sustainableDevelopmentGoals: string;
}

export function submittedByLabel(submittedBy: SubmittedBy): string {
  if (submittedBy.kind === 'administration') return 'Administrationen';
  const groups = submittedBy.partyGroups;
  return groups.length <= 1
    ? (groups[0] ?? '')
    : `${groups.slice(0, -1).join(', ')} og ${groups[groups.length - 1]}`;
}
