import { kronerOf, parseDanishDecimal, parseFte, parseMioKr } from './danish-number';

describe('Danish numbers', () => {
  it('reads the decimal comma, thousands points and a minus', () => {
    expect(parseDanishDecimal('0,3')).toEqual({ negative: false, whole: '0', decimals: '3' });
    expect(parseDanishDecimal('1.234,5')).toEqual({
      negative: false,
      whole: '1234',
      decimals: '5',
    });
    expect(parseDanishDecimal('-0,5')).toEqual({ negative: true, whole: '0', decimals: '5' });
    expect(parseDanishDecimal('−2,0')).toEqual({ negative: true, whole: '2', decimals: '0' });
    expect(parseDanishDecimal('12')).toEqual({ negative: false, whole: '12', decimals: '' });
  });

  it('refuses what is not a Danish number', () => {
    for (const text of ['', '0.3', '1,234.5', 'O,3', '1.23,4', 'ca. 2', '0,3 mio.']) {
      expect(parseDanishDecimal(text)).toBeNull();
    }
  });

  it('gives amounts of the economy table in mio. kr. and exact kroner', () => {
    expect(parseMioKr('0,3')).toEqual({ ok: true, mioKr: 0.3, kroner: 300_000 });
    expect(parseMioKr('1.050,5')).toEqual({ ok: true, mioKr: 1050.5, kroner: 1_050_500_000 });
    expect(parseMioKr('-2,5')).toEqual({ ok: true, mioKr: -2.5, kroner: -2_500_000 });
    expect(parseMioKr('0,30')).toEqual({ ok: true, mioKr: 0.3, kroner: 300_000 });
  });

  it('refuses an amount with more than the form’s one decimal, with the reason', () => {
    const read = parseMioKr('0,25');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(/mere end én decimal/);
  });

  it('reads staff as non-negative FTE with one decimal', () => {
    expect(parseFte('1,5')).toEqual({ ok: true, fte: 1.5 });
    expect(parseFte('7')).toEqual({ ok: true, fte: 7 });
    expect(parseFte('-1').ok).toBe(false);
    expect(parseFte('0,25').ok).toBe(false);
  });

  it('turns minutes’ amounts into whole kroner by their unit', () => {
    expect(kronerOf('5,5', 'mio.kr')).toBe(5_500_000);
    expect(kronerOf('1.050,5', 'mio. kr')).toBe(1_050_500_000);
    expect(kronerOf('250.000', 'kr')).toBe(250_000);
    expect(kronerOf('300', 't.kr')).toBe(300_000);
    expect(kronerOf('1,2', 'mia.kr')).toBe(1_200_000_000);
    expect(kronerOf('0,5', 'kr')).toBeNull();
  });
});
