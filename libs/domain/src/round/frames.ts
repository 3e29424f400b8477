import { financingAreaLabels, type FinancingArea } from '../initiative/financing';
import type { Kroner } from '../money/money';

/**
 * A frame ("ramme"): what one financing area has to spend in one year of the round, the amount
 * the negotiation's initiatives are held against. A year or area without one has no frame set.
 */
export interface Frame {
  readonly year: number;
  readonly area: FinancingArea;
  readonly kroner: Kroner;
}

/** A problem with one frame of a set, and the field it concerns ('' for the frame as a whole). */
export interface FrameProblem {
  readonly index: number;
  readonly field: 'year' | '';
  readonly message: string;
}

/**
 * Why a round cannot have these frames: a year outside the round, or a year and area given
 * twice. The amounts (not negative, one decimal of mio. kr.) are the schema's to check.
 */
export function frameProblems(
  frames: readonly Pick<Frame, 'year' | 'area'>[],
  years: readonly number[],
): FrameProblem[] {
  const problems: FrameProblem[] = [];
  const seen = new Set<string>();
  frames.forEach(({ year, area }, index) => {
    if (!years.includes(year)) {
      problems.push({
        index,
        field: 'year',
        message: `${year} er ikke et af budgetrundens år (${years[0]}-${years[years.length - 1]})`,
      });
    }
    const key = `${year}/${area}`;
    if (seen.has(key)) {
      problems.push({
        index,
        field: '',
        message: `Rammen for ${financingAreaLabels[area]} i ${year} er angivet mere end én gang`,
      });
    }
    seen.add(key);
  });
  return problems;
}
