import { type AmountArea, UNASSIGNED_AREA } from '../initiative/economy';
import { financingAreas } from '../initiative/financing';
import { compareInitiativeNumbers, type InitiativeNumber } from '../initiative/number';
import { type Kroner, sumKroner } from '../money/money';
import { type Adjustment, normalizedAdjustment, sameAdjustment } from './adjustment';
import type { AreaAmount, PackageItem } from './package';

/** One year and area of two packages: what each counts, and the second less the first. */
export interface AmountDifference {
  readonly year: number;
  readonly area: AmountArea;
  readonly first: Kroner;
  readonly second: Kroner;
  readonly difference: Kroner;
}

export interface PackageDifference {
  readonly amounts: readonly AmountDifference[];
  readonly onlyInFirst: readonly InitiativeNumber[];
  readonly onlyInSecond: readonly InitiativeNumber[];
  /** In both, taken differently (share, moves, changed amounts or note). */
  readonly adjustedDifferently: readonly {
    readonly number: InitiativeNumber;
    readonly first: Adjustment | null;
    readonly second: Adjustment | null;
  }[];
}

/**
 * How a second package differs from a first: per year and area (every year and area either
 * counts, the second's amount less the first's, per area as the frames are), and which
 * initiatives only one has or both have with different adjustments, in the numbers' order.
 */
export function packageDifference(
  first: { readonly items: readonly PackageItem[]; readonly totals: readonly AreaAmount[] },
  second: { readonly items: readonly PackageItem[]; readonly totals: readonly AreaAmount[] },
): PackageDifference {
  const keys = new Map<string, { year: number; area: AmountArea }>();
  for (const { year, area } of [...first.totals, ...second.totals]) {
    keys.set(`${year}/${area}`, { year, area });
  }
  const amountOf = (totals: readonly AreaAmount[], year: number, area: AmountArea) =>
    sumKroner(totals.filter((t) => t.year === year && t.area === area).map((t) => t.kroner));
  const areaOrder = (area: AmountArea) => [...financingAreas, UNASSIGNED_AREA].indexOf(area);
  const ordered = [...keys.values()].sort(
    (a, b) => a.year - b.year || areaOrder(a.area) - areaOrder(b.area),
  );
  const amounts = ordered.map(({ year, area }) => {
    const a = amountOf(first.totals, year, area);
    const b = amountOf(second.totals, year, area);
    return { year, area, first: a, second: b, difference: sumKroner([b, -a]) };
  });
  const inFirst = new Map(first.items.map((item) => [item.number, item.adjustment]));
  const inSecond = new Map(second.items.map((item) => [item.number, item.adjustment]));
  const sorted = (numbers: Iterable<InitiativeNumber>) =>
    [...numbers].sort(compareInitiativeNumbers);
  return {
    amounts,
    onlyInFirst: sorted([...inFirst.keys()].filter((number) => !inSecond.has(number))),
    onlyInSecond: sorted([...inSecond.keys()].filter((number) => !inFirst.has(number))),
    adjustedDifferently: sorted(
      [...inFirst.keys()].filter(
        (number) =>
          inSecond.has(number) && !sameAdjustment(inFirst.get(number), inSecond.get(number)),
      ),
    ).map((number) => ({
      number,
      first: normalizedAdjustment(inFirst.get(number)),
      second: normalizedAdjustment(inSecond.get(number)),
    })),
  };
}
