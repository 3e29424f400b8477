import { type Kroner, sumKroner } from '../money/money';
import { type EconomyRow, economyRows, type EconomyTable, totalForYear } from './economy';

/** The rows compared: the table's three, its computed total, and FTE (in tenths). */
export const costingDifferenceRows = [...economyRows, 'total', 'staffFteTenths'] as const;
export type CostingDifferenceRow = (typeof costingDifferenceRows)[number];

/**
 * One cell of the comparison: the party's estimate, the administration's costing and what the
 * costing adds (negative: what it saves), in kroner or, for FTE, tenths. An empty cell is null;
 * it counts as nothing in the difference, which is null only when both cells are empty.
 */
export interface CostingDifferenceCell {
  readonly estimate: number | null;
  readonly costing: number | null;
  readonly difference: number | null;
}

/** A row over all the round's years: the cells' sums, an empty cell counting as nothing. */
export interface CostingDifferenceSum {
  readonly estimate: number;
  readonly costing: number;
  readonly difference: number;
}

export interface CostingRowDifference {
  /** Every year of the round (key: "2026"). */
  readonly years: Readonly<Record<string, CostingDifferenceCell>>;
  readonly allYears: CostingDifferenceSum;
}

export type CostingDifference = Readonly<Record<CostingDifferenceRow, CostingRowDifference>>;

/**
 * Where the administration's costing departs from the party's own estimate ("forslagsstillerens
 * skøn"), row by row and year by year, exactly: the negotiation argues over these amounts, so a
 * difference must never be an artefact of rounding.
 */
export function costingDifference(
  estimate: EconomyTable,
  costing: EconomyTable,
  years: readonly number[],
): CostingDifference {
  const row = (
    cellOf: (table: EconomyTable, year: string) => number | null,
  ): CostingRowDifference => {
    const cells = years.map(String).map((year) => {
      const cell = compare(cellOf(estimate, year), cellOf(costing, year));
      return [year, cell] as const;
    });
    const sum = (pick: (cell: CostingDifferenceCell) => number | null) =>
      sumKroner(cells.map(([, cell]) => pick(cell) ?? 0));
    return {
      years: Object.fromEntries(cells),
      allYears: {
        estimate: sum((cell) => cell.estimate),
        costing: sum((cell) => cell.costing),
        difference: sum((cell) => cell.difference),
      },
    };
  };
  const amounts = (name: EconomyRow | 'staffFteTenths') => (table: EconomyTable, year: string) =>
    table[name][year] ?? null;
  return {
    establishmentCosts: row(amounts('establishmentCosts')),
    salaries: row(amounts('salaries')),
    otherOperations: row(amounts('otherOperations')),
    // The total is computed, never empty: a year without amounts costs nothing.
    total: row((table, year) => totalForYear(table, Number(year))),
    staffFteTenths: row(amounts('staffFteTenths')),
  };
}

function compare(estimate: Kroner | null, costing: Kroner | null): CostingDifferenceCell {
  const difference =
    estimate === null && costing === null ? null : sumKroner([costing ?? 0, -(estimate ?? 0)]);
  return { estimate, costing, difference };
}
