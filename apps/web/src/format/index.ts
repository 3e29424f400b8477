import {
  formatDanishDate,
  formatDanishDateTime,
  formatDanishLocalDate,
  formatMioKr,
  kronerFromMioKr,
} from '@budgetflow/domain';

// Danish formats, from the domain's own formatting so the app writes what the API and the
// e-mails write: "1.234,5 mio. kr.", "2. september 2026", "2. september 2026 kl. 12.00".

const oneDecimal = new Intl.NumberFormat('da-DK', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'negative',
});

/** An amount in mio. kr. as the form writes it: "1.234,5 mio. kr." */
export function mioKr(value: number): string {
  const kroner = kronerFromMioKr(Math.round(value * 10) / 10);
  return formatMioKr(kroner ?? 0);
}

/** A number with one decimal, for table cells whose unit is in the heading: "1.234,5". */
export function decimal(value: number): string {
  return oneDecimal.format(value).replace('\u2212', '-');
}

/** "2. september 2026" of an instant. */
export function date(instant: string): string {
  return formatDanishDate(new Date(instant));
}

/** "2. september 2026" of a local date (2026-09-02). */
export function localDate(value: string): string {
  return formatDanishLocalDate(value);
}

/** "2. september 2026 kl. 12.00" */
export function dateTime(instant: string): string {
  return formatDanishDateTime(instant);
}

/**
 * A number as a Danish user types it ("1.234,5", "0,3", "-2"), or null when it is not one.
 * The dot is a thousands separator in Danish, so "1.5" is refused rather than read as 15.
 */
export function parseDanishNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
