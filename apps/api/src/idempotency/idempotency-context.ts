import { AsyncLocalStorage } from 'node:async_hooks';

// The Temporal update id of the keyed request being handled, so that the service sending the
// command can use it without every controller passing it along.
const storage = new AsyncLocalStorage<{ readonly updateId: string }>();

export function runWithUpdateId<T>(updateId: string, run: () => T): T {
  return storage.run({ updateId }, run);
}

/**
 * The update id for the command of the current request: the same for every retry with the same
 * `Idempotency-Key`, so Temporal takes a retried step as the one already under way or done.
 */
export function currentUpdateId(): string | undefined {
  return storage.getStore()?.updateId;
}

/** The `updateId` option of an Update call: present only for a keyed request. */
export function updateIdOption(): { updateId?: string } {
  const updateId = currentUpdateId();
  return updateId ? { updateId } : {};
}
