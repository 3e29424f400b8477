import Holidays from 'date-holidays';
import { addDays, type LocalDate, weekdayOf } from './time';

/**
 * Danish working days: not a weekend, not a public holiday (date-holidays' calendar for Denmark,
 * which knows that Store Bededag stopped being one in 2024), and not one of the days the public
 * sector has off by agreement rather than by law: Grundlovsdag, juleaftensdag, nytårsaftensdag.
 */
const denmark = new Holidays('DK', { types: ['public', 'bank'] });
denmark.setHoliday('06-05', { name: { da: 'Grundlovsdag' }, type: 'public' });
denmark.setHoliday('12-24', { name: { da: 'Juleaftensdag' }, type: 'public' });
denmark.setHoliday('12-31', { name: { da: 'Nytårsaftensdag' }, type: 'public' });

const daysOffByYear = new Map<number, ReadonlyMap<LocalDate, string>>();

/** The days off of a year that fall on weekdays or weekends alike, with their Danish names. */
export function danishDaysOff(year: number): ReadonlyMap<LocalDate, string> {
  let days = daysOffByYear.get(year);
  if (!days) {
    days = new Map(
      denmark
        .getHolidays(year, 'da')
        .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
        .map((holiday) => [holiday.date.slice(0, 10), holiday.name] as const),
    );
    daysOffByYear.set(year, days);
  }
  return days;
}

export function holidayName(date: LocalDate): string | undefined {
  return danishDaysOff(Number(date.slice(0, 4))).get(date);
}

export function isWorkingDay(date: LocalDate): boolean {
  return weekdayOf(date) <= 5 && holidayName(date) === undefined;
}

/**
 * The working day `count` working days after `date` (before it, when negative), not counting
 * `date` itself: 3 working days after Wednesday before Easter is the Thursday after Easter.
 */
export function addWorkingDays(date: LocalDate, count: number): LocalDate {
  if (!Number.isInteger(count)) throw new RangeError(`Antal arbejdsdage skal være et heltal`);
  const step = count < 0 ? -1 : 1;
  let current = date;
  for (let remaining = Math.abs(count); remaining > 0;) {
    current = addDays(current, step);
    if (isWorkingDay(current)) remaining--;
  }
  return current;
}
