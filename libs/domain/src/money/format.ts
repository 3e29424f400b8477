import { KRONER_PER_TENTH, type Kroner } from './money';

// Danish number and date formats, in one place: "0,3 mio. kr.", "2. september 2025".
const mioKrFormat = new Intl.NumberFormat('da-DK', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  // A saving that rounds to nothing is "0,0", not "-0,0".
  signDisplay: 'negative',
});

const dateFormat = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Copenhagen',
});

/** "0,3 mio. kr.", rounded to the form's one decimal (half a tenth away from zero). */
export function formatMioKr(kroner: Kroner): string {
  return `${mioKrFormat.format(tenthsOfMillion(kroner) / 10).replace('\u2212', '-')} mio. kr.`;
}

/**
 * Rounded in integers, not by Intl from the float kroner / 1 000 000: above 2^33 mio. kr. its steps
 * are coarser than 1 kr., so 8 659 478 589 049 999 kr. (…589,0 mio. kr.) was written …589,1.
 */
function tenthsOfMillion(kroner: Kroner): number {
  const whole = Math.abs(kroner);
  const rest = whole % KRONER_PER_TENTH;
  const tenths = (whole - rest) / KRONER_PER_TENTH + (rest >= KRONER_PER_TENTH / 2 ? 1 : 0);
  return kroner < 0 ? -tenths : tenths;
}

/** "2. september 2025", the date as it is in Copenhagen. */
export function formatDanishDate(date: Date): string {
  return dateFormat.format(date);
}
