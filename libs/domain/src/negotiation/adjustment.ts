import {
  type EconomyRow,
  economyRowLabels,
  economyRows,
  type EconomyTable,
  type YearAmounts,
} from '../initiative/economy';
import { allocateKroner } from '../money/allocate';
import { fraction, type Fraction, formatFraction, isOne, parseFraction } from '../money/fraction';
import { type Kroner, sumKroner } from '../money/money';

/** The amounts of one year moved to another, e.g. what 2027 asked for, paid in 2028 instead. */
export interface YearMove {
  readonly from: number;
  readonly to: number;
}

/** One cell of the economy table set to an amount of the negotiation's choosing. */
export interface AmountOverride {
  readonly row: EconomyRow;
  readonly year: number;
  readonly kroner: Kroner;
}

/**
 * How a package takes an initiative, when not as it is: a share of it ("1/2"), years moved,
 * amounts changed, and why. Applied to the initiative's effective economy in that order: the
 * moves, then the share, then the changed amounts, which are final (what the coordinators wrote
 * is what counts, not half of it).
 */
export interface Adjustment {
  /** The share of the initiative the package takes, as "n/d"; absent: all of it. */
  readonly share?: string;
  readonly moves?: readonly YearMove[];
  readonly amounts?: readonly AmountOverride[];
  readonly note?: string;
}

/** A problem with an adjustment: the field it concerns (as 'moves.0.to') and why. */
export interface AdjustmentProblem {
  readonly field: string;
  readonly message: string;
}

/** Why an adjustment cannot apply to an initiative of a round with these years; [] when it can. */
export function adjustmentProblems(
  adjustment: Adjustment,
  years: readonly number[],
): AdjustmentProblem[] {
  const problems: AdjustmentProblem[] = [];
  const span = `${years[0]}-${years[years.length - 1]}`;
  if (adjustment.share !== undefined && !parseFraction(adjustment.share)) {
    problems.push({
      field: 'share',
      message: 'Andelen skal være en brøk mellem 0 og 1, fx 1/2 eller 0,5',
    });
  }
  const moved = new Set<number>();
  (adjustment.moves ?? []).forEach(({ from, to }, index) => {
    if (!years.includes(from)) {
      problems.push({
        field: `moves.${index}.from`,
        message: `${from} er ikke et af budgetrundens år (${span})`,
      });
    } else if (moved.has(from)) {
      problems.push({
        field: `moves.${index}.from`,
        message: `Beløbene for ${from} er flyttet mere end én gang`,
      });
    }
    moved.add(from);
    if (!years.includes(to)) {
      problems.push({
        field: `moves.${index}.to`,
        message: `Beløbene kan ikke flyttes til ${to}, som ligger uden for budgetrunden (${span})`,
      });
    } else if (to === from) {
      problems.push({
        field: `moves.${index}.to`,
        message: `${from} kan ikke flyttes til sig selv`,
      });
    }
  });
  const changed = new Set<string>();
  (adjustment.amounts ?? []).forEach(({ row, year }, index) => {
    if (!years.includes(year)) {
      problems.push({
        field: `amounts.${index}.year`,
        message: `${year} er ikke et af budgetrundens år (${span})`,
      });
    }
    const key = `${row}/${year}`;
    if (changed.has(key)) {
      problems.push({
        field: `amounts.${index}`,
        message: `${economyRowLabels[row]} for ${year} er ændret mere end én gang`,
      });
    }
    changed.add(key);
  });
  return problems;
}

/**
 * The economy a package counts for an initiative: its effective economy with the adjustment
 * applied (moves, share, changed amounts; see Adjustment). Exact to the krone; the share's
 * rounding is splitEconomy's. An adjustment with problems for the round's years (a move out of
 * the round) is refused with a RangeError: the schema and adjustmentProblems keep it out.
 */
export function adjustedEconomy(
  economy: EconomyTable,
  adjustment: Adjustment | null | undefined,
  years: readonly number[],
): EconomyTable {
  if (!adjustment) return economy;
  const [problem] = adjustmentProblems(adjustment, years);
  if (problem) throw new RangeError(`${problem.field}: ${problem.message}`);
  let table = adjustment.moves?.length ? moveYears(economy, adjustment.moves) : economy;
  const share = adjustment.share === undefined ? null : parseFraction(adjustment.share);
  if (share && !isOne(share)) table = splitEconomy(table, share).kept;
  for (const { row, year, kroner } of adjustment.amounts ?? []) {
    table = { ...table, [row]: { ...table[row], [String(year)]: kroner } };
  }
  return table;
}

/**
 * Moves every row's amounts (staff too) of each move's year to its target year, all moves at
 * once from the table as it was: 2026→2027 with 2027→2028 shifts both a year. What a target
 * year already had stays, and the moved amounts are added to it.
 */
