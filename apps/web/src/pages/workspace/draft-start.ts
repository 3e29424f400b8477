import type { Initiative, User } from '../../api/types';
import { type LocalDraft, type LocalDrafts, setAsideSlot } from '../../drafts/local-drafts';
import { checkDraft } from './draft-check';
import { type DraftValues, draftValuesOf, emptyDraftValues } from './draft-values';

/** What the editor opens with, and what it tells the user about the browser's copy. */
export interface DraftStart {
  readonly values: DraftValues;
  readonly number: string | null;
  readonly savedForm: string | null;
  readonly savedAt: Date | null;
  readonly baseVersion: number | null;
  readonly attempt: LocalDraft['attempt'];
  readonly notice:
    | null
    /** The browser's copy was newer and is shown; `fallback` is the server's (or a blank) form. */
    | { readonly kind: 'restored'; readonly at: string; readonly fallback: DraftValues }
    /** The server's draft changed after the browser's copy was made: the copy is offered. */
    | { readonly kind: 'setAside'; readonly at: string; readonly values: DraftValues };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Server or browser: the browser's copy wins when it was made on the version the server still
 * has (it is simply newer); when the server's draft has moved on since (a co-author saved), the
 * server's is shown and the copy is set aside and offered, never silently dropped.
 */
export function draftStartOf(
  local: LocalDrafts,
  initiative: Initiative | null,
  user: User,
  years: readonly number[],
): DraftStart {
  if (!initiative) {
    const copy = local.read<DraftValues>('ny');
    const blank = emptyDraftValues(user);
    return {
      values: copy?.values ?? blank,
      number: null,
      savedForm: null,
      savedAt: null,
      baseVersion: null,
      attempt: copy?.attempt ?? null,
      notice: copy ? { kind: 'restored', at: copy.changedAt, fallback: blank } : null,
    };
  }
  const server = draftValuesOf(initiative, years);
  const check = checkDraft(server, { user, years, isNew: false, level: 'draft' });
  const base = {
    number: initiative.number,
    savedForm: check.form ? JSON.stringify(check.form) : null,
    savedAt: new Date(initiative.updatedAt),
    baseVersion: initiative.version,
  };
  const copy = local.read<DraftValues>(initiative.number);
  if (copy && !same(copy.values, server)) {
    if (copy.baseVersion === initiative.version) {
      return {
        ...base,
        values: copy.values,
        attempt: copy.attempt,
        notice: { kind: 'restored', at: copy.changedAt, fallback: server },
      };
    }
    local.write(setAsideSlot(initiative.number), copy);
  }
  if (copy) local.remove(initiative.number);
  const setAside = local.read<DraftValues>(setAsideSlot(initiative.number));
  return {
    ...base,
    values: server,
    attempt: null,
    notice: setAside ? { kind: 'setAside', at: setAside.changedAt, values: setAside.values } : null,
  };
}
