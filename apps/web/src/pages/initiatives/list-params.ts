import {
  type FinancingArea,
  financingAreas,
  type LifecycleState,
  lifecycleStates,
} from '@budgetflow/domain';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { InitiativeFilter } from '../../api/initiatives';

// The list's filters and order live in the address, so a view can be bookmarked, sent to a
// colleague and stepped back through. The keys are Danish: people see them.

/** The columns the API sorts by; without one, the list is in the order of the numbers. */
export const sortKeys = ['number', 'title', 'state', 'total'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface ListSort {
  readonly key: SortKey;
  readonly descending: boolean;
}

export interface ListParams {
  readonly states: readonly LifecycleState[];
  readonly party: string;
  readonly financingArea: FinancingArea | '';
  readonly committee: number | null;
  readonly q: string;
  readonly sort: ListSort;
  readonly page: number;
}

const keys = {
  states: 'tilstand',
  party: 'parti',
  financingArea: 'omraade',
  committee: 'udvalg',
  q: 'soeg',
  sort: 'sorter',
  page: 'side',
} as const;

const defaultSort: ListSort = { key: 'number', descending: false };

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function sortOf(text: string | null): ListSort {
  if (!text) return defaultSort;
  const descending = text.startsWith('-');
  const key = descending ? text.slice(1) : text;
  return isOneOf(sortKeys, key) ? { key, descending } : defaultSort;
}

/** The API's `sort`: left out for the default (number order), '-' first for descending. */
export function apiSort(sort: ListSort): string | undefined {
  if (sort.key === defaultSort.key && !sort.descending) return undefined;
  return `${sort.descending ? '-' : ''}${sort.key}`;
}

function parse(search: URLSearchParams): ListParams {
  const states = (search.get(keys.states) ?? '')
    .split(',')
    .filter((state): state is LifecycleState => isOneOf(lifecycleStates, state));
  const area = search.get(keys.financingArea) ?? '';
  const committee = Number(search.get(keys.committee));
  const page = Number(search.get(keys.page));
  return {
    states,
    party: search.get(keys.party) ?? '',
    financingArea: isOneOf(financingAreas, area) ? area : '',
    committee: Number.isInteger(committee) && committee > 0 ? committee : null,
    q: search.get(keys.q) ?? '',
    sort: sortOf(search.get(keys.sort)),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

function serialise(params: ListParams): URLSearchParams {
  const search = new URLSearchParams();
  const set = (key: string, value: string) => {
    if (value) search.set(key, value);
  };
  set(keys.states, params.states.join(','));
  set(keys.party, params.party);
  set(keys.financingArea, params.financingArea);
  set(keys.committee, params.committee ? String(params.committee) : '');
  set(keys.q, params.q);
  set(keys.sort, apiSort(params.sort) ?? '');
  set(keys.page, params.page > 1 ? String(params.page) : '');
  return search;
}

/** The API's filter of the list and its totals. */
export function filterOf(roundId: string, params: ListParams): InitiativeFilter {
  return {
    round: roundId,
    state: params.states,
    ...(params.party ? { party: params.party } : {}),
    ...(params.financingArea ? { financingArea: params.financingArea } : {}),
    ...(params.committee ? { committee: params.committee } : {}),
    ...(params.q.trim() ? { q: params.q.trim() } : {}),
  };
}

export function hasFilters(params: ListParams): boolean {
  return (
    params.states.length > 0 ||
    params.party !== '' ||
    params.financingArea !== '' ||
    params.committee !== null ||
    params.q.trim() !== ''
  );
}

/**
 * The list's parameters and a way to change some of them. A change of filter goes back to the
 * first page; each change is a step in the browser's history, so Back undoes it. The router
 * takes the new address a moment later: until it has, the change is shown as made, so a
 * checkbox does not flick back under the click.
 */
export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const address = search.toString();
  const fromAddress = useMemo(() => parse(new URLSearchParams(address)), [address]);
  const [pending, setPending] = useState<{ from: string; params: ListParams } | null>(null);
  // Once the address has moved on, it is the truth again (Back may later return to `from`).
  if (pending && pending.from !== address) setPending(null);
  const params = pending && pending.from === address ? pending.params : fromAddress;
  const change = useCallback(
    (next: ListParams) => {
      setPending({ from: address, params: next });
      setSearch(serialise(next));
    },
    [address, setSearch],
  );
  const update = useCallback(
    (changed: Partial<ListParams>) => change({ ...params, ...changed, page: changed.page ?? 1 }),
    [change, params],
  );
  const reset = useCallback(
    () => change({ ...parse(new URLSearchParams()), sort: params.sort }),
    [change, params.sort],
  );
  return { params, update, reset };
}
