import { randomBytes } from 'node:crypto';

/** A name no other test (file, worker or run) uses: for task queues, workflow and round ids. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}
