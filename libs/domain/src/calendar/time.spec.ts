import {
  addDays,
  daysBetween,
  formatDanishDateTime,
  formatDanishLocalDate,
  instantOf,
  isValidLocalDate,
  localDateOf,
  localTimeOf,
  weekdayOf,
} from './time';

describe('local dates and times in Copenhagen', () => {
  it.each([
    // CET, UTC+1
    ['2025-01-15', '12:00', '2025-01-15T11:00:00Z'],
    // CEST, UTC+2
    ['2025-04-23', '12:00', '2025-04-23T10:00:00Z'],
    ['2025-09-02', '13:00', '2025-09-02T11:00:00Z'],
    // Local midnight is the evening before in UTC
    ['2026-01-01', '00:00', '2025-12-31T23:00:00Z'],
  ])('%s %s in Copenhagen is %s', (date, time, instant) => {
    expect(instantOf(date, time)).toBe(instant);
  });

  it('takes the local date, not the UTC date, of an instant', () => {
    // 22:30Z on 15 April is 00:30 CEST on 16 April; 23:30Z on 15 January is 00:30 CET on 16 January.
    expect(localDateOf('2025-04-15T22:30:00Z')).toBe('2025-04-16');
    expect(localDateOf('2025-01-15T23:30:00Z')).toBe('2025-01-16');
    expect(localDateOf('2025-01-15T22:30:00Z')).toBe('2025-01-15');
    expect(localTimeOf('2025-04-15T22:30:00Z')).toBe('00:30');
  });

  it('refuses a date that does not exist, in Danish', () => {
    expect(() => instantOf('2025-02-30', '12:00')).toThrow(RangeError);
    expect(() => instantOf('2025-02-30', '12:00')).toThrow('Ugyldig dato eller tid');
  });

  it.each([
    ['2025-09-02', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-9-2', false],
    ['02-09-2025', false],
    ['2025-09-02T12:00', false],
  ])('%s is a valid local date: %s', (date, valid) => {
    expect(isValidLocalDate(date)).toBe(valid);
  });

  it('counts calendar days across a daylight saving change', () => {
    // 29 → 31 March 2025 is 47 hours, but two days.
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-27', '2025-10-25')).toBe(-2);
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('numbers weekdays from Monday', () => {
    expect(weekdayOf('2025-04-21')).toBe(1); // 2. påskedag, a Monday
    expect(weekdayOf('2025-04-23')).toBe(3);
    expect(weekdayOf('2025-04-20')).toBe(7); // Påskedag, a Sunday
  });
});

describe('daylight saving time', () => {
  // Summer time starts Sunday 30 March 2025 (CET → CEST) and ends Sunday 26 October 2025.
  it.each([
    ['Friday before spring', '2025-03-28', '2025-03-28T08:00:00Z'],
    ['Monday after spring', '2025-03-31', '2025-03-31T07:00:00Z'],
    ['Friday before autumn', '2025-10-24', '2025-10-24T07:00:00Z'],
    ['Monday after autumn', '2025-10-27', '2025-10-27T08:00:00Z'],
  ])('09:00 local on the %s is %s', (_, date, instant) => {
    expect(instantOf(date, '09:00')).toBe(instant);
    expect(localTimeOf(instant)).toBe('09:00');
  });

  it.each([
    ['2025-03-28', '2025-03-28T11:00:00Z'],
    ['2025-03-31', '2025-03-31T10:00:00Z'],
    ['2025-10-24', '2025-10-24T10:00:00Z'],
    ['2025-10-27', '2025-10-27T11:00:00Z'],
  ])('a deadline at 12:00 on %s stays 12:00 local (%s)', (date, instant) => {
    expect(instantOf(date, '12:00')).toBe(instant);
    expect(localDateOf(instant)).toBe(date);
    expect(localTimeOf(instant)).toBe('12:00');
    expect(formatDanishDateTime(instant)).toMatch(/ kl\. 12\.00$/);
  });
});

describe('Danish formatting', () => {
  it.each([
    ['2025-04-23T10:00:00Z', '23. april 2025 kl. 12.00'],
    ['2025-09-02T11:00:00Z', '2. september 2025 kl. 13.00'],
    ['2026-01-02T08:00:00Z', '2. januar 2026 kl. 09.00'],
    // On both sides of the spring change, 09:00 local
    ['2025-03-28T08:00:00Z', '28. marts 2025 kl. 09.00'],
    ['2025-03-31T07:00:00Z', '31. marts 2025 kl. 09.00'],
    // The night of the spring change: the clock jumps from 02.00 to 03.00
    ['2025-03-30T00:59:00Z', '30. marts 2025 kl. 01.59'],
    ['2025-03-30T01:00:00Z', '30. marts 2025 kl. 03.00'],
    // On both sides of the autumn change, 09:00 local
    ['2025-10-24T07:00:00Z', '24. oktober 2025 kl. 09.00'],
    ['2025-10-27T08:00:00Z', '27. oktober 2025 kl. 09.00'],
    // The night of the autumn change: 02.30 happens twice, an hour apart
    ['2025-10-26T00:30:00Z', '26. oktober 2025 kl. 02.30'],
    ['2025-10-26T01:30:00Z', '26. oktober 2025 kl. 02.30'],
    // An instant with milliseconds, as Date.toISOString writes it
    ['2025-12-23T15:00:00.000Z', '23. december 2025 kl. 16.00'],
  ])('%s is "%s"', (instant, text) => {
    expect(formatDanishDateTime(instant)).toBe(text);
  });

  it('writes a local date without a time', () => {
    expect(formatDanishLocalDate('2025-12-24')).toBe('24. december 2025');
    expect(formatDanishLocalDate('2025-05-05')).toBe('5. maj 2025');
  });
});
