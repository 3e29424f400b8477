import { type QuestionState, questionStates } from '@budgetflow/domain';
import type { BudgetQuestion, QuestionFilter } from '../../api/questions';

// The question list's filters and order live in the address, so a view can be bookmarked and
// sent on. The keys are Danish (people see them); the states are the API's.

export type QuestionSortKey = 'number' | 'due';

export interface QuestionSort {
  readonly key: QuestionSortKey;
  readonly descending: boolean;
}

export interface QuestionParams {
  readonly state: QuestionState | '';
  readonly partyGroup: string;
  readonly initiative: string;
  readonly sort: QuestionSort;
}

const keys = { state: 'status', partyGroup: 'parti', initiative: 'forslag', sort: 'sorter' };
const sortWords: Record<QuestionSortKey, string> = { number: 'nummer', due: 'frist' };

export const defaultQuestionSort: QuestionSort = { key: 'number', descending: false };

function sortOf(text: string | null): QuestionSort {
  if (!text) return defaultQuestionSort;
  const descending = text.startsWith('-');
  const word = descending ? text.slice(1) : text;
  const key = (Object.keys(sortWords) as QuestionSortKey[]).find((one) => sortWords[one] === word);
  return key ? { key, descending } : defaultQuestionSort;
}

export function parseQuestionParams(search: URLSearchParams): QuestionParams {
  const state = search.get(keys.state) ?? '';
  return {
    state: (questionStates as readonly string[]).includes(state) ? (state as QuestionState) : '',
    partyGroup: search.get(keys.partyGroup)?.trim() ?? '',
    initiative: search.get(keys.initiative)?.trim() ?? '',
    sort: sortOf(search.get(keys.sort)),
  };
}

export function serialiseQuestionParams(params: QuestionParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.state) search.set(keys.state, params.state);
  if (params.partyGroup) search.set(keys.partyGroup, params.partyGroup);
  if (params.initiative) search.set(keys.initiative, params.initiative);
  const { key, descending } = params.sort;
  if (key !== defaultQuestionSort.key || descending !== defaultQuestionSort.descending) {
    search.set(keys.sort, `${descending ? '-' : ''}${sortWords[key]}`);
  }
  return search;
}

/** The API's filter of the list. */
export function questionFilterOf(params: QuestionParams): QuestionFilter {
  return {
    ...(params.state ? { state: params.state } : {}),
    ...(params.partyGroup ? { partyGroup: params.partyGroup } : {}),
    ...(params.initiative ? { initiative: params.initiative } : {}),
  };
}

export function hasQuestionFilters(params: QuestionParams): boolean {
  return params.state !== '' || params.partyGroup !== '' || params.initiative !== '';
}

/**
 * The list in the chosen order. The API lists by number; the due date is for finding what is
 * due first (equal due dates keep the numbers' order either way).
 */
export function sortQuestions(
  questions: readonly BudgetQuestion[],
  sort: QuestionSort,
): BudgetQuestion[] {
  const direction = sort.descending ? -1 : 1;
  const byNumber = (a: BudgetQuestion, b: BudgetQuestion) => a.number - b.number;
  const compare =
    sort.key === 'number'
      ? (a: BudgetQuestion, b: BudgetQuestion) => direction * byNumber(a, b)
      : (a: BudgetQuestion, b: BudgetQuestion) =>
          direction * (Date.parse(a.dueAt) - Date.parse(b.dueAt)) || byNumber(a, b);
  return [...questions].sort(compare);
}

/** A header's click: the other direction of the same column, else the new column ascending. */
export function nextQuestionSort(current: QuestionSort, key: QuestionSortKey): QuestionSort {
  return current.key === key
    ? { key, descending: !current.descending }
    : { key, descending: false };
}

/** How a column is sorted now, for its aria-sort. */
export function sortOrderOf(
  sort: QuestionSort,
  key: QuestionSortKey,
): 'ascending' | 'descending' | 'none' {
  if (sort.key !== key) return 'none';
  return sort.descending ? 'descending' : 'ascending';
}
