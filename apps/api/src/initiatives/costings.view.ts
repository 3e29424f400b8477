import {
  costingDifference,
  type CostingDifferenceCell,
  type CostingDifferenceSum,
  costingPurposeLabels,
  type CostingRowDifference,
  type CostingVersion,
  type Initiative,
} from '@budgetflow/domain';
import { amountView, economyView, financingView } from './initiative.view';

/**
 * An initiative's costings as the API answers with them: the party's estimate, then every costing
 * with where it departs from that estimate, in mio. kr. as the initiative itself shows its tables.
 */
export function costingHistoryView(
  initiative: Initiative,
  versions: readonly CostingVersion[],
  names: ReadonlyMap<string, string>,
) {
  const estimate = initiative.form.economy;
  return {
    estimate: economyView(estimate, initiative.years),
    versions: versions.map((version) => ({
      version: version.version,
      purpose: version.purpose,
      purposeLabel: costingPurposeLabels[version.purpose],
      economy: economyView(version.economy, initiative.years),
      financing: financingView(version.financing),
      by: version.by,
      byName: names.get(version.by) ?? null,
      at: version.at,
      comment: version.comment,
      difference: differenceView(costingDifference(estimate, version.economy, initiative.years)),
    })),
  };
}

function differenceView(difference: ReturnType<typeof costingDifference>) {
  const money = (row: CostingRowDifference) => perYear(row, amountView);
  const sum = <T>(totals: CostingDifferenceSum, view: (value: number) => T) => ({
    estimate: view(totals.estimate),
    costing: view(totals.costing),
    difference: view(totals.difference),
  });
  return {
    establishmentCosts: money(difference.establishmentCosts),
    salaries: money(difference.salaries),
    otherOperations: money(difference.otherOperations),
    total: money(difference.total),
    staffFte: perYear(difference.staffFteTenths, fte),
    allYears: {
      establishmentCosts: sum(difference.establishmentCosts.allYears, amountView),
      salaries: sum(difference.salaries.allYears, amountView),
      otherOperations: sum(difference.otherOperations.allYears, amountView),
      total: sum(difference.total.allYears, amountView),
      staffFte: sum(difference.staffFteTenths.allYears, fte),
    },
  };
}

/** The years with something to compare, as the economy table leaves its empty cells out. */
function perYear<T>(row: CostingRowDifference, view: (value: number) => T): Record<string, T> {
  const compared = Object.entries(row.years).filter(
    (entry): entry is [string, CostingDifferenceCell & { difference: number }] =>
      entry[1].difference !== null,
  );
  return Object.fromEntries(compared.map(([year, cell]) => [year, view(cell.difference)]));
}

/** FTE ("årsværk") from tenths, as the economy view gives them. */
const fte = (tenths: number) => tenths / 10;
