import { compareInitiativeNumbers } from '@budgetflow/domain';
import type { SupportRow } from '../../api/types';

// The support grid's order, chosen by its column headers: by number (as the round lists its
// initiatives) or by the seats behind each initiative (to see what is near a majority).

export type GridSortKey = 'number' | 'supporting';

export interface GridSort {
  readonly key: GridSortKey;
  readonly descending: boolean;
}

export const defaultGridSort: GridSort = { key: 'number', descending: false };

export function sortGrid(rows: readonly SupportRow[], sort: GridSort): SupportRow[] {
  const direction = sort.descending ? -1 : 1;
  const byNumber = (a: SupportRow, b: SupportRow) => compareInitiativeNumbers(a.number, b.number);
  // Equal seats keep the numbers' order whichever way the seats go.
  const compare =
    sort.key === 'number'
      ? (a: SupportRow, b: SupportRow) => direction * byNumber(a, b)
      : (a: SupportRow, b: SupportRow) =>
          direction * (a.majority.supporting - b.majority.supporting) || byNumber(a, b);
  return [...rows].sort(compare);
}

/** A header's click: the other direction of the same column, else the new column's first. */
export function nextGridSort(current: GridSort, key: GridSortKey): GridSort {
  if (current.key === key) return { key, descending: !current.descending };
  // Most seats first is what one looks for; numbers go up.
  return { key, descending: key === 'supporting' };
}
