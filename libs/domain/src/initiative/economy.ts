import { allocateKroner } from '../money/allocate';
import { type Kroner, sumKroner } from '../money/money';
import { type FinancingArea, type FinancingShare, financingFractions } from './financing';

/** Amounts per year (key: the year, e.g. "2026"); an empty cell is simply absent. */
export type YearAmounts = Readonly<Record<string, Kroner>>;

/**
 * The form's economy table ("Konsekvenser"), in kroner. The total per year is computed, never
 * stored. FTE ("årsværk") is given in tenths so that sums stay exact too.
 */
export interface EconomyTable {
  readonly establishmentCosts: YearAmounts;
  readonly salaries: YearAmounts;
  readonly otherOperations: YearAmounts;
  readonly staffFteTenths: YearAmounts;
}

export const economyRows = ['establishmentCosts', 'salaries', 'otherOperations'] as const;
export type EconomyRow = (typeof economyRows)[number];

export const economyRowLabels: Record<EconomyRow | 'total' | 'staffFte', string> = {
  establishmentCosts: 'Etableringsudgifter',
  salaries: 'Løn (til evt. nye årsværk)',
  otherOperations: 'Øvrig drift',
  total: 'Udgifter i alt',
  staffFte: 'Årsværk (hvis der skal ansættes nye)',
};

export const emptyEconomyTable: EconomyTable = {
  establishmentCosts: {},
  salaries: {},
  otherOperations: {},
  staffFteTenths: {},
};

/** "Udgifter i alt" for one year. */
export function totalForYear(table: EconomyTable, year: number): Kroner {
  return sumKroner(economyRows.map((row) => table[row][String(year)] ?? 0));
}

export function totalsPerYear(
  table: EconomyTable,
  years: readonly number[],
): Record<string, Kroner> {
  return Object.fromEntries(years.map((year) => [String(year), totalForYear(table, year)]));
}

/** Whether the table asks for any money at all (savings count: they are not zero). */
export function hasAmounts(table: EconomyTable): boolean {
  return economyRows.some((row) => Object.values(table[row]).some((amount) => amount !== 0));
}

/** Years named in the table that are not among the round's years. */
export function yearsOutsideRound(table: EconomyTable, years: readonly number[]): string[] {
  const allowed = new Set(years.map(String));
  const named = new Set(
    [...economyRows, 'staffFteTenths' as const].flatMap((row) => Object.keys(table[row])),
  );
  return [...named].filter((year) => !allowed.has(year)).sort();
}

/** The year totals split between financing areas, each part exact to the krone. */
export function totalsPerYearAndArea(
  table: EconomyTable,
  financing: readonly FinancingShare[],
  years: readonly number[],
): { year: number; area: FinancingArea; kroner: Kroner }[] {
  const shares = financingFractions(financing);
  return years.flatMap((year) => {
    const parts = allocateKroner(
      totalForYear(table, year),
      shares.map((s) => s.share),
    );
    return shares.map((s, index) => ({ year, area: s.area, kroner: parts[index] ?? 0 }));
  });
}

/** Where amounts go whose financing is not stated yet: they count against no frame. */
export const UNASSIGNED_AREA = 'unassigned' as const;
export type AmountArea = FinancingArea | typeof UNASSIGNED_AREA;

/**
 * The year totals by financing area, as the read model keeps and the packages count them: split
 * exactly by the financing's shares, or wholly unassigned while the financing is not stated.
 */
export function amountsPerYearAndArea(
  table: EconomyTable,
  financing: readonly FinancingShare[],
  years: readonly number[],
): { year: number; area: AmountArea; kroner: Kroner }[] {
  if (financing.length > 0) return totalsPerYearAndArea(table, financing, years);
  return years.map((year) => ({ year, area: UNASSIGNED_AREA, kroner: totalForYear(table, year) }));
}
