import { economy, mio } from '../lifecycle/fixtures.spec-helper';
import { formatMioKr } from '../money/format';
import { kronerFromMioKr } from '../money/money';
import {
  economyRowLabels,
  emptyEconomyTable,
  hasAmounts,
  totalForYear,
  totalsPerYear,
  totalsPerYearAndArea,
  yearsOutsideRound,
} from './economy';

const years = [2026, 2027, 2028, 2029];

describe('the economy table', () => {
  const table = economy({
    establishmentCosts: { 2026: 0.1 },
    salaries: { 2026: 0.2, 2027: 0.4 },
    otherOperations: { 2027: 0.1, 2028: -0.2 },
    staffFte: { 2026: 0.5, 2027: 1 },
  });

  it('totals a year exactly: 0,1 + 0,2 mio. kr. is 0,3 mio. kr.', () => {
    expect(totalForYear(table, 2026)).toBe(kronerFromMioKr(0.3));
    expect(formatMioKr(totalForYear(table, 2026))).toBe('0,3 mio. kr.');
  });

  it('totals every year of the round, empty years as 0 and savings subtracted', () => {
    expect(totalsPerYear(table, years)).toEqual({
      2026: mio(0.3),
      2027: mio(0.5),
      2028: mio(-0.2),
      2029: 0,
    });
  });

  it('leaves staff (årsværk) out of the money', () => {
    expect(totalForYear(economy({ staffFte: { 2026: 2 } }), 2026)).toBe(0);
    expect(table.staffFteTenths).toEqual({ 2026: 5, 2027: 10 });
  });

  it('tells whether it asks for money, savings included', () => {
    expect(hasAmounts(emptyEconomyTable)).toBe(false);
    expect(hasAmounts(economy({ salaries: { 2026: 0 } }))).toBe(false);
    expect(hasAmounts(economy({ staffFte: { 2026: 1 } }))).toBe(false);
    expect(hasAmounts(economy({ otherOperations: { 2029: -0.1 } }))).toBe(true);
    expect(hasAmounts(table)).toBe(true);
  });

  it('names the years outside the round once each, in order, staff row included', () => {
    const outside = economy({
      salaries: { 2031: 1, 2025: 1 },
      otherOperations: { 2031: 1 },
      staffFte: { 2030: 1, 2026: 1 },
    });

    expect(yearsOutsideRound(outside, years)).toEqual(['2025', '2030', '2031']);
    expect(yearsOutsideRound(table, years)).toEqual([]);
  });

  it('has the labels of the form', () => {
    expect(economyRowLabels.total).toBe('Udgifter i alt');
  });
});

describe('the totals per financing area', () => {
  it('split each year to the krone, the parts adding up to the year', () => {
    const table = economy({ otherOperations: { 2026: 0.1, 2027: -0.1 } });
    const financing = [
      { area: 'health', share: '1/3' },
      { area: 'social', share: '2/3' },
    ] as const;

    expect(totalsPerYearAndArea(table, financing, [2026, 2027])).toEqual([
      { year: 2026, area: 'health', kroner: 33_333 },
      { year: 2026, area: 'social', kroner: 66_667 },
      { year: 2027, area: 'health', kroner: -33_333 },
      { year: 2027, area: 'social', kroner: -66_667 },
    ]);
  });

  it('are none without a financing', () => {
    expect(totalsPerYearAndArea(economy({ salaries: { 2026: 1 } }), [], years)).toEqual([]);
  });
});
