import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { REQUEST_ID_PATTERN } from '@budgetflow/workflows';

// The request id of the work under way in this process: an HTTP request in the API, an activity
// in the worker. Log lines take it from here (the logger's mixin), and so do the Temporal client
// calls made meanwhile (client-interceptor.ts).

const storage = new AsyncLocalStorage<{ readonly requestId: string }>();

export function runWithRequestId<T>(requestId: string | undefined, run: () => T): T {
  return requestId === undefined ? run() : storage.run({ requestId }, run);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** A client's own id when it is a sensible one (X-Request-Id), else a new one. */
export function requestIdFrom(offered: unknown): string {
  return typeof offered === 'string' && REQUEST_ID_PATTERN.test(offered) ? offered : randomUUID();
}
