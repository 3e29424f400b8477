import {
  type FinancingArea,
  financingAreaLabels,
  financingAreas,
  frameProblems,
  framesSchema,
} from '@budgetflow/domain';
import type { z } from 'zod';
import { ApiProblem } from '../../api/client';
import type { Frames } from '../../api/types';
import { parseDanishNumber } from '../../format';

// The round's frames as a coordinator types them: one text per financing area and year, kept as
// typed (a half-typed "1," is never rewritten), read as numbers only to check and to send. What
// counts as a valid frame is the domain's: framesSchema for the amounts, frameProblems for the set.

/** Per financing area, one cell per year of the round, in the order of the years. */
export type FramesDraft = Record<FinancingArea, string[]>;

/** The body of PUT /api/rounds/{r}/frames: the whole set, in mio. kr. */
export type FramesBody = z.input<typeof framesSchema>;

/** Why one cell cannot be sent, at the cell's year and area. */
export interface FrameCellError {
  readonly area: FinancingArea;
  readonly year: number;
  readonly message: string;
}

const notANumber = 'Skriv rammen i mio. kr. med højst én decimal, fx 1.234,5';

// Grouped, at most one decimal, no trailing ",0": as people write amounts on the paper form.
const cellFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** The name of a cell, as its input is labelled and its errors are listed. */
export function frameCellLabel(area: FinancingArea, year: number): string {
  return `${financingAreaLabels[area]} ${year}`;
}

/** The cells prefilled from the frames as the API gives them; no frame is an empty cell. */
export function framesDraftOf(frames: Frames | undefined, years: readonly number[]): FramesDraft {
  const cellOf = (area: FinancingArea, year: number) => {
    const frame = frames?.frames.find((one) => one.area === area && one.year === year);
    return frame ? cellFormat.format(frame.amount.mioKr).replace('\u2212', '-') : '';
  };
  return Object.fromEntries(
    financingAreas.map((area) => [area, years.map((year) => cellOf(area, year))]),
  ) as FramesDraft;
}

/**
 * The body to send, or the cells that are wrong. Empty cells are no frame and are left out; the
 * frames go by year, then in the order of the financing areas, as the API lists them.
 */
export function parseFramesDraft(
  draft: FramesDraft,
  years: readonly number[],
): { body: FramesBody; errors: null } | { body: null; errors: FrameCellError[] } {
  const frames: FramesBody['frames'] = [];
  const errors: FrameCellError[] = [];
  years.forEach((year, index) => {
    for (const area of financingAreas) {
      const text = draft[area][index] ?? '';
      if (text.trim() === '') continue;
      const amount = parseDanishNumber(text);
      if (amount === null) errors.push({ area, year, message: notANumber });
      else frames.push({ year, area, amount });
    }
  });
  const body = { frames };
  const parsed = framesSchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const cell = cellOfPath(issue.path.map(String), body);
      if (cell) errors.push({ ...cell, message: issue.message });
    }
  }
  for (const problem of frameProblems(frames, years)) {
    const frame = frames[problem.index];
    if (frame) errors.push({ area: frame.area, year: frame.year, message: problem.message });
  }
  return errors.length === 0
    ? { body, errors: null }
    : { body: null, errors: firstPerCell(errors) };
}

/**
 * The API's field errors of a refused set at the cells they concern: it names them by the
 * position in what was sent ('frames.3.amount', 'frames.3.year', 'frames.3').
 */
export function frameCellErrorsOf(error: unknown, sent: FramesBody | null): FrameCellError[] {
  if (!(error instanceof ApiProblem) || !sent) return [];
  return firstPerCell(
    error.errors.flatMap((problem) => {
      const cell = cellOfPath(problem.field.split('.'), sent);
      return cell ? [{ ...cell, message: problem.message }] : [];
    }),
  );
}

/**
 * The refusal as people read it: the paths the API writes ('frames.3.amount') are named by their
 * cells ('Sundhedskassen 2027'), and the field errors already shown at the cells are not repeated.
 */
export function readableFramesProblem(error: unknown, sent: FramesBody | null): unknown {
  if (!(error instanceof ApiProblem) || !sent) return error;
  const nameOf = (path: string) => {
    const cell = cellOfPath(path.split('.'), sent);
    return cell ? frameCellLabel(cell.area, cell.year) : path;
  };
  const detail = error.detail.replace(/\bframes\.\d+(\.(amount|year|area))?/g, nameOf);
  const unplaced = error.errors.filter((one) => !cellOfPath(one.field.split('.'), sent));
  return new ApiProblem(error.status, error.title, detail, error.code, unplaced);
}

/** The cell that a path into the body names: ['frames', '3', 'amount'] → the fourth frame's. */
function cellOfPath(
  path: readonly string[],
  body: FramesBody,
): Pick<FrameCellError, 'area' | 'year'> | null {
  const [head, index] = path;
  if (head !== 'frames' || index === undefined || !/^\d+$/.test(index)) return null;
  const frame = body.frames[Number(index)];
  return frame ? { area: frame.area, year: frame.year } : null;
}

/** One message a cell (the first reason is the one to fix first), in the table's order. */
function firstPerCell(errors: readonly FrameCellError[]): FrameCellError[] {
  const seen = new Set<string>();
  return errors
    .filter(({ area, year }) => {
      const key = `${area}/${year}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (a, b) => financingAreas.indexOf(a.area) - financingAreas.indexOf(b.area) || a.year - b.year,
    );
}
