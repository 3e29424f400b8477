import {
  amountsPerYearAndArea,
  effectiveEconomy,
  type Initiative,
  KRONER_PER_MILLION,
  sumKroner,
  totalForYear,
} from '@budgetflow/domain';
import ExcelJS from 'exceljs';
import { generatedAt, round, roundInitiatives, years } from './fixtures.spec-helper';
import { initiativeListSheet, renderInitiativeListXlsx } from './initiative-list-xlsx';

type Formula = { formula: string; result: number };

const isFormula = (value: unknown): value is Formula =>
  typeof value === 'object' && value !== null && 'formula' in value;

/** The stored result; exceljs reads a stored 0 (<v>0</v>) back as no result. */
const resultOf = (value: unknown) => (value as Formula).result ?? 0;

async function readBack(initiatives: readonly Initiative[], filter: string[] = []) {
  const bytes = await renderInitiativeListXlsx({ round, initiatives, filter, generatedAt });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(initiativeListSheet)!;
  const rows: { number: number; values: unknown[] }[] = [];
  sheet.eachRow((row, number) => rows.push({ number, values: (row.values as unknown[]).slice(1) }));
  return { sheet, rows };
}

/** The row whose first cells are these, e.g. ['4.2'] or [null, 'I alt, udvalg 4']. */
function rowOf(rows: { number: number; values: unknown[] }[], ...start: unknown[]) {
  const found = rows.filter((row) =>
    start.every((value, index) => (row.values[index] ?? null) === value),
  );
  expect(found).toHaveLength(1);
  return found[0]!;
}

/**
 * Evaluates the sheet's formulas as a spreadsheet would (SUM of ranges and cells, SUMIF with a
 * cell as the criterion), so the test sees that each sums the cells it should, not only that its
 * stored result is right.
 */
function evaluate(sheet: ExcelJS.Worksheet, formula: string): number {
  const valueOf = (address: string): unknown => {
    const value = sheet.getCell(address.replace(/\$/g, '')).value;
    return isFormula(value) ? evaluate(sheet, value.formula) : value;
  };
  const range = (text: string): string[] => {
    const [from, to] = text.replace(/\$/g, '').split(':');
    if (!to) return [from!];
    const start = sheet.getCell(from!);
    const end = sheet.getCell(to);
    const cells: string[] = [];
    for (let row = Number(start.row); row <= Number(end.row); row++) {
      for (let column = Number(start.col); column <= Number(end.col); column++) {
        cells.push(sheet.getCell(row, column).address);
      }
    }
    return cells;
  };
  const number = (value: unknown) => (typeof value === 'number' ? value : 0);
  const sum = /^SUM\((.*)\)$/.exec(formula);
  if (sum) {
    return sum[1]!
      .split(',')
      .flatMap(range)
      .reduce((total, address) => total + number(valueOf(address)), 0);
  }
  const sumIf = /^SUMIF\(([^,]+),([^,]+),([^,]+)\)$/.exec(formula);
  if (sumIf) {
    const criterion = valueOf(sumIf[2]!);
    const sumRange = range(sumIf[3]!);
    return range(sumIf[1]!).reduce(
      (total, address, index) =>
        valueOf(address) === criterion ? total + number(valueOf(sumRange[index]!)) : total,
      0,
    );
  }
  throw new Error(`Ukendt formel ${formula}`);
}

const mio = (kroner: number) => kroner / KRONER_PER_MILLION;

