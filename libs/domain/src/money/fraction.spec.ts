import { addFractions, formatFraction, fraction, isOne, parseFraction } from './fraction';

describe('fractions', () => {
  it('are kept in lowest terms', () => {
    expect(fraction(2, 4)).toEqual({ numerator: 1, denominator: 2 });
    expect(fraction(3, 3)).toEqual({ numerator: 1, denominator: 1 });
    expect(fraction(0, 5)).toEqual({ numerator: 0, denominator: 1 });
  });

  it('refuse a zero or negative denominator and non-integers', () => {
    expect(() => fraction(1, 0)).toThrow(RangeError);
    expect(() => fraction(1, -3)).toThrow(RangeError);
    expect(() => fraction(0.5, 1)).toThrow(RangeError);
  });

  it('add exactly: 1/3 + 2/3 is 1, 1/3 + 1/3 is not', () => {
    expect(isOne(addFractions(fraction(1, 3), fraction(2, 3)))).toBe(true);
    expect(addFractions(fraction(1, 3), fraction(1, 3))).toEqual({ numerator: 2, denominator: 3 });
    expect(isOne(addFractions(fraction(1, 3), fraction(1, 3)))).toBe(false);
    expect(addFractions(fraction(1, 2), fraction(3, 5))).toEqual({
      numerator: 11,
      denominator: 10,
    });
  });

  it('are written as "n/d", or as the whole number', () => {
    expect(formatFraction(fraction(2, 3))).toBe('2/3');
    expect(formatFraction(fraction(1, 1))).toBe('1');
  });
});

describe('reading a share', () => {
  it.each([
    ['1/3', 1, 3],
    [' 2 / 4 ', 1, 2],
    ['1', 1, 1],
    ['1/1', 1, 1],
    ['0.5', 1, 2],
    ['0,25', 1, 4],
    ['1,0', 1, 1],
  ])('reads "%s" as %i/%i', (text, numerator, denominator) => {
    expect(parseFraction(text)).toEqual({ numerator, denominator });
  });

  it.each([
    '0',
    '0/3',
    '0,0',
    '4/3',
    '1.5',
    '2',
    '1/0',
    '-1/3',
    '-0.5',
    'en tredjedel',
    '',
    '1/3/3',
    '0.1234567',
    '1e-1',
  ])('refuses "%s"', (text) => {
    expect(parseFraction(text)).toBeNull();
  });
});
