import { compareInitiativeNumbers, type EconomyRow } from '@budgetflow/domain';
import type { NegotiationPackage, PackageAdjustment } from '../../api/types';

// A package as a coordinator edits it: the texts as typed (a half-typed "0," is never rewritten),
// read as numbers and fractions only when it is checked and sent (package-body.ts). Changes go
// through one reducer, so the editor's state is a value that can be tested on its own.

export interface MoveDraft {
  /** Years as the selects hold them ("2027"). */
  readonly from: string;
  readonly to: string;
}

export interface AmountDraft {
  readonly row: EconomyRow;
  readonly year: string;
  /** Mio. kr. as typed, e.g. "1,5". */
  readonly amount: string;
}

export interface ItemDraft {
  readonly number: string;
  /** Whether the package takes the initiative other than as it is; off, the fields are kept. */
  readonly adjusted: boolean;
  /** E.g. "1/2" or "0,5"; empty: all of it. */
  readonly share: string;
  readonly moves: readonly MoveDraft[];
  readonly amounts: readonly AmountDraft[];
  readonly note: string;
}

export interface PackageDraft {
  readonly name: string;
  /** Why this version: saved with it. */
  readonly note: string;
  /** In the order of the initiatives' numbers. */
  readonly items: readonly ItemDraft[];
}

export type ItemChange = Partial<Pick<ItemDraft, 'adjusted' | 'share' | 'note'>>;

export type DraftAction =
  | { readonly type: 'name'; readonly name: string }
  | { readonly type: 'note'; readonly note: string }
  | { readonly type: 'include'; readonly number: string; readonly included: boolean }
  | { readonly type: 'item'; readonly number: string; readonly change: ItemChange }
  | { readonly type: 'addMove'; readonly number: string; readonly years: readonly number[] }
  | {
      readonly type: 'move';
      readonly number: string;
      readonly index: number;
      readonly change: Partial<MoveDraft>;
    }
  | { readonly type: 'removeMove'; readonly number: string; readonly index: number }
  | { readonly type: 'addAmount'; readonly number: string; readonly years: readonly number[] }
  | {
      readonly type: 'amount';
      readonly number: string;
      readonly index: number;
      readonly change: Partial<AmountDraft>;
    }
  | { readonly type: 'removeAmount'; readonly number: string; readonly index: number };

export const emptyPackageDraft: PackageDraft = { name: '', note: '', items: [] };

function emptyItem(number: string): ItemDraft {
  return { number, adjusted: false, share: '', moves: [], amounts: [], note: '' };
}

// Grouped, at most one decimal: as people write amounts on the paper form.
const amountFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

function itemDraftOf(number: string, adjustment: PackageAdjustment | null): ItemDraft {
  if (!adjustment) return emptyItem(number);
  return {
    number,
    adjusted: true,
    share: adjustment.share ?? '',
    moves: adjustment.moves.map(({ from, to }) => ({ from: String(from), to: String(to) })),
    amounts: adjustment.amounts.map(({ row, year, amount }) => ({
      row,
      year: String(year),
      amount: amountFormat.format(amount.mioKr).replace('\u2212', '-'),
    })),
    note: adjustment.note ?? '',
  };
}

/** The editor's start: a new package, or the next version of one as it is now. */
export function packageDraftOf(current: NegotiationPackage | null): PackageDraft {
  if (!current) return emptyPackageDraft;
  return {
    name: current.name,
    // The note says why a version was saved: the next one has its own reason.
    note: '',
    items: sortedItems(current.items.map((item) => itemDraftOf(item.number, item.adjustment))),
  };
}

function sortedItems(items: readonly ItemDraft[]): ItemDraft[] {
  return [...items].sort((a, b) => compareInitiativeNumbers(a.number, b.number));
}

function changeItem(
  draft: PackageDraft,
  number: string,
  change: (item: ItemDraft) => ItemDraft,
): PackageDraft {
  return {
    ...draft,
    items: draft.items.map((item) => (item.number === number ? change(item) : item)),
  };
}

function replaceAt<T>(list: readonly T[], index: number, change: Partial<T>): T[] {
  return list.map((entry, at) => (at === index ? { ...entry, ...change } : entry));
}

function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}

export function packageDraftReducer(draft: PackageDraft, action: DraftAction): PackageDraft {
  switch (action.type) {
    case 'name':
      return { ...draft, name: action.name };
    case 'note':
      return { ...draft, note: action.note };
    case 'include': {
      const included = draft.items.some((item) => item.number === action.number);
      if (action.included === included) return draft;
      return {
        ...draft,
        items: action.included
          ? sortedItems([...draft.items, emptyItem(action.number)])
          : draft.items.filter((item) => item.number !== action.number),
      };
    }
    case 'item':
      return changeItem(draft, action.number, (item) => ({ ...item, ...action.change }));
    case 'addMove':
      // The first year to the next: the commonest move, a start put off by a year.
      return changeItem(draft, action.number, (item) => ({
        ...item,
        moves: [
          ...item.moves,
          { from: String(action.years[0] ?? ''), to: String(action.years[1] ?? '') },
        ],
      }));
    case 'move':
      return changeItem(draft, action.number, (item) => ({
        ...item,
        moves: replaceAt(item.moves, action.index, action.change),
      }));
    case 'removeMove':
      return changeItem(draft, action.number, (item) => ({
        ...item,
        moves: removeAt(item.moves, action.index),
      }));
    case 'addAmount':
      return changeItem(draft, action.number, (item) => ({
        ...item,
        amounts: [
          ...item.amounts,
          { row: 'otherOperations', year: String(action.years[0] ?? ''), amount: '' },
        ],
      }));
    case 'amount':
      return changeItem(draft, action.number, (item) => ({
        ...item,
        amounts: replaceAt(item.amounts, action.index, action.change),
      }));
    case 'removeAmount':
      return changeItem(draft, action.number, (item) => ({
        ...item,
        amounts: removeAt(item.amounts, action.index),
      }));
  }
}
