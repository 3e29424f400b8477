import {
  type Initiative,
  type Kroner,
  effectiveEconomy,
  formatDanishDate,
  mioKrFromKroner,
  stateLabels,
  submittedByLabel,
  sumKroner,
  UNASSIGNED_AREA,
} from '@budgetflow/domain';
import ExcelJS from 'exceljs';
import {
  type AreaPart,
  areaOrder,
  areaParts,
  byCommittee,
  columnSums,
  fteTenths,
  yearTotals,
} from './amounts';
import { areaLabel, committeeLabel, financingLabel, shareLabel } from './format';

/** What the list of initiatives ("forslagslisten") is made from. */
export interface InitiativeListInput {
  readonly round: { readonly name: string; readonly years: readonly number[] };
  /** The filtered initiatives as the reader may see them, in any order. */
  readonly initiatives: readonly Initiative[];
  /** What the list is filtered by, in words ("Tilstand: Med i budgetaftalen"); empty: all. */
  readonly filter: readonly string[];
  readonly generatedAt: Date;
}

export const initiativeListSheet = 'Forslagsliste';

const amountFormat = '#,##0.0';
const headerRow = 3;

/**
 * The list of initiatives as a workbook: one row per initiative (number, title, who put it
 * forward, state, amounts per year in mio. kr., total, årsværk, financing), grouped by committee
 * with a subtotal per committee, a grand total, and the amounts split by financing area with a
 * subtotal per area. Every sum is a formula over the cells above it, with its result computed
 * exactly (in kroner), so a reader that does not calculate sees the same figures as Excel.
 */
export async function renderInitiativeListXlsx(input: InitiativeListInput): Promise<Buffer> {
  const { round, generatedAt } = input;
  const years = round.years;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Budgetflow';
  workbook.title = `${initiativeListSheet} – ${round.name}`;
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = workbook.addWorksheet(initiativeListSheet, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: headerRow }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
  });
  const layout = columnsOf(years);
  sheet.columns = layout.widths.map((width) => ({ width }));

  sheet.getCell(1, 1).value = `${initiativeListSheet} – ${round.name}`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = [
    'Beløb i mio. kr.',
    `Dannet ${formatDanishDate(generatedAt)}`,
    input.filter.length > 0 ? `Filter: ${input.filter.join(', ')}` : 'Alle forslag',
  ].join(' · ');
  headerCells(sheet.getRow(headerRow), [
    'Nummer',
    'Titel',
    'Fremsat af',
    'Tilstand',
    ...years.map((year) => `${year}, mio. kr.`),
    'I alt, mio. kr.',
    ...years.map((year) => `${year}, årsværk`),
    'Finansiering',
  ]);

  const writer = new SheetWriter(sheet, headerRow + 1);
  const subtotals: { row: number; kroner: Kroner[]; fte: (number | null)[] }[] = [];
  for (const { committee, initiatives } of byCommittee(input.initiatives)) {
    writer.label(committeeLabel(committee));
    const first = writer.next;
    const rows = initiatives.map((initiative) => initiativeRow(writer, layout, initiative, years));
    const kroner = columnSums(
      rows.map((row) => row.kroner),
      years.length,
    );
    const fte = years.map((_, index) => sumTenths(rows.map((row) => row.fte[index] ?? null)));
    const row = writer.sums(
      layout,
      `I alt, ${committeeLabel(committee).toLowerCase()}`,
      kroner,
      fte,
      {
        first,
        last: writer.next - 1,
      },
    );
    subtotals.push({ row, kroner, fte });
    writer.skip();
  }
  writer.total(
    layout,
    'I alt, alle forslag',
    columnSums(
      subtotals.map((subtotal) => subtotal.kroner),
      years.length,
    ),
    years.map((_, index) => sumTenths(subtotals.map((subtotal) => subtotal.fte[index] ?? null))),
    subtotals.map((subtotal) => subtotal.row),
  );
  writer.skip();
  areaBlock(writer, layout, input.initiatives, years);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Where the columns are: the years' amounts, their total, the years' årsværk, the financing. */
