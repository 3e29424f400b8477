import { setTimeout as sleep } from 'node:timers/promises';

export interface PollOptions {
  what: string;
  timeoutMs: number;
  intervalMs?: number;
  /** Checked before each attempt: a reason to give up at once (e.g. the process died). */
  abortReason?: () => string | undefined;
}

/** Calls `attempt` until it resolves, or fails with the last error once the time is up. */
export async function pollUntil<T>(attempt: () => Promise<T>, opts: PollOptions): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  let lastError: unknown;
  for (;;) {
    const reason = opts.abortReason?.();
    if (reason) throw new Error(`${opts.what}: ${reason}`);
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const detail = lastError instanceof Error ? lastError.message : String(lastError);
      throw new Error(`${opts.what}: not ready after ${opts.timeoutMs} ms (last error: ${detail})`);
    }
    await sleep(opts.intervalMs ?? 250);
  }
}
