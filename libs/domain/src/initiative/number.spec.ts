import { committeeOf, compareInitiativeNumbers, isInitiativeNumber } from './number';

describe('initiative numbers', () => {
  it('sort numerically: 4.2 before 4.10 before 5.1', () => {
    expect(['5.1', '4.10', '4.2', '10.1', '4.1'].sort(compareInitiativeNumbers)).toEqual([
      '4.1',
      '4.2',
      '4.10',
      '5.1',
      '10.1',
    ]);
    expect(compareInitiativeNumbers('4.2', '4.2')).toBe(0);
  });

  it('name their committee first', () => {
    expect(committeeOf('4.2')).toBe(4);
    expect(committeeOf('12.3')).toBe(12);
  });

  it.each(['4.2', '4.10', '12.345'])('accept "%s"', (number) => {
    expect(isInitiativeNumber(number)).toBe(true);
  });

  it.each(['4', '4.', '4.02', '0.1', '4.0', ' 4.2', '4,2', '4.2.1', '1234.1'])(
    'refuse "%s"',
    (number) => {
      expect(isInitiativeNumber(number)).toBe(false);
    },
  );
});
