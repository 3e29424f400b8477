import fc from 'fast-check';
import { partitionArb } from '../initiative/arbitraries.spec-helper';
import { allocateKroner } from './allocate';
import { abs, exactSum, kronerArb } from './arbitraries.spec-helper';
import { type Fraction, fraction } from './fraction';

/** Shares that add up to exactly 1: the everyday splits and any cut of a whole into 1-4 parts. */
const sharesArb: fc.Arbitrary<readonly Fraction[]> = fc.oneof(
  fc.constantFrom(
    [fraction(1, 3), fraction(2, 3)],
    [fraction(1, 3), fraction(1, 3), fraction(1, 3)],
    [fraction(1, 2), fraction(1, 4), fraction(1, 4)],
    [fraction(999_999, 1_000_000), fraction(1, 1_000_000)],
  ),
  fc
    .integer({ min: 1, max: 4 })
    .chain(partitionArb)
    .map(({ numerators, whole }) => numerators.map((numerator) => fraction(numerator, whole))),
);

const splitArb = fc.record({ amount: kronerArb, shares: sharesArb });

describe('splitting an amount between financing areas', () => {
  it('gives parts that add up to the amount exactly', () => {
    fc.assert(
      fc.property(splitArb, ({ amount, shares }) => {
        const parts = allocateKroner(amount, shares);
        expect(parts).toHaveLength(shares.length);
        expect(parts.every(Number.isSafeInteger)).toBe(true);
        expect(exactSum(parts)).toBe(BigInt(amount));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives each area its exact share to within 1 kr', () => {
    fc.assert(
      fc.property(splitArb, ({ amount, shares }) => {
        allocateKroner(amount, shares).forEach((part, index) => {
          const share = shares[index]!;
          // |part - amount × n/d| < 1, in integers: |part × d - amount × n| < d
          const error =
            BigInt(part) * BigInt(share.denominator) - BigInt(amount) * BigInt(share.numerator);
          expect(abs(error) < BigInt(share.denominator)).toBe(true);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('splits a saving as the mirror of the same expense', () => {
    fc.assert(
      fc.property(splitArb, ({ amount, shares }) => {
        const mirrored = allocateKroner(-amount, shares).map((part) => -part || 0);
        expect(mirrored).toEqual(allocateKroner(amount, shares).map((part) => part || 0));
      }),
      { numRuns: 1000 },
    );
  });
});