interface Layout {
  readonly amount: number[];
  readonly total: number;
  readonly fte: number[];
  readonly financing: number;
  readonly widths: number[];
}

function columnsOf(years: readonly number[]): Layout {
  const amount = years.map((_, index) => 5 + index);
  const total = 5 + years.length;
  const fte = years.map((_, index) => total + 1 + index);
  const financing = total + years.length + 1;
  return {
    amount,
    total,
    fte,
    financing,
    widths: [9, 48, 26, 26, ...years.map(() => 12), 12, ...years.map(() => 12), 44],
  };
}

function initiativeRow(
  writer: SheetWriter,
  layout: Layout,
  initiative: Initiative,
  years: readonly number[],
): { kroner: Kroner[]; fte: (number | null)[] } {
  const kroner = yearTotals(initiative, years);
  const fte = fteTenths(initiative, years);
  const row = writer.row();
  row.getCell(1).value = initiative.number;
  row.getCell(2).value = initiative.form.title;
  row.getCell(3).value = submittedByLabel(initiative.form.submittedBy);
  row.getCell(4).value =
    initiative.state === 'merged' && initiative.mergedInto
      ? `${stateLabels.merged} (${initiative.mergedInto})`
      : stateLabels[initiative.state];
  layout.amount.forEach((column, index) => {
    if (kroner[index] !== 0) amountCell(row.getCell(column), mioKrFromKroner(kroner[index]!));
  });
  amountCell(row.getCell(layout.total), {
    formula: `SUM(${ref(layout.amount[0]!, row.number)}:${ref(layout.amount.at(-1)!, row.number)})`,
    result: mioKrFromKroner(sumKroner(kroner)),
  });
  layout.fte.forEach((column, index) => {
    const tenths = fte[index];
    if (tenths !== null && tenths !== undefined) amountCell(row.getCell(column), tenths / 10);
  });
  row.getCell(layout.financing).value = financingLabel(effectiveEconomy(initiative).financing);
  return { kroner, fte };
}

/**
 * The amounts split by financing area: a row per initiative and area it is financed from, then
 * a subtotal per area that sums (SUMIF) the rows of that area, and their total.
 */
function areaBlock(
  writer: SheetWriter,
  layout: Layout,
  initiatives: readonly Initiative[],
  years: readonly number[],
): void {
  writer.label('Fordelt på finansieringsområder');
  headerCells(writer.row(), [
    'Nummer',
    'Titel',
    'Finansieringsområde',
    'Andel',
    ...years.map((year) => `${year}, mio. kr.`),
    'I alt, mio. kr.',
  ]);
  const parts: (AreaPart & { row: number })[] = [];
  for (const initiative of byCommittee(initiatives).flatMap((group) => group.initiatives)) {
    const { financing } = effectiveEconomy(initiative);
    for (const part of areaParts(initiative, years)) {
      if (part.kroner.every((amount) => amount === 0)) continue;
      const row = writer.row();
      row.getCell(1).value = initiative.number;
      row.getCell(2).value = initiative.form.title;
      row.getCell(3).value = areaLabel(part.area);
      const share = financing.find((one) => one.area === part.area)?.share;
      row.getCell(4).value = share ? shareLabel(share) : '';
      layout.amount.forEach((column, index) => {
        if (part.kroner[index] !== 0)
          amountCell(row.getCell(column), mioKrFromKroner(part.kroner[index]!));
      });
      amountCell(row.getCell(layout.total), {
        formula: `SUM(${ref(layout.amount[0]!, row.number)}:${ref(layout.amount.at(-1)!, row.number)})`,
        result: mioKrFromKroner(sumKroner(part.kroner)),
      });
      parts.push({ ...part, row: row.number });
    }
  }
  writer.skip();
  const first = parts[0]?.row;
  const last = parts.at(-1)?.row;
  const areas = areaOrder.filter(
    (area) => area !== UNASSIGNED_AREA || parts.some((part) => part.area === area),
  );
  const subtotalRows: number[] = [];
  const areaTotals: Kroner[][] = [];
  for (const area of areas) {
    const kroner = columnSums(
      parts.filter((part) => part.area === area).map((part) => part.kroner),
      years.length,
    );
    const row = writer.row();
    row.getCell(2).value = 'I alt';
    row.getCell(3).value = areaLabel(area);
    row.font = { bold: true };
    const criterion = ref(3, row.number, true);
    [...layout.amount, layout.total].forEach((column, index) => {
      const result = mioKrFromKroner(index < years.length ? kroner[index]! : sumKroner(kroner));
      amountCell(
        row.getCell(column),
        first === undefined || last === undefined
          ? result
          : {
              formula: `SUMIF(${ref(3, first, true, true)}:${ref(3, last, true, true)},${criterion},${ref(column, first, false, true)}:${ref(column, last, false, true)})`,
              result,
            },
      );
    });
    subtotalRows.push(row.number);
    areaTotals.push(kroner);
  }
  writer.total(
    layout,
    'I alt, alle finansieringsområder',
    columnSums(areaTotals, years.length),
    null,
    subtotalRows,
  );
}

