import type { ApiProblem } from '../api/client';
import type { LocalDrafts } from './local-drafts';

// The words the autosave (draft-saver.ts) and the page speak with.

export type SaveStatus =
  | { readonly kind: 'new' }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'waiting'; readonly keptLocally: boolean }
  | { readonly kind: 'saving'; readonly keptLocally: boolean }
  | {
      readonly kind: 'failed';
      readonly reason: string;
      readonly keptLocally: boolean;
      /** Whether it is tried again by itself (the network or server failed, not the content). */
      readonly retrying: boolean;
    };

/** The form at one moment: what the browser keeps, and what the server is sent. */
export interface DraftSnapshot<Values> {
  readonly values: Values;
  /** The number as typed (used to create the draft) and the title, for the list of drafts. */
  readonly number: string;
  readonly title: string;
  /** The form as the API takes it, or null with the reason it cannot be saved yet. */
  readonly form: Record<string, unknown> | null;
  readonly problem: string | null;
}

export interface SavedDraft {
  readonly number: string;
  readonly version: number;
}

export interface DraftSaverDeps {
  readonly local: LocalDrafts;
  create(number: string, form: Record<string, unknown>, key: string): Promise<SavedDraft>;
  put(number: string, form: Record<string, unknown>, key: string): Promise<SavedDraft>;
  readonly delayMs?: number;
  readonly newKey?: () => string;
}

/** What the page hears of the saves, set (and replaced) while it is shown. */
export interface DraftSaverHandlers {
  /** The draft now exists on the server under this number. */
  onCreated(saved: SavedDraft): void;
  /** The API refused the content (its field errors belong on the form). */
  onRefused(problem: ApiProblem): void;
}

export interface DraftSaverStart {
  readonly number: string | null;
  /** The server's form as this page would send it, to see when there is nothing to save. */
  readonly savedForm: string | null;
  readonly savedAt: Date | null;
  readonly baseVersion: number | null;
  readonly attempt: { readonly body: string; readonly key: string } | null;
}
