import { mio } from '../lifecycle/fixtures.spec-helper';
import { packageDifference } from './difference';
import type { AreaAmount } from './package';

const totals = (...rows: [number, AreaAmount['area'], number][]): AreaAmount[] =>
  rows.map(([year, area, kroner]) => ({ year, area, kroner }));

describe('the difference between two packages', () => {
  const first = {
    items: [
      { number: '4.5', adjustment: null },
      { number: '6.1', adjustment: { share: '1/2' } },
      { number: '7.1', adjustment: null },
      { number: '4.10', adjustment: { share: '0,5' } },
    ],
    totals: totals([2026, 'health', mio(3)], [2026, 'regionalDevelopment', mio(-1)]),
  };
  const second = {
    items: [
      { number: '6.1', adjustment: { share: '1/2', moves: [{ from: 2026, to: 2027 }] } },
      { number: '4.10', adjustment: { share: '1/2' } },
      { number: '5.2', adjustment: null },
      { number: '4.2', adjustment: null },
    ],
    totals: totals(
      [2026, 'health', mio(1.5)],
      [2026, 'regionalDevelopment', mio(4)],
      [2026, 'unassigned', mio(0.2)],
    ),
  };

  it('names the initiatives only one has, and those both have but adjust differently', () => {
    const difference = packageDifference(first, second);
    expect(difference.onlyInFirst).toEqual(['4.5', '7.1']);
    expect(difference.onlyInSecond).toEqual(['4.2', '5.2']);
    expect(difference.adjustedDifferently).toEqual([
      {
        number: '6.1',
        first: { share: '1/2' },
        second: { share: '1/2', moves: [{ from: 2026, to: 2027 }] },
      },
    ]);
  });

  it('gives per year and area the second less the first, exactly, savings included', () => {
    expect(packageDifference(first, second).amounts).toEqual([
      { year: 2026, area: 'health', first: mio(3), second: mio(1.5), difference: mio(-1.5) },
      {
        year: 2026,
        area: 'regionalDevelopment',
        first: mio(-1),
        second: mio(4),
        difference: mio(5),
      },
      { year: 2026, area: 'unassigned', first: 0, second: mio(0.2), difference: mio(0.2) },
    ]);
  });

  it('finds nothing between a package and itself', () => {
    const same = packageDifference(first, first);
    expect(same.onlyInFirst).toEqual([]);
    expect(same.onlyInSecond).toEqual([]);
    expect(same.adjustedDifferently).toEqual([]);
    expect(same.amounts.every((row) => row.difference === 0)).toBe(true);
  });
});
