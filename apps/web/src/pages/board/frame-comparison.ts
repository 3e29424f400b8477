import { financingAreaLabels, financingAreas, type FinancingArea } from '@budgetflow/domain';
import type { Frames, Totals } from '../../api/types';

// What is included so far held against the frames, per year and financing area, in whole kroner
// so that the remainders are exact.

export interface FrameCell {
  readonly included: number;
  /** The frame, or null when none is set for this year and area. */
  readonly frame: number | null;
  /** Frame minus included; negative is over the frame. Null without a frame. */
  readonly remainder: number | null;
}

export interface FrameRow {
  readonly area: FinancingArea | 'unassigned' | 'total';
  readonly label: string;
  /** In the order of the years. */
  readonly cells: readonly FrameCell[];
}

export interface FrameComparison {
  readonly years: readonly number[];
  readonly rows: readonly FrameRow[];
  /** The row of the sums, every area together. */
  readonly total: FrameRow;
  readonly hasFrames: boolean;
}

export function compareWithFrames(
  years: readonly number[],
  included: Totals,
  frames: Frames | undefined,
): FrameComparison {
  const includedOf = (year: number, area: string) =>
    included.years.find((one) => one.year === year)?.areas.find((one) => one.area === area)
      ?.kroner ?? 0;
  const frameOf = (year: number, area: string) =>
    frames?.frames.find((one) => one.year === year && one.area === area)?.amount.kroner ?? null;
  const cell = (includedKroner: number, frame: number | null): FrameCell => ({
    included: includedKroner,
    frame,
    remainder: frame === null ? null : frame - includedKroner,
  });

  const rows: FrameRow[] = financingAreas.map((area) => ({
    area,
    label: financingAreaLabels[area],
    cells: years.map((year) => cell(includedOf(year, area), frameOf(year, area))),
  }));
  // Amounts not yet placed in an area are shown, so that the sum row adds up.
  const unassigned = years.map((year) => includedOf(year, 'unassigned'));
  if (unassigned.some((kroner) => kroner !== 0)) {
    rows.push({
      area: 'unassigned',
      label:
        included.years.flatMap((year) => year.areas).find((one) => one.area === 'unassigned')
          ?.areaLabel ?? 'Uden finansieringskasse',
      cells: unassigned.map((kroner) => cell(kroner, null)),
    });
  }

  const total: FrameRow = {
    area: 'total',
    label: 'I alt',
    cells: years.map((_, index) => {
      const column = rows.map((row) => row.cells[index]!);
      const framed = column.filter((one) => one.frame !== null);
      // A sum of frames only says something when nothing included lies outside them.
      const comparable =
        framed.length > 0 && column.every((one) => one.frame !== null || one.included === 0);
      return cell(
        column.reduce((sum, one) => sum + one.included, 0),
        comparable ? framed.reduce((sum, one) => sum + one.frame!, 0) : null,
      );
    }),
  };
  return { years, rows, total, hasFrames: (frames?.frames.length ?? 0) > 0 };
}

/** Mio. kr. of whole kroner, for the chart's scale. */
export function mioKrOf(kroner: number): number {
  return kroner / 1_000_000;
}
