import { textLine } from '../text/lines';
import { Warnings } from '../warnings';
import { readFinancing } from './financing';

const read = (...texts: string[]) => {
  const warnings = new Warnings();
  return {
    financing: readFinancing(
      texts.map((t) => textLine(t)),
      warnings,
    ),
    warnings: warnings.list,
  };
};

describe('the financing areas marked', () => {
  it('reads a cross next to one area as the whole of it', () => {
    expect(read('Sundhedskassen X', 'Den regionale udviklingskasse', 'Det sociale område')).toEqual(
      {
        financing: [{ area: 'health', share: '1' }],
        warnings: [],
      },
    );
    expect(read('Sundhedskassen', 'Det sociale omrade x').financing).toEqual([
      { area: 'social', share: '1' },
    ]);
  });

  it('reads shares as fractions, decimals and percentages', () => {
    expect(read('Sundhedskassen 1/3', 'Den regionale udviklingskasse 2/3').financing).toEqual([
      { area: 'health', share: '1/3' },
      { area: 'regionalDevelopment', share: '2/3' },
    ]);
    expect(read('Sundhedskassen 50 %', 'Det sociale område 0,5').financing).toEqual([
      { area: 'health', share: '1/2' },
      { area: 'social', share: '1/2' },
    ]);
  });

  it('reads nothing marked as no financing', () => {
    expect(read('Sundhedskassen', 'Den regionale udviklingskasse', 'Det sociale område')).toEqual({
      financing: [],
      warnings: [],
    });
  });

  it('refuses several crosses without shares, shares that are not a whole, and unreadable marks', () => {
    expect(read('Sundhedskassen X', 'Det sociale område X').warnings[0]?.message).toMatch(
      /ikke med hver sin andel/,
    );
    expect(read('Sundhedskassen 1/3', 'Det sociale område 1/3').warnings[0]?.message).toMatch(
      /præcis 1/,
    );
    expect(read('Sundhedskassen ?').warnings[0]?.message).toMatch(/kan ikke læses/);
    for (const text of [
      ['Sundhedskassen X', 'Det sociale område X'],
      ['Sundhedskassen 1/3'],
      ['Sundhedskassen ?'],
    ]) {
      expect(read(...text).financing).toEqual([]);
    }
  });
});
