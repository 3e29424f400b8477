import { economy, mio } from '../lifecycle/fixtures.spec-helper';
import { fraction } from '../money/fraction';
import {
  adjustedEconomy,
  adjustmentProblems,
  normalizedAdjustment,
  sameAdjustment,
  splitEconomy,
} from './adjustment';

const years = [2026, 2027, 2028, 2029];

describe("a package's adjustment of an initiative", () => {
  const table = economy({
    salaries: { 2026: 1.5, 2027: 1.5 },
    otherOperations: { 2026: 0.3, 2027: 0.3, 2028: 0.3 },
    staffFte: { 2026: 3, 2027: 3 },
  });

  it('takes the initiative as it is without one', () => {
    expect(adjustedEconomy(table, null, years)).toBe(table);
    expect(adjustedEconomy(table, { note: 'Som foreslået' }, years)).toEqual(table);
  });

  it('scales every cell to the share, exactly where the share divides the amount', () => {
    expect(adjustedEconomy(table, { share: '1/2' }, years)).toEqual({
      establishmentCosts: {},
      salaries: { '2026': 750_000, '2027': 750_000 },
      otherOperations: { '2026': 150_000, '2027': 150_000, '2028': 150_000 },
      staffFteTenths: { '2026': 15, '2027': 15 },
    });
  });

  it("rounds a third to the krone so that the year's rows add up to a third of its total", () => {
    const thirds = economy({
      establishmentCosts: { 2026: 0.1 },
      salaries: { 2026: 0.1 },
      otherOperations: { 2026: 0.1 },
    });
    const { kept, leftOut } = splitEconomy(thirds, fraction(1, 3));
    expect([
      kept.establishmentCosts['2026'],
      kept.salaries['2026'],
      kept.otherOperations['2026'],
    ]).toEqual([33_333, 33_334, 33_333]);
    expect([
      leftOut.establishmentCosts['2026'],
      leftOut.salaries['2026'],
      leftOut.otherOperations['2026'],
    ]).toEqual([66_667, 66_666, 66_667]);
  });

  it('scales a saving as the mirror of the same expense', () => {
    const saving = economy({ otherOperations: { 2026: -0.1 } });
    expect(adjustedEconomy(saving, { share: '1/3' }, years).otherOperations).toEqual({
      '2026': -33_333,
    });
    expect(adjustedEconomy(saving, { share: '2/3' }, years).otherOperations).toEqual({
      '2026': -66_667,
    });
  });

  it("moves a year's amounts onto another year, adding to what that year had", () => {
    const moved = adjustedEconomy(table, { moves: [{ from: 2027, to: 2028 }] }, years);
    expect(moved).toEqual(
      economy({
        salaries: { 2026: 1.5, 2028: 1.5 },
        otherOperations: { 2026: 0.3, 2028: 0.6 },
        staffFte: { 2026: 3, 2028: 3 },
      }),
    );
  });

  it('moves all years at once, from the table as it was, so that moves can shift the years', () => {
    const shifted = adjustedEconomy(
      table,
      {
        moves: [
          { from: 2027, to: 2028 },
          { from: 2026, to: 2027 },
        ],
      },
      years,
    );
    expect(shifted.salaries).toEqual({ '2027': mio(1.5), '2028': mio(1.5) });
    expect(shifted.otherOperations).toEqual({
      '2027': mio(0.3),
      '2028': mio(0.6),
    });
  });

  it('applies moves, then the share, then the changed amounts, which are final', () => {
    const adjusted = adjustedEconomy(
      table,
      {
        share: '0,5',
        moves: [{ from: 2026, to: 2029 }],
        amounts: [
          { row: 'salaries', year: 2027, kroner: mio(1.2) },
          { row: 'establishmentCosts', year: 2026, kroner: mio(2) },
        ],
      },
      years,
    );
    expect(adjusted).toEqual({
      establishmentCosts: { '2026': 2_000_000 },
      salaries: { '2027': 1_200_000, '2029': 750_000 },
      otherOperations: { '2027': 150_000, '2028': 150_000, '2029': 150_000 },
      staffFteTenths: { '2027': 15, '2029': 15 },
    });
  });

  it('refuses a move onto a year outside the round, and names the field', () => {
    const adjustment = {
      moves: [
        { from: 2029, to: 2030 },
        { from: 2027, to: 2027 },
        { from: 2025, to: 2026 },
        { from: 2029, to: 2028 },
      ],
      amounts: [
        { row: 'salaries' as const, year: 2031, kroner: 0 },
        { row: 'salaries' as const, year: 2026, kroner: 0 },
        { row: 'salaries' as const, year: 2026, kroner: mio(1) },
      ],
    };
    expect(adjustmentProblems(adjustment, years)).toEqual([
      {
        field: 'moves.0.to',
        message: 'Beløbene kan ikke flyttes til 2030, som ligger uden for budgetrunden (2026-2029)',
      },
      { field: 'moves.1.to', message: '2027 kan ikke flyttes til sig selv' },
      { field: 'moves.2.from', message: '2025 er ikke et af budgetrundens år (2026-2029)' },
      { field: 'moves.3.from', message: 'Beløbene for 2029 er flyttet mere end én gang' },
      { field: 'amounts.0.year', message: '2031 er ikke et af budgetrundens år (2026-2029)' },
      {
        field: 'amounts.2',
        message: 'Løn (til evt. nye årsværk) for 2026 er ændret mere end én gang',
      },
    ]);
    expect(() => adjustedEconomy(table, adjustment, years)).toThrow(RangeError);
    expect(adjustmentProblems({ share: '3/2' }, years)).toEqual([
      { field: 'share', message: 'Andelen skal være en brøk mellem 0 og 1, fx 1/2 eller 0,5' },
    ]);
  });

  it('compares adjustments by what they say: 0,5 is 1/2, all of it is none, a note counts', () => {
    expect(sameAdjustment({ share: '0,5' }, { share: '1/2' })).toBe(true);
    expect(sameAdjustment({ share: '1' }, null)).toBe(true);
    expect(sameAdjustment({ moves: [], note: '  ' }, undefined)).toBe(true);
    expect(
      sameAdjustment(
        {
          moves: [
            { from: 2027, to: 2028 },
            { from: 2026, to: 2027 },
          ],
        },
        {
          moves: [
            { from: 2026, to: 2027 },
            { from: 2027, to: 2028 },
          ],
        },
      ),
    ).toBe(true);
    expect(sameAdjustment({ share: '1/2' }, { share: '1/2', note: 'Halvdelen' })).toBe(false);
    expect(normalizedAdjustment({ share: '2/4', note: ' Halvdelen ' })).toEqual({
      share: '1/2',
      note: 'Halvdelen',
    });
  });
});
