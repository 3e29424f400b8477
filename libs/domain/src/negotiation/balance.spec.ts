import type { Frame } from '../round/frames';
import { mio } from '../lifecycle/fixtures.spec-helper';
import {
  balanceCellLabel,
  balanceVerdictLabel,
  type PackageBalance,
  packageBalance,
} from './balance';
import type { AreaAmount } from './package';

const years = [2026, 2027];

const frames: Frame[] = [
  { year: 2026, area: 'health', kroner: mio(60) },
  { year: 2027, area: 'health', kroner: mio(60) },
  { year: 2026, area: 'regionalDevelopment', kroner: mio(25) },
  { year: 2027, area: 'regionalDevelopment', kroner: mio(25) },
];

const amounts = (...rows: [number, AreaAmount['area'], number][]): AreaAmount[] =>
  rows.map(([year, area, kroner]) => ({ year, area, kroner }));

const cellOf = (balance: PackageBalance, area: string, year: number) =>
  balance.areas.find((a) => a.area === area)?.cells.find((c) => c.year === year);

describe("a package's balance against the frames", () => {
  it('holds each year and area against its own frame, exactly to the krone', () => {
    const balance = packageBalance(
      amounts(
        [2026, 'health', mio(59.9) + 1],
        [2027, 'health', mio(60)],
        [2026, 'regionalDevelopment', 33_333_333],
      ),
      frames,
      years,
    );
    expect(cellOf(balance, 'health', 2026)).toEqual({
      year: 2026,
      area: 'health',
      frame: 60_000_000,
      amount: 59_900_001,
      remainder: 99_999,
      status: 'within',
    });
    expect(cellOf(balance, 'health', 2027)).toMatchObject({ remainder: 0, status: 'within' });
    expect(cellOf(balance, 'regionalDevelopment', 2026)).toMatchObject({
      remainder: -8_333_333,
      status: 'exceeded',
    });
    expect(balance.areas.map((a) => [a.area, a.withinFrames])).toEqual([
      ['health', true],
      ['regionalDevelopment', false],
      ['social', true],
    ]);
    expect(balance.withinFrames).toBe(false);
  });

  it('never lets a surplus in one area cover a deficit in another', () => {
    // Health is 1 kr. over; regional development has 25 mio. kr. to spare. Still over.
    const balance = packageBalance(
      amounts([2026, 'health', mio(60) + 1], [2026, 'regionalDevelopment', 0]),
      frames,
      years,
    );
    expect(cellOf(balance, 'health', 2026)).toMatchObject({ remainder: -1, status: 'exceeded' });
    expect(cellOf(balance, 'regionalDevelopment', 2026)).toMatchObject({
      remainder: mio(25),
    });
    expect(balance.withinFrames).toBe(false);
    expect(balanceVerdictLabel(balance.withinFrames)).toBe('Overskrider rammerne');
  });

  it('counts savings and financing proposals against the expenses of their own area', () => {
    const balance = packageBalance(
      amounts(
        [2026, 'health', mio(70)],
        [2026, 'health', mio(-12.5)],
        [2026, 'regionalDevelopment', mio(-5)],
      ),
      frames,
      years,
    );
    expect(cellOf(balance, 'health', 2026)).toMatchObject({
      amount: mio(57.5),
      remainder: mio(2.5),
      status: 'within',
    });
    // The regional saving makes room there, and only there.
    expect(cellOf(balance, 'regionalDevelopment', 2026)).toMatchObject({
      amount: mio(-5),
      remainder: mio(30),
    });
    expect(balanceCellLabel(cellOf(balance, 'health', 2026)!)).toBe('2,5 mio. kr. tilbage');
    expect(balance.withinFrames).toBe(true);
  });

  it('gives a year and area without a frame no balance, rather than a frame of zero', () => {
    const balance = packageBalance(amounts([2026, 'social', mio(1)]), frames, years);
    const cell = cellOf(balance, 'social', 2026)!;
    expect(cell).toEqual({
      year: 2026,
      area: 'social',
      frame: null,
      amount: mio(1),
      remainder: null,
      status: 'noFrame',
    });
    expect(balanceCellLabel(cell)).toBe('Ingen ramme for Det sociale område i 2026');
    expect(balance.withinFrames).toBeNull();
    expect(balanceVerdictLabel(null)).toBe('Kan ikke afgøres: der er udgifter uden en ramme');
    // Spending nothing, or saving, where there is no frame does not stand in the way.
    expect(packageBalance(amounts([2026, 'social', mio(-1)]), frames, years).withinFrames).toBe(
      true,
    );
    expect(packageBalance([], [], years).withinFrames).toBe(true);
  });

  it('holds amounts without a stated financing against no frame', () => {
    const balance = packageBalance(amounts([2027, 'unassigned', mio(0.3)]), frames, years);
    expect(balance.areas.map((a) => a.area)).toEqual([
      'health',
      'regionalDevelopment',
      'social',
      'unassigned',
    ]);
    const cell = cellOf(balance, 'unassigned', 2027)!;
    expect(cell).toMatchObject({ frame: null, remainder: null, status: 'noFrame' });
    expect(balanceCellLabel(cell)).toContain('Finansieringen er ikke angivet');
    expect(balance.withinFrames).toBeNull();
  });

  it('says by how much a frame is exceeded', () => {
    const balance = packageBalance(amounts([2027, 'health', mio(61.5)]), frames, years);
    expect(balanceCellLabel(cellOf(balance, 'health', 2027)!)).toBe('1,5 mio. kr. over rammen');
  });
});
