import type { SupportRow } from '../../api/types';
import { defaultGridSort, nextGridSort, sortGrid } from './grid-sort';

const row = (number: string, supporting: number) =>
  ({ number, majority: { supporting } }) as unknown as SupportRow;
const rows = [row('4.10', 6), row('5.1', 24), row('4.2', 6), row('1.1', 0)];
const numbers = (sorted: SupportRow[]) => sorted.map((one) => one.number);

describe('the support grid’s order', () => {
  it('goes by number as the round lists them (4.2 before 4.10), either way', () => {
    expect(numbers(sortGrid(rows, defaultGridSort))).toEqual(['1.1', '4.2', '4.10', '5.1']);
    expect(numbers(sortGrid(rows, { key: 'number', descending: true }))).toEqual([
      '5.1',
      '4.10',
      '4.2',
      '1.1',
    ]);
  });

  it('goes by the seats behind each, equal seats in the numbers’ order', () => {
    expect(numbers(sortGrid(rows, { key: 'supporting', descending: true }))).toEqual([
      '5.1',
      '4.2',
      '4.10',
      '1.1',
    ]);
    expect(numbers(sortGrid(rows, { key: 'supporting', descending: false }))).toEqual([
      '1.1',
      '4.2',
      '4.10',
      '5.1',
    ]);
  });

  it('turns a column round on a second click, and starts the seats with the most', () => {
    expect(nextGridSort(defaultGridSort, 'number')).toEqual({ key: 'number', descending: true });
    expect(nextGridSort(defaultGridSort, 'supporting')).toEqual({
      key: 'supporting',
      descending: true,
    });
  });
});
