import type { ReactNode } from 'react';

/**
 * A column header that sorts its table: a button to ask for the order, aria-sort to tell which
 * order is shown (the arrows are for the eye only).
 */
export function SortHeader({
  order,
  onSort,
  className,
  children,
}: {
  order: 'ascending' | 'descending' | 'none';
  onSort: () => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <th scope="col" aria-sort={order} className={className}>
      <button type="button" className="sort" onClick={onSort}>
        {children}
        <span className="sort-mark" aria-hidden="true">
          {order === 'ascending' ? '▲' : order === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