/** Writes the sheet's rows one after another. */
class SheetWriter {
  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    public next: number,
  ) {}

  row(): ExcelJS.Row {
    return this.sheet.getRow(this.next++);
  }

  skip(): void {
    this.next++;
  }

  label(text: string): void {
    const row = this.row();
    row.getCell(1).value = text;
    row.font = { bold: true };
  }

  /** A subtotal row: SUM over the rows from first to last in every amount and årsværk column. */
  sums(
    layout: Layout,
    label: string,
    kroner: readonly Kroner[],
    fte: readonly (number | null)[],
    rows: { first: number; last: number },
  ): number {
    return this.totalRow(
      layout,
      label,
      kroner,
      fte,
      (column) => `SUM(${ref(column, rows.first)}:${ref(column, rows.last)})`,
    );
  }

  /** A total row: the sum of the subtotal rows named. */
  total(
    layout: Layout,
    label: string,
    kroner: readonly Kroner[],
    fte: readonly (number | null)[] | null,
    rows: readonly number[],
  ): number {
    return this.totalRow(layout, label, kroner, fte, (column) =>
      rows.length === 0 ? null : `SUM(${rows.map((row) => ref(column, row)).join(',')})`,
    );
  }

  private totalRow(
    layout: Layout,
    label: string,
    kroner: readonly Kroner[],
    fte: readonly (number | null)[] | null,
    formula: (column: number) => string | null,
  ): number {
    const row = this.row();
    row.getCell(2).value = label;
    row.font = { bold: true };
    const cells: [number, number][] = [
      ...layout.amount.map((column, index): [number, number] => [
        column,
        mioKrFromKroner(kroner[index]!),
      ]),
      [layout.total, mioKrFromKroner(sumKroner(kroner))],
      ...(fte
        ? layout.fte.map((column, index): [number, number] => [column, (fte[index] ?? 0) / 10])
        : []),
    ];
    for (const [column, result] of cells) {
      const text = formula(column);
      amountCell(row.getCell(column), text === null ? result : { formula: text, result });
      row.getCell(column).border = { top: { style: 'thin' } };
    }
    return row.number;
  }
}

function headerCells(row: ExcelJS.Row, labels: readonly string[]): void {
  labels.forEach((label, index) => {
    const cell = row.getCell(index + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.alignment = {
      wrapText: true,
      vertical: 'bottom',
      ...(index >= 4 ? { horizontal: 'right' } : {}),
    };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

function amountCell(cell: ExcelJS.Cell, value: number | { formula: string; result: number }): void {
  cell.value = value;
  cell.numFmt = amountFormat;
}

/** Årsværk in tenths summed; null (no cell) only when no row has any. */
function sumTenths(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : sumKroner(present);
}

/** "E7", "$C$7", "E$7": an A1 reference. */
function ref(column: number, row: number, absoluteColumn = false, absoluteRow = false): string {
  return `${absoluteColumn ? '$' : ''}${columnLetter(column)}${absoluteRow ? '$' : ''}${row}`;
}

function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