describe('the list of initiatives (.xlsx)', () => {
  it('has a sheet "Forslagsliste" with Danish headers, a frozen header and a row per initiative', async () => {
    const { sheet, rows } = await readBack(roundInitiatives, ['Tilstand: alle']);
    expect(sheet.getCell('A1').value).toBe('Forslagsliste – Budget 2026-2029');
    expect(String(sheet.getCell('A2').value)).toContain('Filter: Tilstand: alle');
    expect(rows.find((row) => row.number === 3)!.values).toEqual([
      'Nummer',
      'Titel',
      'Fremsat af',
      'Tilstand',
      '2026, mio. kr.',
      '2027, mio. kr.',
      '2028, mio. kr.',
      '2029, mio. kr.',
      'I alt, mio. kr.',
      '2026, årsværk',
      '2027, årsværk',
      '2028, årsværk',
      '2029, årsværk',
      'Finansiering',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
    expect(sheet.getColumn(2).width).toBeGreaterThan(30);
    const row = rowOf(
      rows,
      '4.10',
      'Flere hænder i akutmodtagelsen',
      'Socialdemokratiet og SF',
    ).values;
    expect(row.slice(0, 8)).toEqual([
      '4.10',
      'Flere hænder i akutmodtagelsen',
      'Socialdemokratiet og SF',
      'Med i budgetaftalen',
      1.2,
      1.2,
      undefined,
      undefined,
    ]);
    expect(row[8]).toEqual({ formula: 'SUM(E7:H7)', result: 2.4 });
    expect(row.slice(9)).toEqual([
      2,
      1.5,
      undefined,
      undefined,
      'Sundhedskassen 1/3, Den regionale udviklingskasse 2/3',
    ]);
    expect(rowOf(rows, '4.3', 'Omsorg i hverdagen', 'Enhedslisten').values[3]).toBe(
      'Indarbejdet i andet forslag (4.2)',
    );
    expect(sheet.getCell('E7').numFmt).toBe('#,##0.0');
  });

  it('groups by committee in number order, with a subtotal per committee as real SUM formulas', async () => {
    const { rows } = await readBack(roundInitiatives);
    const numbers = rows
      .map((row) => row.values[0])
      .filter((value): value is string => typeof value === 'string' && /^\d+\.\d+$/.test(value));
    // The main list, then the split by financing area.
    expect(numbers.slice(0, 6)).toEqual(['4.2', '4.3', '4.10', '5.1', '5.4', '12.1']);
    const committee4 = rowOf(rows, null, 'I alt, udvalg 4');
    expect(committee4.values[4]).toEqual({ formula: 'SUM(E5:E7)', result: 0.3 + 1.2 });
    expect(rowOf(rows, null, 'I alt, udvalg 5').values[8]).toMatchObject({ result: 3 + 7.7 });
    const grand = rowOf(rows, null, 'I alt, alle forslag');
    expect((grand.values[4] as Formula).formula).toMatch(/^SUM\(E\d+,E\d+,E\d+\)$/);
  });

  it('has formulas whose results are the domain’s exact sums, and that sum the right cells', async () => {
    const { sheet, rows } = await readBack(roundInitiatives);
    let formulas = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (!isFormula(cell.value)) return;
        formulas++;
        expect([cell.address, evaluate(sheet, cell.value.formula)]).toEqual([
          cell.address,
          expect.closeTo(resultOf(cell.value), 9),
        ]);
      }),
    );
    expect(formulas).toBeGreaterThan(30);

    // Independently of the sheet: what the domain counts per year, and per year and area.
    const perYear = years.map((year) =>
      sumKroner(roundInitiatives.map((i) => totalForYear(effectiveEconomy(i).economy, year))),
    );
    const grand = rowOf(rows, null, 'I alt, alle forslag').values;
    expect(years.map((_, index) => resultOf(grand[4 + index]))).toEqual(perYear.map(mio));
    expect(resultOf(grand[8])).toBe(mio(sumKroner(perYear)));

    const amounts = roundInitiatives.flatMap((i) => {
      const { economy, financing } = effectiveEconomy(i);
      return amountsPerYearAndArea(economy, financing, years);
    });
    const byArea = (area: string) =>
      years.map((year) =>
        mio(
          sumKroner(amounts.filter((a) => a.area === area && a.year === year).map((a) => a.kroner)),
        ),
      );
    for (const [label, area] of [
      ['Sundhedskassen', 'health'],
      ['Den regionale udviklingskasse', 'regionalDevelopment'],
      ['Det sociale område', 'social'],
      ['Ikke angivet', 'unassigned'],
    ] as const) {
      const row = rowOf(rows, null, 'I alt', label).values;
      expect([label, years.map((_, index) => resultOf(row[4 + index]))]).toEqual([
        label,
        byArea(area),
      ]);
      expect((row[4] as Formula).formula).toMatch(
        /^SUMIF\(\$C\$\d+:\$C\$\d+,\$C\d+,E\$\d+:E\$\d+\)$/,
      );
    }
    const areas = rowOf(rows, null, 'I alt, alle finansieringsområder').values;
    expect(resultOf(areas[8])).toBe(resultOf(grand[8]));
  });

  it('splits an initiative financed from two areas exactly, and shows its shares', async () => {
    const { rows } = await readBack(roundInitiatives);
    const parts = rows.filter(
      (row) => row.values[0] === '4.10' && row.values[2] !== 'Socialdemokratiet og SF',
    );
    expect(parts.map((row) => row.values.slice(2, 6))).toEqual([
      ['Sundhedskassen', '1/3', 0.4, 0.4],
      ['Den regionale udviklingskasse', '2/3', 0.8, 0.8],
    ]);
  });

  it('writes an empty list with zero totals and no formulas over nothing', async () => {
    const { rows } = await readBack([]);
    expect(rowOf(rows, null, 'I alt, alle forslag').values[8]).toBe(0);
    expect(rowOf(rows, null, 'I alt', 'Sundhedskassen').values[4]).toBe(0);
  });
});
