import { addFractions, fraction, type Fraction, isOne, parseFraction } from '../money/fraction';
import { organisation } from '../organisation/organisation';

/**
 * A financing area ("kasse") an initiative can be paid from, each balancing on its own: one of
 * the organisation's (config/organisation.json), by its id, e.g. 'health'.
 */
export type FinancingArea = string;

/** The organisation's financing areas, in their order (never empty: the configuration is checked). */
export const financingAreas = organisation.financingAreas.map((area) => area.id) as [
  FinancingArea,
  ...FinancingArea[],
];

export const financingAreaLabels: Readonly<Record<FinancingArea, string>> = Object.fromEntries(
  organisation.financingAreas.map((area) => [area.id, area.label]),
);

/** One area's share of the financing, e.g. { area: 'health', share: '1/3' }. */
export interface FinancingShare {
  readonly area: FinancingArea;
  readonly share: string;
}

/** Why a set of shares is not a valid financing; null when it is. */
export function financingProblem(shares: readonly FinancingShare[]): string | null {
  if (shares.length === 0) return null;
  const seen = new Set<FinancingArea>();
  let total: Fraction | null = fraction(0, 1);
  for (const { area, share } of shares) {
    if (seen.has(area)) return `${financingAreaLabels[area]} er angivet mere end én gang`;
    seen.add(area);
    const parsed = parseFraction(share);
    if (!parsed)
      return `Andelen "${share}" for ${financingAreaLabels[area]} er ikke en brøk mellem 0 og 1`;
    total = total && exactSum(total, parsed);
  }
  if (!total) return 'Andelene af finansieringen skal tilsammen give præcis 1';
  if (!isOne(total)) {
    return `Andelene af finansieringen skal tilsammen give præcis 1 (de giver ${total.numerator}/${total.denominator})`;
  }
  return null;
}

/**
 * The sum, or null when it is too fine-grained to be counted exactly (e.g. 1/999983 + 1/999979 +
 * 1/999961). Such a sum is not 1: with the three areas, shares that do add up to 1 keep every
 * partial sum within safe integers.
 */
function exactSum(a: Fraction, b: Fraction): Fraction | null {
  try {
    return addFractions(a, b);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** The parsed shares of a valid financing, in a stable order. */
export function financingFractions(
  shares: readonly FinancingShare[],
): { area: FinancingArea; share: Fraction }[] {
  return shares.map(({ area, share }) => {
    const parsed = parseFraction(share);
    if (!parsed) throw new RangeError(`Ugyldig andel ${share}`);
    return { area, share: parsed };
  });
}
