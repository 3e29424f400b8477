import fc from 'fast-check';
import { financingArb, MAX_TENTHS } from '../initiative/arbitraries.spec-helper';
import { formatFraction, parseFraction } from '../money/fraction';
import { KRONER_PER_TENTH } from '../money/money';
import { economyTableSchema, financingSchema } from './form';

const tenthsArb = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.integer({ min: -MAX_TENTHS, max: MAX_TENTHS }),
);

describe('the form’s amounts, in mio. kr.', () => {
  it('become exact kroner for any amount of one decimal, savings included', () => {
    fc.assert(
      fc.property(tenthsArb, fc.nat({ max: 10_000 }), (tenths, staffTenths) => {
        const table = economyTableSchema.parse({
          salaries: { 2026: tenths / 10 },
          staffFte: { 2026: staffTenths / 10 },
        });
        expect(table.salaries['2026']).toBe(tenths * KRONER_PER_TENTH || 0);
        expect(table.staffFteTenths['2026']).toBe(staffTenths);
      }),
      { numRuns: 1000 },
    );
  });

  it('are refused with a second decimal, in Danish, never rounded', () => {
    const hundredthsArb = fc
      .integer({ min: -MAX_TENTHS * 10, max: MAX_TENTHS * 10 })
      .filter((hundredths) => hundredths % 10 !== 0);
    fc.assert(
      fc.property(hundredthsArb, (hundredths) => {
        const result = economyTableSchema.safeParse({
          otherOperations: { 2027: hundredths / 100 },
        });
        expect(result.success).toBe(false);
        expect(result.error?.issues[0]?.message).toBe(
          'Beløb angives i mio. kr. med højst én decimal, fx 0,3',
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the form’s financing', () => {
  it('is kept with each share in lowest terms, and reads the same when read again', () => {
    fc.assert(
      fc.property(financingArb, (financing) => {
        const read = financingSchema.parse(financing);
        expect(read).toEqual(
          financing.map(({ area, share }) => ({
            area,
            share: formatFraction(parseFraction(share)!),
          })),
        );
        expect(financingSchema.parse(read)).toEqual(read);
      }),
      { numRuns: 1000 },
    );
  });
});
