import { formatDanishDate, formatMioKr } from './format';

describe('amounts as the form writes them', () => {
  it('writes kroner as mio. kr. with one decimal and a decimal comma', () => {
    expect(formatMioKr(300_000)).toBe('0,3 mio. kr.');
    expect(formatMioKr(3_000_000)).toBe('3,0 mio. kr.');
    expect(formatMioKr(0)).toBe('0,0 mio. kr.');
  });

  it('separates thousands with a full stop (da-DK)', () => {
    expect(formatMioKr(1_234_500_000)).toBe('1.234,5 mio. kr.');
    expect(formatMioKr(1_234_567_800_000)).toBe('1.234.567,8 mio. kr.');
  });

  it('writes savings with an ordinary minus', () => {
    expect(formatMioKr(-300_000)).toBe('-0,3 mio. kr.');
    expect(formatMioKr(-1_234_500_000)).toBe('-1.234,5 mio. kr.');
  });

  it('rounds a krone-exact share to the nearest tenth', () => {
    expect(formatMioKr(33_333)).toBe('0,0 mio. kr.');
    expect(formatMioKr(66_667)).toBe('0,1 mio. kr.');
    expect(formatMioKr(-66_667)).toBe('-0,1 mio. kr.');
  });

  it('never writes a minus before a zero', () => {
    expect(formatMioKr(-33_333)).toBe('0,0 mio. kr.');
    expect(formatMioKr(-0)).toBe('0,0 mio. kr.');
  });
});

describe('dates as the users read them', () => {
  it('writes the day, the month in words and the year', () => {
    expect(formatDanishDate(new Date('2025-09-02T10:00:00Z'))).toBe('2. september 2025');
  });

  it('gives the date in Copenhagen, in summer time', () => {
    expect(formatDanishDate(new Date('2025-09-02T21:59:59Z'))).toBe('2. september 2025');
    expect(formatDanishDate(new Date('2025-09-02T22:30:00Z'))).toBe('3. september 2025');
  });

  it('gives the date in Copenhagen, in winter time', () => {
    expect(formatDanishDate(new Date('2025-12-31T22:59:59Z'))).toBe('31. december 2025');
    expect(formatDanishDate(new Date('2025-12-31T23:30:00Z'))).toBe('1. januar 2026');
  });
});
