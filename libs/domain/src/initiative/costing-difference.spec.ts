import { economy, mio } from '../lifecycle/fixtures.spec-helper';
import { costingDifference } from './costing-difference';
import { emptyEconomyTable } from './economy';

const years = [2026, 2027, 2028, 2029];

describe("the difference between the party's estimate and the administration's costing", () => {
  const estimate = economy({
    establishmentCosts: { 2026: 0.5 },
    salaries: { 2026: 1.2, 2027: 1.2 },
    otherOperations: { 2027: -0.3 },
    staffFte: { 2026: 2, 2027: 2 },
  });
  const costing = economy({
    establishmentCosts: { 2026: 0.5 },
    salaries: { 2026: 1.4, 2027: 1.4, 2028: 1.4 },
    otherOperations: { 2027: -0.5, 2028: 0.1 },
    staffFte: { 2026: 2.5, 2027: 2.5, 2028: 2.5 },
  });
  const difference = costingDifference(estimate, costing, years);

  it('subtracts the estimate from the costing cell by cell, exactly (1,4 - 1,2 = 0,2)', () => {
    expect(difference.salaries.years['2026']).toEqual({
      estimate: mio(1.2),
      costing: mio(1.4),
      difference: mio(0.2),
    });
    expect(difference.establishmentCosts.years['2026']).toEqual({
      estimate: mio(0.5),
      costing: mio(0.5),
      difference: 0,
    });
  });

  it('counts a saving as a negative amount: a larger saving is a negative difference', () => {
    expect(difference.otherOperations.years['2027']).toEqual({
      estimate: mio(-0.3),
      costing: mio(-0.5),
      difference: mio(-0.2),
    });
  });

  it('counts an empty cell as nothing, and leaves the difference empty only when both are', () => {
    expect(difference.salaries.years['2028']).toEqual({
      estimate: null,
      costing: mio(1.4),
      difference: mio(1.4),
    });
    expect(difference.establishmentCosts.years['2027']).toEqual({
      estimate: null,
      costing: null,
      difference: null,
    });
    expect(Object.keys(difference.salaries.years)).toEqual(['2026', '2027', '2028', '2029']);
  });

  it('compares the computed total of every year, an empty year as 0', () => {
    expect(difference.total.years).toEqual({
      2026: { estimate: mio(1.7), costing: mio(1.9), difference: mio(0.2) },
      2027: { estimate: mio(0.9), costing: mio(0.9), difference: 0 },
      2028: { estimate: 0, costing: mio(1.5), difference: mio(1.5) },
      2029: { estimate: 0, costing: 0, difference: 0 },
    });
  });

  it('compares FTE in tenths', () => {
    expect(difference.staffFteTenths.years['2026']).toEqual({
      estimate: 20,
      costing: 25,
      difference: 5,
    });
    expect(difference.staffFteTenths.allYears).toEqual({
      estimate: 40,
      costing: 75,
      difference: 35,
    });
  });

  it('sums each row over all the years of the round', () => {
    expect(difference.salaries.allYears).toEqual({
      estimate: mio(2.4),
      costing: mio(4.2),
      difference: mio(1.8),
    });
    expect(difference.otherOperations.allYears).toEqual({
      estimate: mio(-0.3),
      costing: mio(-0.4),
      difference: mio(-0.1),
    });
    expect(difference.total.allYears).toEqual({
      estimate: mio(2.6),
      costing: mio(4.3),
      difference: mio(1.7),
    });
  });

  it('shows a costing that cuts an expense to a saving as the whole swing', () => {
    const swing = costingDifference(
      economy({ otherOperations: { 2026: 0.2 } }),
      economy({ otherOperations: { 2026: -0.1 } }),
      years,
    );
    expect(swing.otherOperations.years['2026']!.difference).toBe(mio(-0.3));
    expect(swing.total.allYears.difference).toBe(mio(-0.3));
  });

  it('finds nothing to compare in two empty tables but zero totals', () => {
    const none = costingDifference(emptyEconomyTable, emptyEconomyTable, years);
    expect(none.salaries.years['2026']).toEqual({
      estimate: null,
      costing: null,
      difference: null,
    });
    expect(none.salaries.allYears).toEqual({ estimate: 0, costing: 0, difference: 0 });
    expect(none.total.years['2029']).toEqual({ estimate: 0, costing: 0, difference: 0 });
  });
});
