import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  type Header,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { Link } from 'react-router';
import type { InitiativeListItem } from '../../api/types';
import { paths } from '../../app/paths';
import { StateBadge } from '../../components/StateBadge';
import { type ListSort, type SortKey, sortKeys } from './list-params';

const column = createColumnHelper<InitiativeListItem>();

const columns = [
  column.accessor('number', {
    id: 'number',
    header: 'Nr.',
    cell: (info) => (
      <Link
        to={paths.initiative(info.row.original.roundId, info.getValue())}
        aria-label={`Forslag ${info.getValue()}`}
      >
        {info.getValue()}
      </Link>
    ),
  }),
  column.accessor('title', { id: 'title', header: 'Titel' }),
  column.accessor('submittedByLabel', {
    id: 'parties',
    header: 'Forslagsstiller',
    enableSorting: false,
  }),
  column.accessor('state', {
    id: 'state',
    header: 'Tilstand',
    cell: (info) => <StateBadge state={info.getValue()} label={info.row.original.stateLabel} />,
  }),
  column.accessor('nextDeadline', {
    id: 'nextDeadline',
    header: 'Næste frist',
    enableSorting: false,
    cell: (info) => {
      const deadline = info.getValue();
      return deadline ? (
        <>
          <span className="deadline-label">{deadline.label}</span>
          <br />
          <time dateTime={deadline.at}>{deadline.atText}</time>
        </>
      ) : (
        '–'
      );
    },
  }),
  column.accessor((item) => item.total.mioKr, {
    id: 'total',
    header: 'Beløb i alt',
    cell: (info) => info.row.original.total.formatted,
  }),
];

function isSortKey(id: string): id is SortKey {
  return (sortKeys as readonly string[]).includes(id);
}

/**
 * The round's initiatives, sorted by the API (the list may be longer than a page): a header's
 * button asks for that order, the address keeps it, aria-sort tells which order is shown.
 */
export function InitiativesTable({
  items,
  sort,
  onSort,
  busy,
}: {
  items: readonly InitiativeListItem[];
  sort: ListSort;
  onSort: (sort: ListSort) => void;
  busy: boolean;
}) {
  const sorting: SortingState = [{ id: sort.key, desc: sort.descending }];
  // The app is not built with the React Compiler; the table is simply made anew each render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: items as InitiativeListItem[],
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first && isSortKey(first.id)) onSort({ key: first.id, descending: first.desc });
    },
  });
  return (
    <div className="table-scroll">
      <table className="initiatives-table" aria-busy={busy}>
        <caption className="visually-hidden">Forslag i runden</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cell.column.id === 'total' ? 'num' : undefined}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell({ header }: { header: Header<InitiativeListItem, unknown> }) {
  const label = flexRender(header.column.columnDef.header, header.getContext());
  const numeric = header.column.id === 'total';
  if (!header.column.getCanSort()) {
    return (
      <th scope="col" className={numeric ? 'num' : undefined}>
        {label}
      </th>
    );
  }
  const order = header.column.getIsSorted();
  return (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={order === 'asc' ? 'ascending' : order === 'desc' ? 'descending' : 'none'}
    >
      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {order === 'asc' ? '▲' : order === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
