import { ApiProblem } from '../api/client';
import type {
  DraftSaverDeps,
  DraftSaverHandlers,
  DraftSaverStart,
  DraftSnapshot,
  SavedDraft,
  SaveStatus,
} from './save-types';

export type {
  DraftSaverDeps,
  DraftSaverHandlers,
  DraftSaverStart,
  DraftSnapshot,
  SavedDraft,
  SaveStatus,
} from './save-types';

// Autosave of one draft: every change is kept in the browser at once and sent to the server a few
// seconds after typing stops (created once, then replaced as a whole). One request at a time; a
// failed one keeps the browser's copy and its Idempotency-Key, so its retry is the same request.

const retryDelaysMs = [5_000, 15_000, 30_000, 60_000];

export class DraftSaver<Values> {
  private status: SaveStatus;
  private readonly listeners = new Set<() => void>();
  private latest: DraftSnapshot<Values> | null = null;
  private savedForm: string | null;
  private savedAt: Date | null;
  private baseVersion: number | null;
  private attempt: { body: string; key: string } | null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private queue: Promise<boolean> = Promise.resolve(true);
  private keptLocally = true;
  private handlers: DraftSaverHandlers | null = null;
  number: string | null;

  constructor(
    private readonly deps: DraftSaverDeps,
    start: DraftSaverStart,
  ) {
    this.number = start.number;
    this.savedForm = start.savedForm;
    this.savedAt = start.savedAt;
    this.baseVersion = start.baseVersion;
    this.attempt = start.attempt ? { ...start.attempt } : null;
    this.status = start.savedAt ? { kind: 'saved', at: start.savedAt } : { kind: 'new' };
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getStatus = () => this.status;

  /** A change of the form: kept in the browser now, sent to the server when typing pauses. */
  change(snapshot: DraftSnapshot<Values>): void {
    this.latest = snapshot;
    if (this.isSaved(snapshot)) {
      this.cancelTimer();
      this.deps.local.remove(this.slot());
      if (this.status.kind !== 'saving') this.setStatus(this.savedStatus());
      return;
    }
    this.keepLocally(snapshot);
    if (this.status.kind !== 'saving')
      this.setStatus({ kind: 'waiting', keptLocally: this.keptLocally });
    this.schedule(this.deps.delayMs ?? 3_000);
  }

  /** Saves the form as it is now ("Gem kladde", and before submitting); true when the server has it. */
  saveNow(snapshot?: DraftSnapshot<Values>): Promise<boolean> {
    if (snapshot) this.latest = snapshot;
    this.cancelTimer();
    this.queue = this.queue.then(() => this.saveOnce());
    return this.queue;
  }

  /** Forgets the browser's copy (the user chose the server's version or a blank form). */
  discard(): void {
    this.cancelTimer();
    this.latest = null;
    this.deps.local.remove(this.slot());
    this.setStatus(this.savedStatus());
  }

  /** The page is shown (again: React may mount twice) and hears of the saves. */
  attach(handlers: DraftSaverHandlers): void {
    this.handlers = handlers;
  }

  /** The page is left: what is waiting is sent now; the browser's copy stays until it is saved. */
  detach(): void {
    this.handlers = null;
    if (this.timer !== undefined) void this.saveNow();
  }

  private async saveOnce(): Promise<boolean> {
    const snapshot = this.latest;
    if (!snapshot) return this.number !== null;
    if (!snapshot.form) {
      this.setStatus(this.failed(snapshot.problem ?? 'Kladden er ikke udfyldt nok', false));
      return false;
    }
    const form = snapshot.form;
    const formText = JSON.stringify(form);
    if (this.isSaved(snapshot)) {
      this.deps.local.remove(this.slot());
      this.setStatus(this.savedStatus());
      return true;
    }
    const number = this.number;
    const body = number ? formText : JSON.stringify({ number: snapshot.number, ...form });
    if (this.attempt?.body !== body) {
      this.attempt = { body, key: (this.deps.newKey ?? (() => crypto.randomUUID()))() };
    }
    const key = this.attempt.key;
    this.keepLocally(snapshot);
    this.setStatus({ kind: 'saving', keptLocally: this.keptLocally });
    try {
      const saved = number
        ? await this.deps.put(number, form, key)
        : await this.deps.create(snapshot.number, form, key);
      this.accepted(saved, formText);
      return true;
    } catch (error) {
      this.refused(error);
      return false;
    }
  }

  private accepted(saved: SavedDraft, formText: string) {
    const created = this.number === null;
    if (created) {
      this.deps.local.remove('ny');
      this.number = saved.number;
    }
    this.savedForm = formText;
    this.savedAt = new Date();
    this.baseVersion = saved.version;
    this.attempt = null;
    this.failures = 0;
    if (created) this.handlers?.onCreated(saved);
    const latest = this.latest;
    if (latest && !this.isSaved(latest)) {
      // Typed on while it was being saved: that is the next version to send.
      this.keepLocally(latest);
      this.setStatus({ kind: 'waiting', keptLocally: this.keptLocally });
      this.schedule(this.deps.delayMs ?? 3_000);
    } else {
      this.deps.local.remove(this.slot());
      this.setStatus(this.savedStatus());
    }
  }

  private refused(error: unknown) {
    const problem = error instanceof ApiProblem ? error : null;
    const transient = !problem || problem.status === 0 || problem.status >= 500;
    // A key already used for another body will never pass: the next try gets a new one.
    if (problem?.code === 'idempotencyKeyReused') this.attempt = null;
    if (this.latest) this.keepLocally(this.latest);
    if (problem && !transient) this.handlers?.onRefused(problem);
    const reason = problem?.detail ?? 'En uventet fejl opstod';
    this.setStatus(this.failed(reason, transient));
    if (transient) {
      const delay = retryDelaysMs[Math.min(this.failures, retryDelaysMs.length - 1)] ?? 60_000;
      this.failures += 1;
      this.schedule(delay);
    }
  }

  private isSaved(snapshot: DraftSnapshot<Values>): boolean {
    return (
      this.number !== null &&
      snapshot.form !== null &&
      JSON.stringify(snapshot.form) === this.savedForm
    );
  }

  private keepLocally(snapshot: DraftSnapshot<Values>) {
    this.keptLocally = this.deps.local.write(this.slot(), {
      values: snapshot.values,
      changedAt: new Date().toISOString(),
      baseVersion: this.baseVersion,
      number: this.number ?? snapshot.number,
      title: snapshot.title,
      attempt: this.attempt,
    });
  }

  private slot() {
    return this.number ?? 'ny';
  }

  private savedStatus(): SaveStatus {
    return this.savedAt ? { kind: 'saved', at: this.savedAt } : { kind: 'new' };
  }

  private failed(reason: string, retrying: boolean): SaveStatus {
    return { kind: 'failed', reason, retrying, keptLocally: this.keptLocally };
  }

  private schedule(delayMs: number) {
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.saveNow();
    }, delayMs);
  }

  private cancelTimer() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private setStatus(status: SaveStatus) {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
