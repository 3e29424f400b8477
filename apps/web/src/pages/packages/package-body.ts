import {
  adjustmentProblems,
  economyRowLabels,
  economyRows,
  type EconomyRow,
  packageSchema,
} from '@budgetflow/domain';
import { ApiProblem } from '../../api/client';
import type { PackageRequest } from '../../api/packages';
import { parseDanishNumber } from '../../format';
import type { ItemDraft, PackageDraft } from './package-draft';

// The editor's draft as the API's body, checked by the domain's own rules (the package schema
// and adjustmentProblems) before it is sent; and every problem, the domain's or the API's, at
// the field of the draft it concerns. Fields are named by the initiative's number rather than
// its place in the body, so a message stays with its initiative as others are added.

/** A field of the draft: 'name', 'note', or 'item:4.5:share', 'item:4.5:moves.0.to', … */
export type DraftField = string;

/** Messages by field; the first reason per field is the one to fix first. */
export type DraftErrors = Readonly<Record<DraftField, string>>;

export function itemField(number: string, field: string): DraftField {
  return `item:${number}:${field}`;
}

/** The id of a field's control, to link a message to it and to move the focus there. */
export function fieldId(field: DraftField): string {
  return `pakke-${field.replace(/[:.]/g, '-')}`;
}

const amountMessage = 'Skriv beløbet i mio. kr. med højst én decimal, fx 0,3';

/** The adjustment to send, or nothing when the initiative is taken as it is. */
function adjustmentOf(item: ItemDraft) {
  if (!item.adjusted) return null;
  const share = item.share.trim();
  const note = item.note.trim();
  const adjustment = {
    ...(share ? { share } : {}),
    ...(item.moves.length > 0
      ? { moves: item.moves.map(({ from, to }) => ({ from: Number(from), to: Number(to) })) }
      : {}),
    ...(item.amounts.length > 0
      ? {
          amounts: item.amounts.map(({ row, year, amount }) => ({
            row,
            year: Number(year),
            // Not a number: NaN, which the schema refuses at this field.
            amount: parseDanishNumber(amount) ?? Number.NaN,
          })),
        }
      : {}),
    ...(note ? { note } : {}),
  };
  return Object.keys(adjustment).length > 0 ? adjustment : null;
}

/** The body of POST/PUT …/packages as the draft stands. */
export function packageRequestOf(draft: PackageDraft): PackageRequest {
  const note = draft.note.trim();
  return {
    name: draft.name,
    ...(note ? { note } : {}),
    items: draft.items.map((item) => {
      const adjustment = adjustmentOf(item);
      return adjustment ? { number: item.number, adjustment } : { number: item.number };
    }),
  };
}

/**
 * The body to send, or why it cannot be sent, by the same rules the API holds it to: the
 * package's schema (a name, shares that are fractions, amounts with one decimal) and the
 * adjustment's years against the round's.
 */
export function checkPackageDraft(
  draft: PackageDraft,
  years: readonly number[],
): { body: PackageRequest; errors: null } | { body: null; errors: DraftErrors } {
  const body = packageRequestOf(draft);
  const errors: Record<DraftField, string> = {};
  const add = (path: readonly (string | number)[], message: string) => {
    const field = draftFieldOf(path.map(String), body);
    if (field && !(field in errors)) errors[field] = message;
  };
  for (const [index, item] of body.items.entries()) {
    item.adjustment?.amounts?.forEach(({ amount }, at) => {
      if (Number.isNaN(amount))
        add(['items', index, 'adjustment', 'amounts', at, 'amount'], amountMessage);
    });
  }
  const parsed = packageSchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path as (string | number)[], issue.message);
  } else {
    parsed.data.items.forEach(({ adjustment }, index) => {
      for (const problem of adjustment ? adjustmentProblems(adjustment, years) : []) {
        add(['items', index, 'adjustment', ...problem.field.split('.')], problem.message);
      }
    });
  }
  return Object.keys(errors).length === 0 ? { body, errors: null } : { body: null, errors };
}

/**
 * The API's field problems of a refused save at the draft's fields (those it can place), and
 * the problem without them for the alert, so that nothing is said twice.
 */
export function serverErrorsOf(
  error: unknown,
  sent: PackageRequest | null,
): { errors: DraftErrors; rest: unknown } {
  if (!(error instanceof ApiProblem) || !sent) return { errors: {}, rest: error };
  const errors: Record<DraftField, string> = {};
  const unplaced = error.errors.filter((problem) => {
    const field = draftFieldOf(problem.field.split('.'), sent);
    if (!field) return true;
    errors[field] ??= problem.message;
    return false;
  });
  if (unplaced.length === 0 && Object.keys(errors).length > 0) {
    return { errors, rest: null };
  }
  return {
    errors,
    rest: new ApiProblem(error.status, error.title, error.detail, error.code, unplaced),
  };
}

/**
 * The draft's field that a path into the body names: ['items', '2', 'adjustment', 'moves', '0',
 * 'to'] → 'item:4.5:moves.0.to'. A problem with a whole move or changed amount (given twice) is
 * placed at its first control, one with the item itself at the initiative.
 */
export function draftFieldOf(path: readonly string[], body: PackageRequest): DraftField | null {
  const [head, index, part, ...rest] = path;
  if (head === 'name' || head === 'note') return head;
  if (head !== 'items' || index === undefined || !/^\d+$/.test(index)) return null;
  const item = body.items[Number(index)];
  if (!item) return null;
  if (part !== 'adjustment' || rest.length === 0) return itemField(item.number, 'number');
  const [kind, at, leaf] = rest;
  if ((kind === 'moves' || kind === 'amounts') && at !== undefined && /^\d+$/.test(at)) {
    return itemField(item.number, `${kind}.${at}.${leaf ?? (kind === 'moves' ? 'from' : 'row')}`);
  }
  if (kind === 'share' || kind === 'note') return itemField(item.number, kind);
  return itemField(item.number, 'number');
}

const fieldWords: Record<string, string> = {
  share: 'andel',
  note: 'note',
  from: 'fra år',
  to: 'til år',
  row: 'række',
  year: 'år',
  amount: 'beløb',
  number: 'forslaget',
};

/** A field as people know it, for the list of problems: "4.5, flytning 1: til år". */
export function fieldLabel(field: DraftField): string {
  if (field === 'name') return 'Navn';
  if (field === 'note') return 'Bemærkning til versionen';
  const [, number = '', rest = ''] = field.split(':');
  const [kind = '', at, leaf] = rest.split('.');
  if (at !== undefined && leaf !== undefined) {
    const what = kind === 'moves' ? 'flytning' : 'ændret beløb';
    return `${number}, ${what} ${Number(at) + 1}: ${fieldWords[leaf] ?? leaf}`;
  }
  return `${number}: ${fieldWords[kind] ?? kind}`;
}

/** The economy's rows that a package can change, with the form's words. */
export const changeableRows: readonly { row: EconomyRow; label: string }[] = economyRows.map(
  (row) => ({ row, label: economyRowLabels[row] }),
);
