import fc from 'fast-check';
import { abs } from '../money/arbitraries.spec-helper';
import { parseFraction } from '../money/fraction';
import { KRONER_PER_TENTH } from '../money/money';
import { economyTableSchema } from '../schemas/form';
import {
  cellsArb,
  economyArb,
  financingArb,
  MAX_TENTHS,
  roundYearsArb,
} from './arbitraries.spec-helper';
import {
  type EconomyTable,
  economyRows,
  hasAmounts,
  totalForYear,
  totalsPerYear,
  totalsPerYearAndArea,
  type YearAmounts,
  yearsOutsideRound,
} from './economy';

/** Tenths of a million: everyday amounts, and any the form can count; negative ones save. */
const tenthsArb = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.integer({ min: -MAX_TENTHS, max: MAX_TENTHS }),
);

/** A table as the form fills it in, in mio. kr. with one decimal, some cells left empty. */
const filledInArb = roundYearsArb.chain((years) =>
  fc.record({
    years: fc.constant(years),
    tenths: fc.record({
      establishmentCosts: cellsArb(years, tenthsArb),
      salaries: cellsArb(years, tenthsArb),
      otherOperations: cellsArb(years, tenthsArb),
      staffFte: cellsArb(years, fc.nat({ max: 1000 })),
    }),
  }),
);

const inMioKr = (cells: YearAmounts) =>
  Object.fromEntries(Object.entries(cells).map(([year, tenths]) => [year, tenths / 10]));

/** The table as the form's schema stores it, in kroner. */
const stored = (tenths: Record<string, YearAmounts>): EconomyTable =>
  economyTableSchema.parse(
    Object.fromEntries(Object.entries(tenths).map(([row, cells]) => [row, inMioKr(cells)])),
  );

/** The year's total as the sum of the tenths the form shows, counted in integers. */
const exactTotal = (tenths: Record<string, YearAmounts>, year: number) =>
  economyRows.reduce((sum, row) => sum + BigInt(tenths[row]?.[String(year)] ?? 0), 0n) *
  BigInt(KRONER_PER_TENTH);

const totalOutcome = (table: EconomyTable, year: number) => {
  try {
    return BigInt(totalForYear(table, year));
  } catch (error) {
    if (error instanceof RangeError) return 'refused';
    throw error;
  }
};

describe('the economy table, for any amounts the form allows', () => {
  it('totals each year to the exact sum of its rows, or refuses a total too large to count', () => {
    fc.assert(
      fc.property(filledInArb, ({ years, tenths }) => {
        const table = stored(tenths);
        for (const year of years) {
          const exact = exactTotal(tenths, year);
          const countable = abs(exact) <= BigInt(Number.MAX_SAFE_INTEGER);
          expect(totalOutcome(table, year)).toBe(countable ? exact : 'refused');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('totals every year of the round, an empty year as 0, staff (årsværk) left out', () => {
    const tableArb = roundYearsArb.chain((years) =>
      fc.record({ years: fc.constant(years), table: economyArb(years) }),
    );
    fc.assert(
      fc.property(tableArb, ({ years, table }) => {
        const totals = totalsPerYear(table, years);
        expect(Object.keys(totals)).toEqual(years.map(String));
        for (const year of years) {
          const empty = economyRows.every((row) => table[row][String(year)] === undefined);
          expect(totals[String(year)]).toBe(empty ? 0 : totalForYear(table, year));
        }
        expect(totalsPerYear({ ...table, staffFteTenths: {} }, years)).toEqual(totals);
      }),
      { numRuns: 500 },
    );
  });

  it('asks for money exactly when some cell is not zero, savings included', () => {
    const tableArb = roundYearsArb.chain((years) => economyArb(years, 2));
    fc.assert(
      fc.property(tableArb, (table) => {
        const cells = economyRows.flatMap((row) => Object.values(table[row]));
        expect(hasAmounts(table)).toBe(cells.some((kroner) => kroner !== 0));
      }),
      { numRuns: 1000 },
    );
  });

  it('names each year outside the round once, in order', () => {
    // A table over a wider span of years than the round it is checked against.
    const caseArb = roundYearsArb.chain((span) =>
      fc.record({ table: economyArb(span), years: fc.subarray(span) }),
    );
    fc.assert(
      fc.property(caseArb, ({ table, years }) => {
        const named = Object.values(table).flatMap((row: YearAmounts) => Object.keys(row));
        const outside = [...new Set(named)].filter((year) => !years.includes(Number(year)));
        expect(yearsOutsideRound(table, years)).toEqual(outside.sort());
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the totals split between financing areas', () => {
  const caseArb = roundYearsArb.chain((years) =>
    fc.record({ years: fc.constant(years), table: economyArb(years), financing: financingArb }),
  );

  it('add up to each year’s total exactly, each area within 1 kr of its share', () => {
    fc.assert(
      fc.property(caseArb, ({ years, table, financing }) => {
        const parts = totalsPerYearAndArea(table, financing, years);
        expect(parts.map(({ year, area }) => [year, area])).toEqual(
          years.flatMap((year) => financing.map(({ area }) => [year, area])),
        );
        for (const year of years) {
          const total = BigInt(totalForYear(table, year));
          const ofYear = parts.filter((part) => part.year === year);
          expect(ofYear.reduce((sum, part) => sum + BigInt(part.kroner), 0n)).toBe(total);
          ofYear.forEach((part, index) => {
            const share = parseFraction(financing[index]!.share)!;
            const error =
              BigInt(part.kroner) * BigInt(share.denominator) - total * BigInt(share.numerator);
            expect(abs(error) < BigInt(share.denominator)).toBe(true);
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});
