import { allocateKroner } from './allocate';
import { type Fraction, fraction } from './fraction';

const third = fraction(1, 3);
const twoThirds = fraction(2, 3);
const sum = (parts: number[]) => parts.reduce((total, part) => total + part, 0);

describe('splitting an amount between financing areas', () => {
  it('splits 100.000 kr. by 1/3 and 2/3 to the krone', () => {
    expect(allocateKroner(100_000, [third, twoThirds])).toEqual([33_333, 66_667]);
  });

  it('gives the one krone of three thirds to the first area', () => {
    expect(allocateKroner(1, [third, third, third])).toEqual([1, 0, 0]);
    expect(allocateKroner(2, [third, third, third])).toEqual([1, 1, 0]);
  });

  it('splits savings the same way, with the sign kept', () => {
    expect(allocateKroner(-100_000, [third, twoThirds])).toEqual([-33_333, -66_667]);
    expect(allocateKroner(-1, [third, third, third])).toEqual([-1, 0, 0]);
  });

  it('gives the whole amount to a single area, and nothing of nothing', () => {
    expect(allocateKroner(300_000, [fraction(1, 1)])).toEqual([300_000]);
    expect(allocateKroner(0, [third, twoThirds])).toEqual([0, 0]);
  });

  it('splits amounts that divide evenly evenly', () => {
    expect(allocateKroner(300_000, [fraction(1, 2), fraction(1, 4), fraction(1, 4)])).toEqual([
      150_000, 75_000, 75_000,
    ]);
  });

  it('keeps the parts adding up to the amount, for many amounts and shares', () => {
    const splits: Fraction[][] = [
      [fraction(1, 1)],
      [fraction(1, 2), fraction(1, 2)],
      [third, twoThirds],
      [third, third, third],
      [fraction(1, 7), fraction(2, 7), fraction(4, 7)],
      [fraction(1, 10), fraction(9, 10)],
      [fraction(999_999, 1_000_000), fraction(1, 1_000_000)],
    ];
    let seed = 20260101;
    const random = () => {
      // A small linear congruential generator: the same amounts on every run.
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };

    for (let run = 0; run < 2_000; run++) {
      const magnitude = 10 ** Math.floor(random() * 13);
      const amount = Math.round((random() * 2 - 1) * magnitude) || 0; // no negative zero
      const shares = splits[run % splits.length] as Fraction[];
      const parts = allocateKroner(amount, shares);

      expect(sum(parts)).toBe(amount);
      parts.forEach((part, index) => {
        const share = shares[index] as Fraction;
        expect(Number.isSafeInteger(part)).toBe(true);
        // |part - amount × share| < 1, in exact integers: |part × d - amount × n| < d
        const error =
          BigInt(part) * BigInt(share.denominator) - BigInt(amount) * BigInt(share.numerator);
        expect(error < 0n ? -error : error).toBeLessThan(BigInt(share.denominator));
        expect(part * amount).toBeGreaterThanOrEqual(0); // never the opposite sign
      });
    }
  });
});
