import {
  type AmountArea,
  financingAreaLabels,
  type FinancingShare,
  formatFraction,
  formatMioKr,
  type Kroner,
  parseFraction,
  UNASSIGNED_AREA,
} from '@budgetflow/domain';

// The documents' Danish wording of amounts, areas and committees. Amounts go through the domain's
// formatMioKr, so a document rounds and signs them as the API and the e-mails do.

const mioKrSuffix = ' mio. kr.';

/** "1.234,5": an amount for a table cell whose heading names the unit (mio. kr.). */
export function mioKrCell(kroner: Kroner): string {
  const text = formatMioKr(kroner);
  return text.endsWith(mioKrSuffix) ? text.slice(0, -mioKrSuffix.length) : text;
}

const fteFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** "1,5" årsværk from tenths. */
export function fteCell(tenths: number): string {
  return fteFormat.format(tenths / 10);
}

/** The committee or area an initiative's number places it under (its first part). */
export function committeeLabel(committee: number): string {
  return `Udvalg ${committee}`;
}

export function areaLabel(area: AmountArea): string {
  return area === UNASSIGNED_AREA ? 'Ikke angivet' : financingAreaLabels[area];
}

/** "Sundhedskassen 1/3, Den regionale udviklingskasse 2/3"; one area alone without its share. */
export function financingLabel(financing: readonly FinancingShare[]): string {
  if (financing.length === 0) return areaLabel(UNASSIGNED_AREA);
  if (financing.length === 1) return financingAreaLabels[financing[0]!.area];
  return financing
    .map(({ area, share }) => `${financingAreaLabels[area]} ${shareLabel(share)}`)
    .join(', ');
}

/** A share as the form writes it ("1/3"); "0,5" is written "1/2". */
export function shareLabel(share: string): string {
  const parsed = parseFraction(share);
  return parsed ? formatFraction(parsed) : share;
}

/** The text's paragraphs: separated by blank lines, each with its own line breaks. */
export function paragraphsOf(text: string): string[][] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
}
