import {
  type Adjustment,
  type AmountArea,
  type AreaAmount,
  balanceCellLabel,
  balanceVerdictLabel,
  countsInPackage,
  economyRowLabels,
  financingAreaLabels,
  type PackageBalance,
  type PackageDifference,
  packageEntryAmounts,
  stateLabels,
  sumKroner,
  UNASSIGNED_AREA,
} from '@budgetflow/domain';
import type { PackageSummary, VersionSummary } from '@budgetflow/persistence';
import { amountView } from '../initiatives/initiative.view';
import type { Backing } from './backing.view';
import type { CountedPackage } from './package-counting.service';

// What the package routes answer with; the schemas are in responses.ts. Who backs a package
// (the parties' stances on it, and whether they carry it) is backing.view.ts's.

/** The names of the people who saved, by id. */
export type Names = ReadonlyMap<string, string>;

export function areaLabel(area: AmountArea): string {
  return area === UNASSIGNED_AREA ? 'Ikke angivet' : financingAreaLabels[area];
}

export function adjustmentView(adjustment: Adjustment | null) {
  if (!adjustment) return null;
  return {
    share: adjustment.share ?? null,
    moves: (adjustment.moves ?? []).map(({ from, to }) => ({ from, to })),
    amounts: (adjustment.amounts ?? []).map(({ row, year, kroner }) => ({
      row,
      rowLabel: economyRowLabels[row],
      year,
      amount: amountView(kroner),
    })),
    note: adjustment.note ?? null,
  };
}

function savedByView(id: string, names: Names) {
  return { id, name: names.get(id) ?? null };
}

function itemsView(counted: CountedPackage, years: readonly number[]) {
  return counted.entries.map(({ item, initiative }) => {
    const amounts = packageEntryAmounts({ initiative, adjustment: item.adjustment });
    const perYear = years.map((year) => ({
      year,
      amount: amountView(sumKroner(amounts.filter((a) => a.year === year).map((a) => a.kroner))),
    }));
    return {
      number: item.number,
      title: initiative.form.title,
      state: initiative.state,
      stateLabel: stateLabels[initiative.state],
      counts: countsInPackage(initiative.state),
      adjustment: adjustmentView(item.adjustment),
      years: perYear,
      total: amountView(sumKroner(amounts.map((a) => a.kroner))),
    };
  });
}

export function totalsView(totals: readonly AreaAmount[], years: readonly number[]) {
  return {
    years: years.map((year) => {
      const inYear = totals.filter((total) => total.year === year);
      return {
        year,
        total: amountView(sumKroner(inYear.map((total) => total.kroner))),
        areas: inYear.map(({ area, kroner }) => ({
          area,
          areaLabel: areaLabel(area),
          ...amountView(kroner),
        })),
      };
    }),
    total: amountView(sumKroner(totals.map((total) => total.kroner))),
  };
}

export function balanceView(balance: PackageBalance) {
  const amountOrNull = (kroner: number | null) => (kroner === null ? null : amountView(kroner));
  return {
    withinFrames: balance.withinFrames,
    label: balanceVerdictLabel(balance.withinFrames),
    areas: balance.areas.map(({ area, cells, withinFrames }) => ({
      area,
      areaLabel: areaLabel(area),
      withinFrames,
      label: balanceVerdictLabel(withinFrames),
      years: cells.map((cell) => ({
        year: cell.year,
        frame: amountOrNull(cell.frame),
        amount: amountView(cell.amount),
        remainder: amountOrNull(cell.remainder),
        status: cell.status,
        label: balanceCellLabel(cell),
      })),
    })),
  };
}

export function packageView(
  counted: CountedPackage,
  years: readonly number[],
  names: Names,
  backing: Backing,
) {
  const { version } = counted;
  return {
    id: version.packageId,
    roundId: version.roundId,
    name: version.name,
    version: version.version,
    latestVersion: version.latestVersion,
    note: version.note,
    restoredFrom: version.restoredFrom,
    savedBy: savedByView(version.savedBy, names),
    savedAt: version.savedAt,
    items: itemsView(counted, years),
    totals: totalsView(counted.totals, years),
    balance: balanceView(counted.balance),
    backing,
  };
}

export function packageListView(
  roundId: string,
  packages: readonly PackageSummary[],
  names: Names,
) {
  return {
    roundId,
    packages: packages.map((summary) => ({
      id: summary.packageId,
      name: summary.name,
      version: summary.version,
      latestVersion: summary.latestVersion,
      note: summary.note,
      restoredFrom: summary.restoredFrom,
      savedBy: savedByView(summary.savedBy, names),
      savedAt: summary.savedAt,
      itemCount: summary.itemCount,
    })),
  };
}

export function versionsView(
  roundId: string,
  id: number,
  versions: readonly VersionSummary[],
  names: Names,
) {
  return {
    id,
    roundId,
    versions: versions.map((version) => ({
      version: version.version,
      name: version.name,
      note: version.note,
      restoredFrom: version.restoredFrom,
      savedBy: savedByView(version.savedBy, names),
      savedAt: version.savedAt,
      itemCount: version.itemCount,
    })),
  };
}

/** Two or three packages side by side, and the second's difference from the first. */
export function comparisonView(
  roundId: string,
  counted: readonly [CountedPackage, CountedPackage, ...CountedPackage[]],
  difference: PackageDifference,
  years: readonly number[],
  backing: ReadonlyMap<number, Backing>,
) {
  const [first, second] = counted;
  const titles = new Map(
    counted.flatMap(({ entries }) =>
      entries.map(({ item, initiative }) => [item.number, initiative.form.title] as const),
    ),
  );
  const ref = (number: string) => ({ number, title: titles.get(number) ?? '' });
  return {
    roundId,
    packages: counted.map((one) => ({
      id: one.version.packageId,
      name: one.version.name,
      version: one.version.version,
      items: itemsView(one, years),
      totals: totalsView(one.totals, years),
      balance: balanceView(one.balance),
      backing: backing.get(one.version.packageId)!,
    })),
    difference: {
      first: first.version.packageId,
      second: second.version.packageId,
      years: years.map((year) => {
        const inYear = difference.amounts.filter((row) => row.year === year);
        const sum = (pick: (row: (typeof inYear)[number]) => number) =>
          amountView(sumKroner(inYear.map(pick)));
        return {
          year,
          total: {
            first: sum((row) => row.first),
            second: sum((row) => row.second),
            difference: sum((row) => row.difference),
          },
          areas: inYear.map((row) => ({
            area: row.area,
            areaLabel: areaLabel(row.area),
            first: amountView(row.first),
            second: amountView(row.second),
            difference: amountView(row.difference),
          })),
        };
      }),
      onlyInFirst: difference.onlyInFirst.map(ref),
      onlyInSecond: difference.onlyInSecond.map(ref),
      adjustedDifferently: difference.adjustedDifferently.map(({ number, first, second }) => ({
        ...ref(number),
        first: adjustmentView(first),
        second: adjustmentView(second),
      })),
    },
  };
}
