import { DateTime } from 'luxon';

/** Every date of the round is a date in Copenhagen; instants are stored as ISO strings in UTC. */
export const COPENHAGEN = 'Europe/Copenhagen';

/** A calendar date as people say it, e.g. "2025-09-02". */
export type LocalDate = string;
/** A time of day in Copenhagen, e.g. "13:00". */
export type LocalTime = string;

export const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;
export const localTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

function local(date: LocalDate, time: LocalTime = '00:00'): DateTime {
  const value = DateTime.fromISO(`${date}T${time}`, { zone: COPENHAGEN });
  if (!value.isValid) throw new RangeError(`Ugyldig dato eller tid: ${date} ${time}`);
  return value;
}

export function isValidLocalDate(date: string): boolean {
  return localDatePattern.test(date) && DateTime.fromISO(date, { zone: COPENHAGEN }).isValid;
}

/**
 * The instant of a local date and time in Copenhagen. Working in local dates and converting last
 * is what keeps daylight saving from moving a deadline: "9:00" stays 9:00 on both sides of it.
 */
export function instantOf(date: LocalDate, time: LocalTime): string {
  return local(date, time).toUTC().toISO({ suppressMilliseconds: true })!;
}

export function localDateOf(instant: string): LocalDate {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(COPENHAGEN).toISODate()!;
}

export function localTimeOf(instant: string): LocalTime {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(COPENHAGEN).toFormat('HH:mm');
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round(local(to).diff(local(from), 'days').days);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return local(date).plus({ days }).toISODate()!;
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: LocalDate): number {
  return local(date).weekday;
}

/** "2. september 2025 kl. 13.00", as Danish users write it. */
export function formatDanishDateTime(instant: string): string {
  const value = DateTime.fromISO(instant, { zone: 'utc' }).setZone(COPENHAGEN).setLocale('da');
  return `${value.toFormat('d. MMMM yyyy')} kl. ${value.toFormat('HH.mm')}`;
}

/** "2. september 2025" of a local date. */
export function formatDanishLocalDate(date: LocalDate): string {
  return local(date).setLocale('da').toFormat('d. MMMM yyyy');
}
