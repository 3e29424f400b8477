import {
  type AmountArea,
  amountsPerYearAndArea,
  committeeOf,
  compareInitiativeNumbers,
  effectiveEconomy,
  financingAreas,
  type Initiative,
  type Kroner,
  sumKroner,
  totalForYear,
  UNASSIGNED_AREA,
} from '@budgetflow/domain';

// What the exports count, from the domain's own rules: each initiative by the economy that
// counts (the costing once the reader may see one, else the form's), split between its
// financing areas exactly as the read model and the packages split it. The initiatives given
// are already as the reader may see them (publishedInitiative).

/** The initiatives under one committee (the first part of their numbers), in number order. */
export interface CommitteeGroup {
  readonly committee: number;
  readonly initiatives: readonly Initiative[];
}

export function byCommittee(initiatives: readonly Initiative[]): CommitteeGroup[] {
  const sorted = [...initiatives].sort((a, b) => compareInitiativeNumbers(a.number, b.number));
  const groups: { committee: number; initiatives: Initiative[] }[] = [];
  for (const initiative of sorted) {
    const committee = committeeOf(initiative.number);
    const last = groups[groups.length - 1];
    if (last?.committee === committee) last.initiatives.push(initiative);
    else groups.push({ committee, initiatives: [initiative] });
  }
  return groups;
}

/** "Udgifter i alt" per year of the economy that counts. */
export function yearTotals(initiative: Initiative, years: readonly number[]): Kroner[] {
  const { economy } = effectiveEconomy(initiative);
  return years.map((year) => totalForYear(economy, year));
}

/** Årsværk per year (tenths) of the economy that counts; null where the table has none. */
export function fteTenths(initiative: Initiative, years: readonly number[]): (number | null)[] {
  const { economy } = effectiveEconomy(initiative);
  return years.map((year) => economy.staffFteTenths[String(year)] ?? null);
}

/** One initiative's part in one financing area, per year. */
export interface AreaPart {
  readonly area: AmountArea;
  readonly kroner: readonly Kroner[];
}

/** The initiative's amounts split between its financing areas (unassigned while not stated). */
export function areaParts(initiative: Initiative, years: readonly number[]): AreaPart[] {
  const { economy, financing } = effectiveEconomy(initiative);
  const amounts = amountsPerYearAndArea(economy, financing, years);
  const areas = [...new Set(amounts.map((amount) => amount.area))];
  return areas.map((area) => ({
    area,
    kroner: years.map(
      (year) => amounts.find((amount) => amount.area === area && amount.year === year)?.kroner ?? 0,
    ),
  }));
}

/** The areas in the order documents show them: the three, then what has no financing yet. */
export const areaOrder: readonly AmountArea[] = [...financingAreas, UNASSIGNED_AREA];

/** What a set of initiatives costs per financing area and year, exactly; every area listed. */
export function totalsByArea(
  initiatives: readonly Initiative[],
  years: readonly number[],
): { area: AmountArea; kroner: Kroner[] }[] {
  const parts = initiatives.flatMap((initiative) => areaParts(initiative, years));
  return areaOrder.map((area) => {
    const inArea = parts.filter((part) => part.area === area);
    return {
      area,
      kroner: years.map((_, index) => sumKroner(inArea.map((p) => p.kroner[index]!))),
    };
  });
}

/** Sums of several rows of amounts, column by column. */
export function columnSums(rows: readonly (readonly Kroner[])[], width: number): Kroner[] {
  return Array.from({ length: width }, (_, index) => sumKroner(rows.map((row) => row[index] ?? 0)));
}
