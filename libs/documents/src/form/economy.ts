import { economyRowLabels, type Kroner, sumKroner } from '@budgetflow/domain';
import { parseFte, parseMioKr } from '../text/danish-number';
import type { TextLine } from '../text/lines';
import { tolerant } from '../text/tolerant';
import type { Warnings } from '../warnings';

/** The economy table as the API's schema takes it: mio. kr. and FTE per year ("2026"). */
export interface ImportedEconomy {
  readonly establishmentCosts: Record<string, number>;
  readonly salaries: Record<string, number>;
  readonly otherOperations: Record<string, number>;
  readonly staffFte: Record<string, number>;
}

type AmountRow = 'establishmentCosts' | 'salaries' | 'otherOperations';
type RowKey = AmountRow | 'staffFte' | 'total' | 'instruction';
type LabelKey = RowKey | 'moneyHeader' | 'staffHeader';

const amountRows: readonly AmountRow[] = ['establishmentCosts', 'salaries', 'otherOperations'];

const label = (key: LabelKey, source: string): [LabelKey, RegExp] => [
  key,
  new RegExp(`^(?:${source})$`, 'i'),
];

// The rows' labels as the forms write them, each matched whole against the words at a row's
// start; the longest match wins, so "Løn (til evt. nye årsværk)" is salaries, not staff.
const labels: readonly [LabelKey, RegExp][] = [
  label('moneyHeader', `(?:${tolerant('Økonomi')}\\s*)?\\(?${tolerant('mio')}\\.?\\s*kr\\.?\\)?`),
  label('staffHeader', `${tolerant('Personale')}(?:\\s*\\(antal\\))?`),
  label('establishmentCosts', tolerant('Etableringsudgifter')),
  label(
    'salaries',
    `${tolerant('Løn')}(?:\\s*\\(?\\s*til\\s+evt\\.?\\s+nye\\s+${tolerant('årsværk')}\\s*\\)?)?`,
  ),
  label('otherOperations', `${tolerant('Øvrig')}\\s+drift`),
  label('total', `${tolerant('Udgifter i alt')}|${tolerant('Samlet udgift')}|${tolerant('I alt')}`),
  label(
    'staffFte',
    `${tolerant('Årsværk')}(?:\\s*\\(\\s*hvis\\s+der\\s+skal\\s+${tolerant('ansættes')}\\s+nye\\s*\\))?`,
  ),
  label('instruction', `${tolerant('Angiv antal')}`),
];
const MAX_LABEL_WORDS = 9;

interface Token {
  readonly text: string;
  readonly column?: number;
  readonly x?: number;
  readonly width?: number;
}

interface YearColumn extends Token {
  readonly year: number;
}

interface Row {
  readonly key: RowKey;
  readonly label: string;
  readonly tokens: Token[];
  readonly table: 'money' | 'staff';
}

export function readEconomy(lines: readonly TextLine[], warnings: Warnings): ImportedEconomy {
  const { headers, rows } = tableOf(lines, warnings);
  const economy: ImportedEconomy = {
    establishmentCosts: {},
    salaries: {},
    otherOperations: {},
    staffFte: {},
  };
  const kroner: Record<AmountRow, Map<string, Kroner>> = {
    establishmentCosts: new Map(),
    salaries: new Map(),
    otherOperations: new Map(),
  };
  let total: Map<string, Kroner> | null = null;
  const seen = new Set<RowKey>();
  /** Rows present but not read: the total cannot check what is not there. */
  const unread = new Set<RowKey>();
  const clearRow = (row: AmountRow) => {
    clear(economy[row]);
    kroner[row].clear();
  };
  for (const row of rows) {
    if (row.key === 'instruction') continue;
    const field = row.key === 'total' ? 'economy' : `economy.${row.key}`;
    if (seen.has(row.key)) {
      warnings.add(field, `Rækken "${row.label}" står to gange i tabellen; ingen af dem er læst`);
      if (row.key === 'staffFte') clear(economy.staffFte);
      else if (row.key !== 'total') clearRow(row.key);
      continue;
    }
    seen.add(row.key);
    const header = row.key === 'staffFte' ? (headers.staff ?? headers.money) : headers.money;
    const cells = cellsOfRow(row, header, warnings, field);
    if (!cells) {
      unread.add(row.key);
      continue;
    }
    for (const [year, text] of cells) {
      if (row.key === 'staffFte') {
        const fte = parseFte(text);
        if (fte.ok) economy.staffFte[year] = fte.fte;
        else {
          warnings.add(field, `${year}: ${fte.reason}; rækken er ikke læst`);
          clear(economy.staffFte);
          break;
        }
        continue;
      }
      const amount = parseMioKr(text);
      if (!amount.ok) {
        warnings.add(field, `${year}: ${amount.reason}; rækken er ikke læst`);
        unread.add(row.key);
        if (row.key !== 'total') clearRow(row.key);
        break;
      }
      if (row.key === 'total') (total ??= new Map()).set(year, amount.kroner);
      else {
        economy[row.key][year] = amount.mioKr;
        kroner[row.key].set(year, amount.kroner);
      }
    }
  }
  const amountsUnread = unread.has('total') || amountRows.some((row) => unread.has(row));
  if (total && !amountsUnread) checkTotals(total, kroner, economy, warnings);
  return economy;
}

