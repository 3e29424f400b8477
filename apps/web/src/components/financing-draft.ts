import { type FinancingArea, financingProblem, parseFraction } from '@budgetflow/domain';

// "Finansiering" on the form: the areas ("kasser") that pay, each with its share. The rules (valid
// shares, adding up to 1) are the domain's; this only collects what is typed.

export interface FinancingEntry {
  area: FinancingArea;
  /** As typed: "1/2", "0,5"; may be empty when only one area is marked (it then pays all). */
  share: string;
}

/** Where a financing error is shown: under an area's share (key: the area) or the whole group. */
export const financingTotalKey = 'financing';

/** The financing as the API takes it: a lone area without a share pays it all. */
export function financingForApi(value: readonly FinancingEntry[]): FinancingEntry[] {
  if (value.length === 1 && value[0] && value[0].share.trim() === '') {
    return [{ area: value[0].area, share: '1' }];
  }
  return value.map(({ area, share }) => ({ area, share: share.trim() }));
}

/** Danish reasons keyed by area (its share) or by financingTotalKey; empty when it is valid. */
export function financingErrorsOf(value: readonly FinancingEntry[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const shares = financingForApi(value);
  for (const { area, share } of shares) {
    if (share === '') errors[area] = 'Angiv andelen, fx 1/2 eller 0,5';
    else if (!parseFraction(share))
      errors[area] = 'Andelen skal være en brøk mellem 0 og 1, fx 1/3 eller 0,5';
  }
  if (Object.keys(errors).length > 0) return errors;
  const problem = financingProblem(shares);
  if (problem) errors[financingTotalKey] = problem;
  return errors;
}
