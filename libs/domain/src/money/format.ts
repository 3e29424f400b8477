import { type Kroner, mioKrFromKroner } from './money';

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

/** "0,3 mio. kr.", rounded to the form's one decimal. */
export function formatMioKr(kroner: Kroner): string {
  return `${mioKrFormat.format(mioKrFromKroner(kroner)).replace('\u2212', '-')} mio. kr.`;
}

/** "2. september 2025", the date as it is in Copenhagen. */
export function formatDanishDate(date: Date): string {
  return dateFormat.format(date);
}
