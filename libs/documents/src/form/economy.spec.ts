import { textLine, type TextCell, type TextLine } from '../text/lines';
import { Warnings } from '../warnings';
import { readEconomy } from './economy';

const read = (lines: TextLine[]) => {
  const warnings = new Warnings();
  return { economy: readEconomy(lines, warnings), warnings: warnings.list };
};
const row = (...cells: string[]): TextLine => ({
  cells: cells.map((text, column) => ({ text, column })),
});
const placed = (...cells: [string, number][]): TextLine => ({
  cells: cells.map(([text, x]): TextCell => ({ text, x, width: text.length * 5 })),
});
const lines = (...texts: string[]) => texts.map((text) => textLine(text));
const empty = { establishmentCosts: {}, salaries: {}, otherOperations: {}, staffFte: {} };

describe('the economy table', () => {
  it('reads a Word or tab-separated table by column, empty cells included', () => {
    const { economy, warnings } = read([
      row('Økonomi (mio. kr.)', '2025', '2026', '2027', '2028'),
      row('Etableringsudgifter', '', '', '', ''),
      row('Løn (til evt. nye årsværk)', '', '1.234,5', '', ''),
      row('Øvrig drift', '0,3', '', '', '-0,5'),
      row('Udgifter i alt', '0,3', '1.234,5', '', '-0,5'),
      row('Personale (antal)', '2025', '2026', '2027', '2028'),
      row('Årsværk (hvis der skal ansættes nye)', '', '2,5', '2,5', ''),
    ]);
    expect(economy).toEqual({
      establishmentCosts: {},
      salaries: { '2026': 1234.5 },
      otherOperations: { '2025': 0.3, '2028': -0.5 },
      staffFte: { '2026': 2.5, '2027': 2.5 },
    });
    expect(warnings).toEqual([]);
  });

  it('reads a PDF table by where each value stands under the years', () => {
    const { economy } = read([
      placed(
        ['Økonomi (mio. kr.)', 56],
        ['2026', 330],
        ['2027', 392],
        ['2028', 454],
        ['2029', 516],
      ),
      placed(['Øvrig drift', 56], ['0,8', 400]),
      placed(['Udgifter i alt', 56], ['0,8', 400]),
    ]);
    expect(economy.otherOperations).toEqual({ '2027': 0.8 });
  });

  it('reads a flattened row only when it has a value or a placeholder for every year', () => {
    const { economy, warnings } = read(
      lines(
        'Økonomi (mio. kr.) 2026 2027 2028 2029',
        'Løn (til evt. nye årsværk) 4,2 4,2 4,2 4,2',
        'Øvrig drift 0,3 - - -',
        'Etableringsudgifter 1,5',
      ),
    );
    expect(economy.salaries).toEqual({ '2026': 4.2, '2027': 4.2, '2028': 4.2, '2029': 4.2 });
    expect(economy.otherOperations).toEqual({ '2026': 0.3 });
    expect(economy.establishmentCosts).toEqual({});
    expect(warnings).toEqual([
      {
        field: 'economy.establishmentCosts',
        message:
          'Rækken "Etableringsudgifter" har beløbet 1,5 uden at det kan ses, hvilke af årene 2026, 2027, 2028, 2029 det hører til; rækken er ikke læst',
      },
    ]);
  });

  it('reads a whole table flattened onto one line', () => {
    const { economy } = read(
      lines(
        'Økonomi (mio. kr.) 2026 2027 Etableringsudgifter Løn (til evt. nye årsværk) 1,0 1,0 Øvrig drift Udgifter i alt 1,0 1,0',
      ),
    );
    expect(economy).toEqual({ ...empty, salaries: { '2026': 1, '2027': 1 } });
  });

  it('leaves a row out, with a warning, when a cell is not a number or has two decimals', () => {
    const { economy, warnings } = read([
      row('Økonomi (mio. kr.)', '2026', '2027'),
      row('Løn (til evt. nye årsværk)', '1,0', 'O,8'),
      row('Øvrig drift', '0,25', '0,3'),
    ]);
    expect(economy).toEqual(empty);
    expect(warnings.map((w) => w.field)).toEqual(['economy.salaries', 'economy.otherOperations']);
  });

  it('checks the rows against "Udgifter i alt" and leaves rows out that do not add up', () => {
    const { economy, warnings } = read([
      row('Økonomi (mio. kr.)', '2026', '2027'),
      row('Løn (til evt. nye årsværk)', '1,0', '1,0'),
      row('Øvrig drift', '0,5', '0,5'),
      row('Udgifter i alt', '1,5', '1,8'),
    ]);
    expect(economy).toEqual(empty);
    expect(warnings.map((w) => w.field)).toEqual(['economy.salaries', 'economy.otherOperations']);
  });

  it('says so when only the total is filled in', () => {
    const { economy, warnings } = read([row('Mio. kr.', '2026'), row('Samlet udgift', '2,0')]);
    expect(economy).toEqual(empty);
    expect(warnings[0]?.message).toMatch(/ingen af rækkerne er/);
  });

  it('reads an empty table as empty, without warnings', () => {
    expect(
      read(
        lines(
          'Økonomi (mio. kr.) 2026 2027 2028 2029',
          'Etableringsudgifter',
          'Løn',
          'Øvrig drift',
        ),
      ),
    ).toEqual({
      economy: empty,
      warnings: [],
    });
  });

  it('does not take "i alt" in a sentence for the total row', () => {
    expect(read(lines('Økonomi (mio. kr.) 2026', 'Det koster i alt 3 mio. kr.')).warnings).toEqual(
      [],
    );
  });

  it('refuses years that do not follow each other, and amounts without years', () => {
    const { warnings } = read([
      row('Økonomi (mio. kr.)', '2026', '2028'),
      row('Øvrig drift', '1,0', '1,0'),
    ]);
    expect(warnings.map((w) => w.field)).toEqual(['economy', 'economy.otherOperations']);
  });

  it('reads damaged labels', () => {
    expect(
      read(lines('@konomi (mio. kr.) 2026', '@vrig drift 0,4')).economy.otherOperations,
    ).toEqual({ '2026': 0.4 });
  });
});