function clear(record: Record<string, number>): void {
  for (const key of Object.keys(record)) delete record[key];
}

/**
 * "Udgifter i alt" is computed, never stored; read, it checks the rows. A year whose rows do
 * not add up to it was misread somewhere, and nothing says where: its amounts are left out.
 */
function checkTotals(
  total: ReadonlyMap<string, Kroner>,
  kroner: Record<AmountRow, Map<string, Kroner>>,
  economy: ImportedEconomy,
  warnings: Warnings,
): void {
  for (const [year, stated] of total) {
    const parts = amountRows
      .map((row) => kroner[row].get(year))
      .filter((k): k is Kroner => k !== undefined);
    if (parts.length === 0) {
      if (stated !== 0) {
        warnings.add(
          'economy',
          `${economyRowLabels.total} er udfyldt for ${year}, men ingen af rækkerne er; beløbet kan ikke fordeles på rækkerne`,
        );
      }
      continue;
    }
    if (sumKroner(parts) !== stated) {
      const involved = amountRows.filter((row) => kroner[row].has(year));
      for (const row of involved) {
        clear(economy[row]);
        kroner[row].clear();
        warnings.add(
          `economy.${row}`,
          `Rækkerne giver ikke ${economyRowLabels.total} i ${year}; "${economyRowLabels[row]}" er ikke læst, kontrollér tabellen`,
        );
      }
    }
  }
}

/** The table's header rows (the years, with where they stand) and its rows, in order. */
function tableOf(
  lines: readonly TextLine[],
  warnings: Warnings,
): { headers: { money?: YearColumn[]; staff?: YearColumn[] }; rows: Row[] } {
  const headers: { money?: YearColumn[]; staff?: YearColumn[] } = {};
  const rows: Row[] = [];
  let table: 'money' | 'staff' = 'money';
  for (const line of lines) {
    const tokens = tokensOf(line);
    let current: Row | { header: 'money' | 'staff'; years: YearColumn[] } | null = null;
    const close = () => {
      if (current && 'header' in current) {
        const years = checkedYears(current.years, warnings);
        if (years) headers[current.header] = years;
      }
    };
    let index = 0;
    while (index < tokens.length) {
      // A label opens a row at the line's start or after a row or header; elsewhere it is a
      // word in a sentence ("i alt").
      const found: LabelMatch | null = index === 0 || current ? labelAt(tokens, index) : null;
      if (found) {
        close();
        const key: LabelKey = found.key;
        if (key === 'moneyHeader' || key === 'staffHeader') {
          table = key === 'moneyHeader' ? 'money' : 'staff';
          current = { header: table, years: [] };
        } else {
          const row: Row = { key, label: found.text, tokens: [], table };
          rows.push(row);
          current = row;
        }
        index += found.length;
        continue;
      }
      const token = tokens[index]!;
      if (current && 'header' in current) {
        if (/^(19|20)\d{2}$/.test(token.text))
          current.years.push({ ...token, year: Number(token.text) });
      } else if (current) current.tokens.push(token);
      else if (tokens.every((t) => /^(19|20)\d{2}$/.test(t.text))) {
        // A row of years without a label of its own heads the table that has none yet.
        current = { header: headers.money ? 'staff' : 'money', years: [] };
        continue;
      } else break;
      index++;
    }
    close();
  }
  return { headers, rows };
}

function checkedYears(years: readonly YearColumn[], warnings: Warnings): YearColumn[] | null {
  if (years.length === 0) return null;
  const consecutive = years.every(
    (column, index) => index === 0 || column.year === years[index - 1]!.year + 1,
  );
  if (!consecutive) {
    warnings.add(
      'economy',
      `Tabellens år (${years.map((c) => c.year).join(', ')}) kan ikke læses som på hinanden følgende år`,
    );
    return null;
  }
  return [...years];
}

