import fc from 'fast-check';
import { isDanishMessage } from '../lifecycle/invariants.spec-helper';
import { parseFraction } from '../money/fraction';
import { badShareTexts, financingArb, invalidFinancingArb } from './arbitraries.spec-helper';
import {
  type FinancingShare,
  financingAreas,
  financingFractions,
  financingProblem,
} from './financing';

/** Whether the shares make exactly 1, counted in integers: Σ nᵢ·(D/dᵢ) = D with D = Π dᵢ. */
function makesOne(shares: readonly { numerator: number; denominator: number }[]): boolean {
  const whole = shares.reduce((product, share) => product * BigInt(share.denominator), 1n);
  const sum = shares.reduce(
    (total, share) => total + (BigInt(share.numerator) * whole) / BigInt(share.denominator),
    0n,
  );
  return sum === whole;
}

/** The rule, stated once more: distinct areas, each share a fraction in (0, 1], together 1. */
function isValid(financing: readonly FinancingShare[]): boolean {
  if (financing.length === 0) return true;
  const shares = financing.map(({ share }) => parseFraction(share));
  return (
    new Set(financing.map(({ area }) => area)).size === financing.length &&
    shares.every((share) => share !== null) &&
    makesOne(shares as { numerator: number; denominator: number }[])
  );
}

/** Financings of every kind: valid, broken in a known way, and shares of any text at all. */
const anyFinancingArb: fc.Arbitrary<FinancingShare[]> = fc.oneof(
  financingArb,
  invalidFinancingArb,
  fc.array(
    fc.record({
      area: fc.constantFrom(...financingAreas),
      share: fc.oneof(
        fc.constantFrom('1', '1/2', '0,5', '1/3', '2/3', ...badShareTexts),
        fc.string(),
      ),
    }),
    { maxLength: 4 },
  ),
);

describe('a financing', () => {
  it('is valid whenever distinct areas’ shares add up to exactly 1, in any order', () => {
    fc.assert(
      fc.property(financingArb, (financing) => {
        expect(financingProblem(financing)).toBeNull();
        expect(financingProblem([...financing].reverse())).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('is refused, in Danish, when a share is off, an area is named twice or a share unreadable', () => {
    fc.assert(
      fc.property(invalidFinancingArb, (financing) => {
        const problem = financingProblem(financing);
        expect(problem).not.toBeNull();
        expect(isDanishMessage(problem!)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('is valid exactly when the rule says so, for any shares at all (never throws)', () => {
    fc.assert(
      fc.property(anyFinancingArb, (financing) => {
        expect(financingProblem(financing) === null).toBe(isValid(financing));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives its shares as exact fractions, in its own order, making exactly 1', () => {
    fc.assert(
      fc.property(financingArb, (financing) => {
        const fractions = financingFractions(financing);
        expect(fractions.map(({ area }) => area)).toEqual(financing.map(({ area }) => area));
        expect(makesOne(fractions.map(({ share }) => share))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
