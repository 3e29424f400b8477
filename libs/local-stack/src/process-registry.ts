import { rmSync } from 'node:fs';

// Last line of defence so that no server we started outlives this process: on exit, on an
// uncaught error (which also ends in 'exit') and on a signal nobody else handles, kill every
// process group still tracked and remove tracked temporary folders. Orderly shutdown is the
// callers' job (ManagedProcess.stop); this only runs for what is left.

const groups = new Set<number>();
const tempDirs = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;

export function trackProcessGroup(pid: number): void {
  install();
  groups.add(pid);
}

export function untrackProcessGroup(pid: number): void {
  groups.delete(pid);
}

export function trackTempDir(dir: string): void {
  install();
  tempDirs.add(dir);
}

export function untrackTempDir(dir: string): void {
  tempDirs.delete(dir);
}

/** Pids of the process groups still tracked (for tests). */
export function trackedProcessGroups(): number[] {
  return [...groups];
}

export function killTrackedNow(): void {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  groups.clear();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  tempDirs.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  // Someone else (e.g. scripts/start.ts) handles this signal and shuts down in order.
  if (process.listenerCount(signal) > 1) return;
  killTrackedNow();
  // Die of the same signal, as the default handler would have.
  process.removeListener(signal, onSignal);
  process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', killTrackedNow);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}
