import type { Amount, Frames, Totals } from '../../api/types';
import { compareWithFrames } from './frame-comparison';

const amount = (kroner: number): Amount => ({
  kroner,
  mioKr: kroner / 1_000_000,
  formatted: `${kroner / 1_000_000} mio. kr.`,
});

const totals = (perYear: Record<number, Partial<Record<string, number>>>): Totals => ({
  years: Object.entries(perYear).map(([year, areas]) => ({
    year: Number(year),
    total: amount(Object.values(areas).reduce<number>((sum, one) => sum + (one ?? 0), 0)),
    areas: Object.entries(areas).map(([area, kroner]) => ({
      area: area as 'health',
      areaLabel: area,
      ...amount(kroner ?? 0),
    })),
  })),
  total: amount(0),
});

const frames = (list: [number, 'health' | 'regionalDevelopment' | 'social', number][]): Frames => ({
  roundId: 'r',
  frames: list.map(([year, area, kroner]) => ({
    year,
    area,
    areaLabel: area,
    amount: amount(kroner),
  })),
});

describe('what is included held against the frames', () => {
  it('gives the remainder per year and area, negative when over the frame', () => {
    const comparison = compareWithFrames(
      [2026, 2027],
      totals({ 2026: { health: 3_000_000 }, 2027: { health: 6_000_000 } }),
      frames([
        [2026, 'health', 5_000_000],
        [2027, 'health', 5_000_000],
      ]),
    );
    const health = comparison.rows.find((row) => row.area === 'health')!;
    expect(health.label).toBe('Sundhedskassen');
    expect(health.cells.map((cell) => cell.remainder)).toEqual([2_000_000, -1_000_000]);
    expect(comparison.hasFrames).toBe(true);
  });

  it('has no remainder where no frame is set', () => {
    const comparison = compareWithFrames(
      [2026],
      totals({ 2026: { health: 1_000_000 } }),
      undefined,
    );
    expect(comparison.hasFrames).toBe(false);
    expect(comparison.total.cells[0]).toEqual({
      included: 1_000_000,
      frame: null,
      remainder: null,
    });
  });

  it('sums the frames of a year only when nothing included lies outside them', () => {
    const included = totals({
      2026: { health: 1_000_000, social: 2_000_000 },
      2027: { health: 1_000_000 },
    });
    const set = frames([
      [2026, 'health', 4_000_000],
      [2027, 'health', 4_000_000],
    ]);
    const comparison = compareWithFrames([2026, 2027], included, set);
    expect(comparison.total.cells[0]).toEqual({
      included: 3_000_000,
      frame: null,
      remainder: null,
    });
    expect(comparison.total.cells[1]).toEqual({
      included: 1_000_000,
      frame: 4_000_000,
      remainder: 3_000_000,
    });
  });

  it('shows amounts without a financing area in their own row', () => {
    const comparison = compareWithFrames(
      [2026],
      totals({ 2026: { unassigned: 500_000 } }),
      undefined,
    );
    expect(comparison.rows.map((row) => row.area)).toContain('unassigned');
    expect(comparison.total.cells[0]?.included).toBe(500_000);
  });
});