function tokensOf(line: TextLine): Token[] {
  return line.cells.flatMap((cell) => {
    const words = cell.text.split(/[ \t]+/).filter((word) => word !== '');
    if (words.length !== 1) return words.map((text) => ({ text }));
    return [{ text: words[0]!, column: cell.column, x: cell.x, width: cell.width }];
  });
}

interface LabelMatch {
  readonly key: LabelKey;
  readonly text: string;
  readonly length: number;
}

function labelAt(tokens: readonly Token[], index: number): LabelMatch | null {
  let best: LabelMatch | null = null;
  for (let length = 1; length <= MAX_LABEL_WORDS && index + length <= tokens.length; length++) {
    const text = tokens
      .slice(index, index + length)
      .map((t) => t.text)
      .join(' ');
    const match = labels.find(([, pattern]) => pattern.test(text));
    if (match) best = { key: match[0], text, length };
  }
  return best;
}

const placeholder = /^[-–—]$/;
const separator = /^[|I]$/;
const numberLike = /^[-−–]?\d[\d.\u00a0\u202f]*(,\d+)?$/;

/**
 * The row's cells by year. Where the source says where a value stands (its column in a Word or
 * tab-separated row, its position under the year on a PDF page), that decides; a row that lost
 * its layout is read only when it has a value or a placeholder for every year. Otherwise the row
 * is left empty and the amounts found are named in the warning.
 */
function cellsOfRow(
  row: Row,
  header: YearColumn[] | undefined,
  warnings: Warnings,
  field: string,
): Map<string, string> | null {
  const slots = row.tokens.filter((token) => !separator.test(token.text));
  const unreadable = slots.filter(
    (token) => !placeholder.test(token.text) && !numberLike.test(token.text),
  );
  if (unreadable.length > 0) {
    warnings.add(
      field,
      `Rækken "${row.label}" indeholder noget, der ikke er et tal (${unreadable.map((t) => `"${t.text}"`).join(', ')}); den er ikke læst`,
    );
    return null;
  }
  const values = slots.filter((token) => !placeholder.test(token.text));
  if (values.length === 0) return new Map();
  if (!header) {
    warnings.add(
      field,
      `Rækken "${row.label}" har beløb (${list(values)}), men tabellens år kan ikke læses`,
    );
    return null;
  }
  const byYear = new Map<string, string>();
  const place = (token: Token, column: YearColumn | undefined) => {
    if (!column || byYear.has(String(column.year))) return false;
    byYear.set(String(column.year), token.text);
    return true;
  };
  if (values.every((t) => t.column !== undefined) && header.every((c) => c.column !== undefined)) {
    if (
      values.every((token) =>
        place(
          token,
          header.find((c) => c.column === token.column),
        ),
      )
    )
      return byYear;
  } else if (values.every((t) => t.x !== undefined) && header.every((c) => c.x !== undefined)) {
    if (values.every((token) => place(token, nearestColumn(token, header)))) return byYear;
  } else if (slots.length === header.length) {
    slots.forEach((token, index) => {
      if (!placeholder.test(token.text)) place(token, header[index]);
    });
    return byYear;
  }
  warnings.add(
    field,
    `Rækken "${row.label}" har ${values.length === 1 ? 'beløbet' : 'beløbene'} ${list(values)} uden at det kan ses, hvilke af årene ${header
      .map((c) => c.year)
      .join(', ')} ${values.length === 1 ? 'det hører' : 'de hører'} til; rækken er ikke læst`,
  );
  return null;
}

function list(tokens: readonly Token[]): string {
  return tokens.map((token) => token.text).join(', ');
}

function centre(token: Token): number {
  return (token.x ?? 0) + (token.width ?? 0) / 2;
}

/** The year under which a value stands on the page, if it stands clearly under one. */
function nearestColumn(token: Token, header: readonly YearColumn[]): YearColumn | undefined {
  const centres = header.map(centre);
  const gaps = centres.slice(1).map((c, index) => c - centres[index]!);
  const tolerance = (gaps.length > 0 ? Math.min(...gaps) : (header[0]?.width ?? 20) * 2) / 2;
  let best: YearColumn | undefined;
  let distance = Infinity;
  header.forEach((column, index) => {
    const d = Math.abs(centres[index]! - centre(token));
    if (d < distance) [best, distance] = [column, d];
  });
  return distance < tolerance ? best : undefined;
}
