import {
  type EconomyRow,
  economyRows,
  fteTenths,
  type Kroner,
  mioKrAmount,
  sumKroner,
} from '@budgetflow/domain';
import type { EconomyView } from '../api/types';
import { parseDanishNumber } from '../format';

// The form's economy table ("Konsekvenser") as people fill it in. Cells keep the text as typed, so
// a half-typed "1," is never rewritten under the cursor; numbers are read from it only to check and
// to send.

export interface EconomyDraft {
  establishmentCosts: Record<string, string>;
  salaries: Record<string, string>;
  otherOperations: Record<string, string>;
  staffFte: Record<string, string>;
}

type AmountRow = EconomyRow;
type EconomyValue = Record<AmountRow | 'staffFte', Record<string, number>>;

const amountMessage = 'Skriv et beløb i mio. kr. med højst én decimal, fx 0,3';
const fteMessage = 'Skriv årsværk som et tal med højst én decimal, fx 1,5';
const negativeFteMessage = 'Årsværk kan ikke være negativt';

// Grouped, at most one decimal, no trailing ",0": the way people write it on the paper form.
const cellFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });
const danishText = (value: number) => cellFormat.format(value).replace('\u2212', '-');

/** The rows of cells, in the form's order. */
export const economyDraftRows = [...economyRows, 'staffFte'] as const;

/** The draft's cells prefilled from an economy as the API gives it (mio. kr., FTE). */
export function economyDraftOf(
  view: EconomyView | undefined,
  years: readonly number[],
): EconomyDraft {
  const cells = (values: Readonly<Record<string, number>> | undefined) => {
    const out: Record<string, string> = {};
    for (const year of years) {
      const value = values?.[String(year)];
      if (value !== undefined) out[String(year)] = danishText(value);
    }
    return out;
  };
  return {
    establishmentCosts: cells(view?.establishmentCosts),
    salaries: cells(view?.salaries),
    otherOperations: cells(view?.otherOperations),
    staffFte: cells(view?.staffFte),
  };
}

/**
 * One cell's number (with its kroner for amounts), or its Danish reason; null when it is empty.
 * What counts as valid is the domain's schema for the field, so the form and the API agree.
 */
type Cell = { error: string } | { value: number; kroner: Kroner } | null;

function parseCell(row: AmountRow | 'staffFte', text: string | undefined): Cell {
  if (text === undefined || text.trim() === '') return null;
  const value = parseDanishNumber(text);
  if (row === 'staffFte') {
    if (value !== null && value < 0) return { error: negativeFteMessage };
    if (value === null || !fteTenths.safeParse(value).success) return { error: fteMessage };
    return { value, kroner: 0 };
  }
  const kroner = value === null ? undefined : mioKrAmount.safeParse(value).data;
  if (value === null || kroner === undefined) return { error: amountMessage };
  return { value, kroner };
}

/**
 * The economy as the API takes it (mio. kr. and FTE per year), or null with the errors keyed by
 * `row.year` (e.g. 'salaries.2027'). Empty cells are left out; only the round's years are read.
 */
export function parseEconomyDraft(
  draft: EconomyDraft,
  years: readonly number[],
): { value: EconomyValue | null; errors: Record<string, string> } {
  const value: EconomyValue = {
    establishmentCosts: {},
    salaries: {},
    otherOperations: {},
    staffFte: {},
  };
  const errors: Record<string, string> = {};
  for (const row of economyDraftRows) {
    for (const year of years) {
      const key = String(year);
      const cell = parseCell(row, draft[row][key]);
      if (!cell) continue;
      if ('error' in cell) errors[`${row}.${key}`] = cell.error;
      else value[row][key] = cell.value;
    }
  }
  return { value: Object.keys(errors).length === 0 ? value : null, errors };
}

/** "I alt" of one year, exact (in kroner, from whole tenths); null while a cell is invalid. */
export function economyDraftTotal(draft: EconomyDraft, year: number): Kroner | null {
  const amounts: Kroner[] = [];
  for (const row of economyRows) {
    const cell = parseCell(row, draft[row][String(year)]);
    if (!cell) continue;
    if ('error' in cell) return null;
    amounts.push(cell.kroner);
  }
  try {
    return sumKroner(amounts);
  } catch {
    return null;
  }
}
