// Expected dates worked out independently of the code under test: the Easter rule (the
// anonymous Gregorian algorithm), the last Sunday of a month, and local times read back with
// Intl in Copenhagen.

export interface YMD {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function easterSunday(year: number): YMD {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

export function lastSunday(year: number, month: number): YMD {
  for (let day = 31; ; day--) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDay() === 0) return { year, month, day };
  }
}

export function plusDays(date: YMD, days: number): YMD {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

export function iso(date: YMD): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Weekday 0 = Sunday … 6 = Saturday. */
export function weekday(date: YMD): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Counting weekdays only: right for stretches of the year without public holidays. */
export function weekdaysBefore(date: YMD, count: number): YMD {
  let current = date;
  for (let left = count; left > 0;) {
    current = plusDays(current, -1);
    if (weekday(current) !== 0 && weekday(current) !== 6) left--;
  }
  return current;
}

const copenhagen = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2027-03-22 09:00": an instant as a clock on the wall in Copenhagen shows it. */
export function inCopenhagen(instant: Date | string): string {
  return copenhagen.format(new Date(instant));
}

/** The UTC offset in hours that Copenhagen has at an instant (1 in winter, 2 in summer). */
export function copenhagenOffsetHours(instant: Date | string): number {
  const date = new Date(instant);
  const [day, time] = inCopenhagen(date).split(' ');
  const local = Date.parse(`${day}T${time}:00Z`);
  const utcMinute = Math.floor(date.getTime() / 60_000) * 60_000;
  return Math.round((local - utcMinute) / 3_600_000);
}

/**
 * Working days counted by hand around Christmas and New Year: weekends, 24, 25, 26 and 31
 * December and 1 January are off. Only for dates in late December.
 */
export function christmasWorkingDaysAfter(date: YMD, count: number): YMD {
  const off = new Set(['12-24', '12-25', '12-26', '12-31', '01-01']);
  let current = date;
  for (let left = count; left > 0;) {
    current = plusDays(current, 1);
    const monthDay = iso(current).slice(5);
    if (weekday(current) !== 0 && weekday(current) !== 6 && !off.has(monthDay)) left--;
  }
  return current;
}
