import { dateTime, decimal, localDate, mioKr, parseDanishNumber } from './index';

describe('Danish formats', () => {
  it('writes amounts as the form does', () => {
    expect(mioKr(1234.5)).toBe('1.234,5 mio. kr.');
    expect(mioKr(0.3)).toBe('0,3 mio. kr.');
    expect(mioKr(-2)).toBe('-2,0 mio. kr.');
    expect(decimal(1234.5)).toBe('1.234,5');
  });

  it('writes dates in Copenhagen time', () => {
    expect(localDate('2026-09-02')).toBe('2. september 2026');
    // 22:30 UTC on 1 September is 00:30 on 2 September in Copenhagen (summer time).
    expect(dateTime('2026-09-01T22:30:00Z')).toBe('2. september 2026 kl. 00.30');
  });
});

describe('parseDanishNumber', () => {
  it.each([
    ['0,3', 0.3],
    ['1.234,5', 1234.5],
    ['-0,5', -0.5],
    [' 12 ', 12],
    ['1 234,5', 1234.5],
  ])('reads %p as %p', (text, value) => {
    expect(parseDanishNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '1.5', '1,2,3', '12.34', '--1'])('refuses %p', (text) => {
    expect(parseDanishNumber(text)).toBeNull();
  });
});
