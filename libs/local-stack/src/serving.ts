import type { ManagedProcess } from './managed-process';
import { pollUntil } from './wait';

/**
 * Waits until a server process answers `probe`. If it dies or does not answer in time, runs
 * `stop` and fails with the server's last output, so a failed start explains itself.
 */
export async function awaitServing(
  proc: ManagedProcess,
  probe: () => Promise<unknown>,
  opts: { what: string; timeoutMs: number; intervalMs?: number; stop: () => Promise<void> },
): Promise<void> {
  try {
    await pollUntil(probe, {
      what: opts.what,
      timeoutMs: opts.timeoutMs,
      ...(opts.intervalMs ? { intervalMs: opts.intervalMs } : {}),
      abortReason: () => (proc.hasExited() ? 'the server stopped during start-up' : undefined),
    });
  } catch (err) {
    await opts.stop();
    const output = proc.recentOutput();
    if (err instanceof Error && output && !err.message.includes(output)) {
      err.message += `\nServer output:\n${output}`;
    }
    throw err;
  }
}
