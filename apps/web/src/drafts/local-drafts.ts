// The browser's copy of a draft being written: kept on every change, so nothing typed is lost when
// the network, the server or the laptop's battery fails, and removed only once the server has
// accepted that very version.

/** A draft kept in the browser; `values` are the form's values as typed. */
export interface LocalDraft<Values = unknown> {
  readonly values: Values;
  /** When it was last changed here (ISO). */
  readonly changedAt: string;
  /** The server's version the changes were made on; null for a draft not yet created. */
  readonly baseVersion: number | null;
  /** The initiative's number once created, or as typed for a new one (for the list). */
  readonly number: string;
  readonly title: string;
  /**
   * The save under way or refused: its body and Idempotency-Key, so that a retry (even after a
   * reload) sends the same key and a create that did reach the server is not made twice.
   */
  readonly attempt: { readonly body: string; readonly key: string } | null;
}

/** Which draft: one of the user's new drafts ('ny') or an initiative's number. */
export type DraftSlot = 'ny' | (string & {});

const prefix = 'budgetflow.draft';
const format = 1;

function storageKey(userId: string, roundId: string, slot: string): string {
  return [prefix, format, userId, roundId, slot].map(encodeURIComponent).join('|');
}

/** The copies of one user's drafts in one round. */
export class LocalDrafts {
  constructor(
    private readonly userId: string,
    private readonly roundId: string,
    private readonly storage: Storage | null = browserStorage(),
  ) {}

  read<Values>(slot: DraftSlot): LocalDraft<Values> | null {
    const text = this.safely(() => this.storage?.getItem(this.key(slot)) ?? null, null);
    if (!text) return null;
    try {
      const parsed = JSON.parse(text) as LocalDraft<Values>;
      return typeof parsed === 'object' && parsed !== null && 'values' in parsed ? parsed : null;
    } catch {
      return null;
    }
  }

  /** False when the browser refused (storage full or disabled): the page then says so. */
  write<Values>(slot: DraftSlot, draft: LocalDraft<Values>): boolean {
    return this.safely(() => {
      if (!this.storage) return false;
      this.storage.setItem(this.key(slot), JSON.stringify(draft));
      return true;
    }, false);
  }

  remove(slot: DraftSlot): void {
    this.safely(() => this.storage?.removeItem(this.key(slot)), undefined);
  }

  /** Every kept draft of this user in this round, the newest change first. */
  list(): { slot: DraftSlot; draft: LocalDraft }[] {
    const start = storageKey(this.userId, this.roundId, '');
    const found: { slot: DraftSlot; draft: LocalDraft }[] = [];
    const storage = this.storage;
    if (!storage) return found;
    this.safely(() => {
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index);
        if (!key?.startsWith(start)) continue;
        const slot = decodeURIComponent(key.slice(start.length));
        const draft = this.read(slot);
        if (draft && !slot.includes('~')) found.push({ slot, draft });
      }
    }, undefined);
    return found.sort((a, b) => b.draft.changedAt.localeCompare(a.draft.changedAt));
  }

  private key(slot: DraftSlot): string {
    return storageKey(this.userId, this.roundId, slot);
  }

  private safely<T>(action: () => T, fallback: T): T {
    try {
      return action();
    } catch {
      // Private browsing or a full quota: the server copy remains the only one.
      return fallback;
    }
  }
}

/** The slot of a copy set aside because the server's draft changed after it was made. */
export function setAsideSlot(number: string): DraftSlot {
  return `${number}~browserkopi`;
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
