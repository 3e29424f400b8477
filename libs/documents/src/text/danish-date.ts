import { isValidLocalDate, type LocalDate, type LocalTime } from '@budgetflow/domain';

export const danishMonths = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const monthPattern = danishMonths.join('|');

/** "2. september 2025", optionally "den 2. september 2025 kl. 12.00". */
export const danishDatePattern = new RegExp(
  `(?:\\bden\\s+)?\\b(\\d{1,2})\\.\\s*(${monthPattern})\\s+(\\d{4})(?:,?\\s+kl\\.?\\s*(\\d{1,2})[.:](\\d{2}))?`,
  'gi',
);

export interface FoundDate {
  readonly text: string;
  readonly index: number;
  /** null when the words name no real date (31. februar). */
  readonly date: LocalDate | null;
  readonly time: LocalTime | null;
}

export function localDateOf(day: string, month: string, year: string): LocalDate | null {
  const monthNumber = danishMonths.indexOf(month.toLowerCase() as (typeof danishMonths)[number]);
  if (monthNumber < 0) return null;
  const date = `${year}-${String(monthNumber + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isValidLocalDate(date) ? date : null;
}

export function localTimeOf(hours: string, minutes: string): LocalTime | null {
  const time = `${hours.padStart(2, '0')}:${minutes}`;
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? time : null;
}

export function findDanishDates(text: string): FoundDate[] {
  return [...text.matchAll(danishDatePattern)].map((match) => ({
    text: match[0],
    index: match.index,
    date: localDateOf(match[1]!, match[2]!, match[3]!),
    time: match[4] && match[5] ? localTimeOf(match[4], match[5]) : null,
  }));
}

/** A date written with digits, "02.09.2025" or "2/9 2025" or "2/9-2025". */
export function numericDate(text: string): LocalDate | null {
  const match = /\b(\d{1,2})[./](\d{1,2})(?:[./]|\s+|-)(\d{4})\b/.exec(text);
  if (!match) return null;
  const date = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isValidLocalDate(date) ? date : null;
}

/** "13.00-15.30", "kl. 13:00 – 15:30", "kl. 13.00": the start and the end if one is given. */
export function findTimeSpan(text: string): { start: LocalTime; end: LocalTime | null } | null {
  const match =
    /(?:\bkl\.?\s*)?\b(\d{1,2})[.:](\d{2})(?:\s*(?:-|–|til)\s*(?:kl\.?\s*)?(\d{1,2})[.:](\d{2}))?/.exec(
      text,
    );
  if (!match) return null;
  const start = localTimeOf(match[1]!, match[2]!);
  if (!start) return null;
  const end = match[3] && match[4] ? localTimeOf(match[3], match[4]) : null;
  return { start, end };
}
