import {
  isKroner,
  isWholeTenthOfMillion,
  KRONER_PER_MILLION,
  KRONER_PER_TENTH,
  kronerFromMioKr,
  mioKrFromKroner,
  sumKroner,
} from './money';

describe('amounts in mio. kr. as the form has them', () => {
  it('become whole kroner', () => {
    expect(kronerFromMioKr(0.3)).toBe(300_000);
    expect(kronerFromMioKr(3)).toBe(3_000_000);
    expect(kronerFromMioKr(1234.5)).toBe(1_234_500_000);
    expect(kronerFromMioKr(0)).toBe(0);
  });

  it('add up exactly: 0,1 + 0,2 mio. kr. is 0,3 mio. kr.', () => {
    const sum = (kronerFromMioKr(0.1) ?? NaN) + (kronerFromMioKr(0.2) ?? NaN);

    expect(0.1 + 0.2).not.toBe(0.3); // what floating point mio. kr. would have given
    expect(sum).toBe(kronerFromMioKr(0.3));
    expect(mioKrFromKroner(sum)).toBe(0.3);
  });

  it('take the float of a sum such as 0.1 + 0.2 as the tenth it is', () => {
    expect(kronerFromMioKr(0.1 + 0.2)).toBe(300_000);
  });

  it('may be negative: savings', () => {
    expect(kronerFromMioKr(-0.3)).toBe(-300_000);
    expect(kronerFromMioKr(-12.5)).toBe(-12_500_000);
  });

  it('are refused with more than one decimal, rather than rounded', () => {
    expect(kronerFromMioKr(0.25)).toBeNull();
    expect(kronerFromMioKr(-0.25)).toBeNull();
    expect(kronerFromMioKr(0.01)).toBeNull();
    expect(kronerFromMioKr(1.05)).toBeNull();
  });

  it('are refused when not finite or too large to count exactly', () => {
    expect(kronerFromMioKr(Number.NaN)).toBeNull();
    expect(kronerFromMioKr(Number.POSITIVE_INFINITY)).toBeNull();
    expect(kronerFromMioKr(1e12)).toBeNull();
  });

  it('come back as mio. kr.', () => {
    expect(mioKrFromKroner(300_000)).toBe(0.3);
    expect(mioKrFromKroner(-1_500_000)).toBe(-1.5);
    expect(KRONER_PER_MILLION / KRONER_PER_TENTH).toBe(10);
  });
});

describe('kroner', () => {
  it('are whole numbers', () => {
    expect(isKroner(300_000)).toBe(true);
    expect(isKroner(-1)).toBe(true);
    expect(isKroner(0.5)).toBe(false);
    expect(isKroner(2 ** 53)).toBe(false);
  });

  it('sum exactly, savings included', () => {
    expect(sumKroner([])).toBe(0);
    expect(sumKroner([100_000, 200_000, -50_000])).toBe(250_000);
    expect(sumKroner(new Set([1, 2, 3]))).toBe(6);
  });

  it('refuse a sum too large to be exact', () => {
    expect(() => sumKroner([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('tell whether they are whole tenths of a million, as the form writes them', () => {
    expect(isWholeTenthOfMillion(300_000)).toBe(true);
    expect(isWholeTenthOfMillion(-100_000)).toBe(true);
    expect(isWholeTenthOfMillion(0)).toBe(true);
    expect(isWholeTenthOfMillion(33_333)).toBe(false);
  });
});
