import fc from 'fast-check';
import { MAX_TENTHS } from '../initiative/arbitraries.spec-helper';
import { abs, exactSum, isSafe, kronerArb } from './arbitraries.spec-helper';
import { formatMioKr } from './format';
import { KRONER_PER_TENTH, kronerFromMioKr, mioKrFromKroner, sumKroner } from './money';

/** sumKroner's outcome as a value: the sum, or that it refused. */
const outcome = (amounts: Iterable<number>): number | 'refused' => {
  try {
    return sumKroner(amounts);
  } catch (error) {
    if (error instanceof RangeError) return 'refused';
    throw error;
  }
};

describe('sums of kroner', () => {
  it('are the exact integer sum, or refused when that is too large to count exactly', () => {
    fc.assert(
      fc.property(fc.array(kronerArb, { maxLength: 12 }), (amounts) => {
        const exact = exactSum(amounts);
        expect(outcome(amounts)).toBe(isSafe(exact) ? Number(exact) : 'refused');
      }),
      { numRuns: 2000 },
    );
  });

  it('do not depend on the order of the amounts (commutative)', () => {
    // The order as random sort keys, not a chained shuffle: that keeps shrinking short.
    const arrangedArb = fc
      .record({ amounts: fc.array(kronerArb, { maxLength: 12 }), keys: fc.array(fc.nat()) })
      .map(({ amounts, keys }) => {
        const order = amounts.map((_, index) => index);
        order.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || b - a);
        return [amounts, order.map((index) => amounts[index] as number)] as const;
      });
    fc.assert(
      fc.property(arrangedArb, ([amounts, shuffled]) => {
        expect(outcome(shuffled)).toBe(outcome(amounts));
      }),
      { numRuns: 2000 },
    );
  });

  it('do not depend on how the amounts are grouped (associative)', () => {
    const groupsArb = fc.tuple(
      fc.array(kronerArb, { maxLength: 6 }),
      fc.array(kronerArb, { maxLength: 6 }),
    );
    fc.assert(
      fc.property(groupsArb, ([first, second]) => {
        const [a, b] = [outcome(first), outcome(second)];
        fc.pre(a !== 'refused' && b !== 'refused');
        expect(outcome([a as number, b as number])).toBe(outcome([...first, ...second]));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('mio. kr. as the form writes them', () => {
  const tenthsArb = fc.oneof(
    fc.integer({ min: -100_000, max: 100_000 }),
    fc.integer({ min: -MAX_TENTHS, max: MAX_TENTHS }),
  );

  it('become exact kroner and back, for every amount of one decimal', () => {
    fc.assert(
      fc.property(tenthsArb, (tenths) => {
        const kroner = tenths * KRONER_PER_TENTH || 0;
        expect(kronerFromMioKr(tenths / 10)).toBe(kroner);
        expect(kronerFromMioKr(mioKrFromKroner(kroner))).toBe(kroner);
      }),
      { numRuns: 2000 },
    );
  });

  it('are refused with a second decimal, never rounded', () => {
    const hundredthsArb = fc
      .integer({ min: -MAX_TENTHS * 10, max: MAX_TENTHS * 10 })
      .filter((hundredths) => hundredths % 10 !== 0);
    fc.assert(
      fc.property(hundredthsArb, (hundredths) => {
        expect(kronerFromMioKr(hundredths / 100)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

/** Reads "-1.234,5 mio. kr." back into kroner; null when it is not written so. */
function readMioKr(text: string): bigint | null {
  const match = /^(-?)(\d{1,3}(?:\.\d{3})*),(\d) mio\. kr\.$/.exec(text);
  if (!match) return null;
  const tenths = BigInt(`${match[2]!.replaceAll('.', '')}${match[3]}`);
  return (match[1] ? -tenths : tenths) * BigInt(KRONER_PER_TENTH);
}

describe('amounts written in Danish', () => {
  it('read back as the amount rounded to the nearest tenth, half a tenth away from zero', () => {
    fc.assert(
      fc.property(kronerArb, (kroner) => {
        const text = formatMioKr(kroner);
        const exact = BigInt(kroner);
        const tenth = BigInt(KRONER_PER_TENTH);
        const rounded = ((abs(exact) + tenth / 2n) / tenth) * tenth;
        const expected = exact < 0n ? -rounded : rounded;

        expect({ text, kroner: readMioKr(text) }).toEqual({ text, kroner: expected });
        // A saving that rounds to nothing is "0,0", never "-0,0".
        expect(text.startsWith('-')).toBe(expected < 0n);
      }),
      { numRuns: 2000 },
    );
  });

  it('read back exactly for whole tenths, as the form has them', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_TENTHS, max: MAX_TENTHS }), (tenths) => {
        const kroner = tenths * KRONER_PER_TENTH || 0;
        expect(readMioKr(formatMioKr(kroner))).toBe(BigInt(kroner));
      }),
      { numRuns: 1000 },
    );
  });
});
