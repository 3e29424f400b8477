import fc from 'fast-check';
import { partitionArb, shareTextArb } from '../initiative/arbitraries.spec-helper';
import {
  addFractions,
  type Fraction,
  formatFraction,
  fraction,
  isOne,
  parseFraction,
} from './fraction';

/** A share between 0 and 1 as the form can write it: n/d with at most six digits each. */
const shareArb: fc.Arbitrary<Fraction> = fc
  .integer({ min: 1, max: 999_999 })
  .chain((denominator) =>
    fc.integer({ min: 1, max: denominator }).map((numerator) => fraction(numerator, denominator)),
  );

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/** What adding two shares must give, counted in integers that cannot overflow. */
function exactSum(a: Fraction, b: Fraction): { numerator: bigint; denominator: bigint } {
  const numerator =
    BigInt(a.numerator) * BigInt(b.denominator) + BigInt(b.numerator) * BigInt(a.denominator);
  const denominator = BigInt(a.denominator) * BigInt(b.denominator);
  const divisor = gcd(numerator, denominator);
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

const sumOutcome = (a: Fraction, b: Fraction) => {
  try {
    return addFractions(a, b);
  } catch (error) {
    if (error instanceof RangeError) return 'refused';
    throw error;
  }
};

describe('shares as fractions', () => {
  it('are read back as written, in lowest terms', () => {
    fc.assert(
      fc.property(shareArb, (share) => {
        expect(parseFraction(formatFraction(share))).toEqual(share);
      }),
      { numRuns: 1000 },
    );
  });

  it('are read the same in every way the form may write them', () => {
    const writtenArb = fc
      .integer({ min: 1, max: 3 })
      .chain(partitionArb)
      .chain(({ numerators, whole }) =>
        shareTextArb(numerators[0]!, whole).map((text) => ({
          text,
          numerator: numerators[0]!,
          whole,
        })),
      );
    fc.assert(
      fc.property(writtenArb, ({ text, numerator, whole }) => {
        expect(parseFraction(text)).toEqual(fraction(numerator, whole));
      }),
      { numRuns: 1000 },
    );
  });

  it('are, when read from any text at all, in lowest terms between 0 and 1, or nothing', () => {
    const textArb = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .tuple(fc.nat({ max: 2_000_000 }), fc.constantFrom('/', ' / ', ',', '.'), fc.nat())
        .map(([a, separator, b]) => `${a}${separator}${b}`),
    );
    fc.assert(
      fc.property(textArb, (text) => {
        const share = parseFraction(text);
        if (share === null) return;
        expect(share.numerator).toBeGreaterThan(0);
        expect(share.numerator).toBeLessThanOrEqual(share.denominator);
        expect(gcd(BigInt(share.numerator), BigInt(share.denominator))).toBe(1n);
      }),
      { numRuns: 2000 },
    );
  });

  it('add up exactly, whichever comes first, or refuse to when the sum is too fine', () => {
    fc.assert(
      fc.property(shareArb, shareArb, (a, b) => {
        const sum = sumOutcome(a, b);
        expect(sumOutcome(b, a)).toEqual(sum);
        if (sum === 'refused') return;
        const exact = exactSum(a, b);
        expect([BigInt(sum.numerator), BigInt(sum.denominator)]).toEqual([
          exact.numerator,
          exact.denominator,
        ]);
      }),
      { numRuns: 2000 },
    );
  });

  it('of a whole cut into parts add up to exactly 1', () => {
    const cutArb = fc.integer({ min: 1, max: 3 }).chain(partitionArb);
    fc.assert(
      fc.property(cutArb, ({ numerators, whole }) => {
        const sum = numerators
          .map((numerator) => fraction(numerator, whole))
          .reduce((total, share) => addFractions(total, share), fraction(0, 1));
        expect(isOne(sum)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
