// Generators of amounts for the money property specs. Named *.spec-helper.ts so that jest does
// not run it as a test.
import fc, { type Arbitrary } from 'fast-check';
import { MAX_TENTHS } from '../initiative/arbitraries.spec-helper';
import { KRONER_PER_TENTH } from './money';

/**
 * Whole kroner of every size the domain counts: everyday amounts, whole tenths of a million as
 * the form has them, any safe integer, and amounts next to half a tenth, where rounding turns.
 */
export const kronerArb: Arbitrary<number> = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.integer({ min: -MAX_TENTHS, max: MAX_TENTHS }).map((tenths) => tenths * KRONER_PER_TENTH),
  fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc
    .record({
      tenths: fc.integer({ min: -(MAX_TENTHS - 1), max: MAX_TENTHS - 1 }),
      offset: fc.integer({ min: -3, max: 3 }),
    })
    .map(
      ({ tenths, offset }) =>
        tenths * KRONER_PER_TENTH + (tenths < 0 ? -1 : 1) * (KRONER_PER_TENTH / 2) + offset || 0,
    ),
);

/** The exact sum, in integers that cannot overflow. */
export const exactSum = (amounts: readonly number[]): bigint =>
  amounts.reduce((sum, amount) => sum + BigInt(amount), 0n);

export const isSafe = (value: bigint): boolean =>
  value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER);

export const abs = (value: bigint): bigint => (value < 0n ? -value : value);
