import fc from 'fast-check';
import { sumKroner } from '../money/money';
import { economyArb, roundYearsArb } from './arbitraries.spec-helper';
import { costingDifference, costingDifferenceRows } from './costing-difference';
import { economyRows } from './economy';

describe('the costing difference, for any two tables', () => {
  const tables = roundYearsArb.chain((years) =>
    fc.record({
      years: fc.constant(years),
      estimate: economyArb(years),
      costing: economyArb(years),
    }),
  );

  it('gives back the costing when the difference is added to the estimate, in every cell', () => {
    fc.assert(
      fc.property(tables, ({ years, estimate, costing }) => {
        const difference = costingDifference(estimate, costing, years);
        for (const row of costingDifferenceRows) {
          for (const cell of Object.values(difference[row].years)) {
            if (cell.difference === null) {
              expect([cell.estimate, cell.costing]).toEqual([null, null]);
            } else {
              expect((cell.estimate ?? 0) + cell.difference).toBe(cell.costing ?? 0);
            }
          }
          const { allYears } = difference[row];
          expect(allYears.estimate + allYears.difference).toBe(allYears.costing);
        }
      }),
    );
  });

  it("differs in total by the sum of the rows' differences", () => {
    fc.assert(
      fc.property(tables, ({ years, estimate, costing }) => {
        const difference = costingDifference(estimate, costing, years);
        for (const year of years.map(String)) {
          expect(difference.total.years[year]!.difference).toBe(
            sumKroner(economyRows.map((row) => difference[row].years[year]!.difference ?? 0)),
          );
        }
        expect(difference.total.allYears.difference).toBe(
          sumKroner(economyRows.map((row) => difference[row].allYears.difference)),
        );
      }),
    );
  });

  it('is the negation of the difference the other way round', () => {
    fc.assert(
      fc.property(tables, ({ years, estimate, costing }) => {
        const there = costingDifference(estimate, costing, years);
        const back = costingDifference(costing, estimate, years);
        for (const row of costingDifferenceRows) {
          expect(back[row].allYears.difference).toBe(-there[row].allYears.difference || 0);
        }
      }),
    );
  });
});
