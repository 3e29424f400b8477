import { findDanishDates, findTimeSpan, numericDate } from './danish-date';

describe('Danish dates and times', () => {
  it('finds dates written with the month’s name, with the time when given', () => {
    expect(findDanishDates('Mødet er den 2. september 2025 kl. 12.00 på Regionsgården.')).toEqual([
      { text: 'den 2. september 2025 kl. 12.00', index: 9, date: '2025-09-02', time: '12:00' },
    ]);
    expect(
      findDanishDates('fra 1. Marts 2026 og til 14. december 2026').map((d) => d.date),
    ).toEqual(['2026-03-01', '2026-12-14']);
  });

  it('names a date that does not exist as none', () => {
    expect(findDanishDates('den 31. februar 2026')[0]?.date).toBeNull();
  });

  it('passes over a month without a day ("fra juni 2025")', () => {
    expect(findDanishDates('Endelig tilbydes der fra juni 2025 et kursus.')).toEqual([]);
  });

  it('reads dates written with digits', () => {
    expect(numericDate('02.09.2025')).toBe('2025-09-02');
    expect(numericDate('2/9 2025')).toBe('2025-09-02');
    expect(numericDate('30.02.2025')).toBeNull();
  });

  it('reads a time span with either separator', () => {
    expect(findTimeSpan('kl. 13.00-15.30')).toEqual({ start: '13:00', end: '15:30' });
    expect(findTimeSpan('13:10 – 14:00')).toEqual({ start: '13:10', end: '14:00' });
    expect(findTimeSpan('kl. 9.00')).toEqual({ start: '09:00', end: null });
    expect(findTimeSpan('25.00')).toBeNull();
  });
});
