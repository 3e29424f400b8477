import { type AmountArea, UNASSIGNED_AREA } from '../initiative/economy';
import { financingAreaLabels, financingAreas } from '../initiative/financing';
import { formatMioKr } from '../money/format';
import { type Kroner, sumKroner } from '../money/money';
import type { Frame } from '../round/frames';
import type { AreaAmount } from './package';

/**
 * How one year of one area stands against its frame: within it (what is left may be zero),
 * over it, or not to be said, the year and area having no frame. A missing frame is not a zero
 * frame: the coordinators have not said what the area has to spend.
 */
export type BalanceStatus = 'within' | 'exceeded' | 'noFrame';

export interface BalanceCell {
  readonly year: number;
  readonly area: AmountArea;
  /** Null when no frame is set for the year and area. */
  readonly frame: Kroner | null;
  /** What the package counts here; savings and financing proposals are negative. */
  readonly amount: Kroner;
  /** The frame less the amount (negative when exceeded); null without a frame. */
  readonly remainder: Kroner | null;
  readonly status: BalanceStatus;
}

export interface AreaBalance {
  readonly area: AmountArea;
  readonly cells: readonly BalanceCell[];
  /** This area's verdict over the round's years (see balanceVerdict). */
  readonly withinFrames: boolean | null;
}

export interface PackageBalance {
  readonly areas: readonly AreaBalance[];
  /** The package's verdict: every area within its own frames (see balanceVerdict). */
  readonly withinFrames: boolean | null;
}

/**
 * A package's totals against the round's frames, year by year and area by area. Each financing
 * area balances on its own: money earmarked for health cannot finance regional development, so
 * a surplus in one area never covers a deficit in another, and no sum across areas is made.
 * Within an area, savings and financing proposals (negative amounts) count against expenses.
 * Amounts whose financing is not stated ('unassigned') can be held against no frame.
 */
export function packageBalance(
  totals: readonly AreaAmount[],
  frames: readonly Frame[],
  years: readonly number[],
): PackageBalance {
  const unassigned = totals.some((total) => total.area === UNASSIGNED_AREA);
  const areas: AmountArea[] = [...financingAreas, ...(unassigned ? [UNASSIGNED_AREA] : [])];
  const balances = areas.map((area): AreaBalance => {
    const cells = years.map((year) => {
      const amount = sumKroner(
        totals.filter((t) => t.year === year && t.area === area).map((t) => t.kroner),
      );
      const frame = frames.find((f) => f.year === year && f.area === area)?.kroner ?? null;
      return balanceCell(year, area, frame, amount);
    });
    return { area, cells, withinFrames: balanceVerdict(cells) };
  });
  return {
    areas: balances,
    withinFrames: balanceVerdict(balances.flatMap((balance) => balance.cells)),
  };
}

export function balanceCell(
  year: number,
  area: AmountArea,
  frame: Kroner | null,
  amount: Kroner,
): BalanceCell {
  if (frame === null) return { year, area, frame, amount, remainder: null, status: 'noFrame' };
  const remainder = sumKroner([frame, -amount]);
  return { year, area, frame, amount, remainder, status: remainder < 0 ? 'exceeded' : 'within' };
}

/**
 * false when a year of an area exceeds its frame; otherwise null when the package spends money
 * (a positive amount) in a year and area without a frame, as nothing can be said of it; true
 * when every year and area where it spends is within its frame. A year and area without a
 * frame where the package spends nothing, or saves, does not stand in the way.
 */
export function balanceVerdict(cells: readonly BalanceCell[]): boolean | null {
  if (cells.some((cell) => cell.status === 'exceeded')) return false;
  if (cells.some((cell) => cell.status === 'noFrame' && cell.amount > 0)) return null;
  return true;
}

/** The cell in words: "2,0 mio. kr. tilbage", "1,5 mio. kr. over rammen", "Ingen ramme". */
export function balanceCellLabel(cell: BalanceCell): string {
  switch (cell.status) {
    case 'within':
      return `${formatMioKr(cell.remainder ?? 0)} tilbage`;
    case 'exceeded':
      return `${formatMioKr(-(cell.remainder ?? 0))} over rammen`;
    case 'noFrame':
      return cell.area === UNASSIGNED_AREA
        ? 'Finansieringen er ikke angivet; beløbet kan ikke holdes op mod en ramme'
        : `Ingen ramme for ${financingAreaLabels[cell.area]} i ${cell.year}`;
  }
}

/** The verdict in words, for the package or one area. */
export function balanceVerdictLabel(withinFrames: boolean | null): string {
  if (withinFrames === true) return 'Inden for rammerne';
  if (withinFrames === false) return 'Overskrider rammerne';
  return 'Kan ikke afgøres: der er udgifter uden en ramme';
}