export function moveYears(economy: EconomyTable, moves: readonly YearMove[]): EconomyTable {
  const target = new Map(moves.map(({ from, to }) => [String(from), String(to)]));
  const move = (cells: YearAmounts): YearAmounts => {
    const moved: Record<string, Kroner[]> = {};
    for (const [year, amount] of Object.entries(cells)) {
      const to = target.get(year) ?? year;
      (moved[to] ??= []).push(amount);
    }
    return Object.fromEntries(
      Object.entries(moved).map(([year, parts]) => [year, sumKroner(parts)]),
    );
  };
  return {
    establishmentCosts: move(economy.establishmentCosts),
    salaries: move(economy.salaries),
    otherOperations: move(economy.otherOperations),
    staffFteTenths: move(economy.staffFteTenths),
  };
}

/**
 * An economy split into the share a package takes and the rest it leaves out, which add up to
 * the economy exactly, cell by cell: nothing lost, nothing invented.
 *
 * The rounding: per year, the year's total times the share is rounded to the krone, half away
 * from zero (allocateKroner between the share and the rest); the rows (in the table's order)
 * get their part by rounding the running total the same way, so the rows of the kept table add
 * up to its rounded year total, and each row is within a krone of its exact share. Savings are
 * the mirror of expenses. Staff (tenths of a year's work) rounds cell by cell the same way.
 * The amounts of the form are whole tenths of a million, so shares like 1/2, 1/4 or 0,3 are
 * exact; only shares like 1/3 round.
 */
export function splitEconomy(
  economy: EconomyTable,
  share: Fraction,
): { kept: EconomyTable; leftOut: EconomyTable } {
  const rest = fraction(share.denominator - share.numerator, share.denominator);
  const scaled = (amount: Kroner): Kroner => allocateKroner(amount, [share, rest])[0] ?? 0;
  const kept: Record<EconomyRow, Record<string, Kroner>> = {
    establishmentCosts: {},
    salaries: {},
    otherOperations: {},
  };
  for (const year of new Set(economyRows.flatMap((row) => Object.keys(economy[row])))) {
    let runningTotal = 0;
    let keptSoFar = 0;
    for (const row of economyRows) {
      const amount = economy[row][year];
      if (amount === undefined) continue;
      runningTotal = sumKroner([runningTotal, amount]);
      const keptTotal = scaled(runningTotal);
      kept[row][year] = sumKroner([keptTotal, -keptSoFar]);
      keptSoFar = keptTotal;
    }
  }
  const staff = Object.fromEntries(
    Object.entries(economy.staffFteTenths).map(([year, tenths]) => [year, scaled(tenths)]),
  );
  const keptTable: EconomyTable = { ...kept, staffFteTenths: staff };
  const minus = (whole: YearAmounts, part: YearAmounts): YearAmounts =>
    Object.fromEntries(
      Object.entries(whole).map(([year, amount]) => [
        year,
        sumKroner([amount, -(part[year] ?? 0)]),
      ]),
    );
  return {
    kept: keptTable,
    leftOut: {
      establishmentCosts: minus(economy.establishmentCosts, keptTable.establishmentCosts),
      salaries: minus(economy.salaries, keptTable.salaries),
      otherOperations: minus(economy.otherOperations, keptTable.otherOperations),
      staffFteTenths: minus(economy.staffFteTenths, keptTable.staffFteTenths),
    },
  };
}

/**
 * The adjustment in one canonical form, null when it changes nothing and says nothing: the
 * share as "n/d" and left out when it is all, moves by year, changed amounts by row and year.
 */
export function normalizedAdjustment(adjustment: Adjustment | null | undefined): Adjustment | null {
  if (!adjustment) return null;
  const share = adjustment.share === undefined ? null : parseFraction(adjustment.share);
  const moves = [...(adjustment.moves ?? [])].sort((a, b) => a.from - b.from);
  const amounts = [...(adjustment.amounts ?? [])].sort(
    (a, b) => economyRows.indexOf(a.row) - economyRows.indexOf(b.row) || a.year - b.year,
  );
  const note = adjustment.note?.trim() ?? '';
  const normal: Adjustment = {
    ...(share && !isOne(share) ? { share: formatFraction(share) } : {}),
    ...(moves.length > 0 ? { moves: moves.map(({ from, to }) => ({ from, to })) } : {}),
    ...(amounts.length > 0
      ? { amounts: amounts.map(({ row, year, kroner }) => ({ row, year, kroner })) }
      : {}),
    ...(note ? { note } : {}),
  };
  return Object.keys(normal).length > 0 ? normal : null;
}

/** Whether two adjustments are the same, the note included (a share of 0,5 is one of 1/2). */
export function sameAdjustment(
  a: Adjustment | null | undefined,
  b: Adjustment | null | undefined,
): boolean {
  return JSON.stringify(normalizedAdjustment(a)) === JSON.stringify(normalizedAdjustment(b));
}
