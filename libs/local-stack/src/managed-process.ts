import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { trackProcessGroup, untrackProcessGroup } from './process-registry';

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
}

export interface StartProcessOptions {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  uid?: number;
  gid?: number;
  /** Each line of stdout and stderr. */
  onLine?: (line: string) => void;
  /** The signal for an orderly stop (default SIGTERM) and how long to wait before SIGKILL. */
  stopSignal?: NodeJS.Signals;
  graceMs?: number;
}

export interface ManagedProcess {
  readonly name: string;
  readonly pid: number;
  /** Resolves when the process has exited (or failed to spawn). */
  readonly exited: Promise<ExitInfo>;
  hasExited(): boolean;
  /** The last lines it printed, for error messages. */
  recentOutput(): string;
  /** Orderly stop: stopSignal to its process group, then SIGKILL after graceMs. */
  stop(): Promise<ExitInfo>;
  /** SIGKILL to the whole group, as a crash would: no clean-up, no grace. */
  kill(): Promise<ExitInfo>;
}

const KEEP_LINES = 200;

export function describeExit(info: ExitInfo): string {
  if (info.error) return `failed: ${info.error.message}`;
  return info.signal ? `killed by ${info.signal}` : `exited with code ${info.code}`;
}

/**
 * Spawns a long-running child in its own process group: a terminal's Ctrl-C then reaches only
 * us (so we can stop services in order), and a stop reaches the child's own children too.
 */
export function startProcess(opts: StartProcessOptions): ManagedProcess {
  const child = spawn(opts.command, opts.args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    uid: opts.uid,
    gid: opts.gid,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid ?? -1;
  if (pid > 0) trackProcessGroup(pid);

  const lines: string[] = [];
  const collect = (stream: Readable) =>
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      lines.push(line);
      if (lines.length > KEEP_LINES) lines.shift();
      opts.onLine?.(line);
    });
  collect(child.stdout);
  collect(child.stderr);

  const signalGroup = (signal: NodeJS.Signals) => {
    if (pid <= 0) return; // never process.kill(-(-1)): that is pid 1
    try {
      process.kill(-pid, signal);
    } catch {
      // group already gone
    }
  };

  let done = false;
  const exited = new Promise<ExitInfo>((resolve) => {
    child.on('error', (error) => {
      // A spawn failure (e.g. ENOENT) emits no 'exit'.
      if (pid > 0) return;
      done = true;
      resolve({ code: null, signal: null, error });
    });
    child.once('exit', (code, signal) => {
      done = true;
      // Whatever it left in its group goes with it.
      signalGroup('SIGKILL');
      untrackProcessGroup(pid);
      // Let its last output arrive (for error messages), unless grandchildren hold the pipes.
      const settle = () => resolve({ code, signal });
      const timer = setTimeout(settle, 1000);
      child.once('close', () => {
        clearTimeout(timer);
        settle();
      });
    });
  });

  let stopping: Promise<ExitInfo> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (done) return exited;
      signalGroup(opts.stopSignal ?? 'SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), opts.graceMs ?? 10_000);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    })();
    return stopping;
  };

  return {
    name: opts.name,
    pid,
    exited,
    hasExited: () => done,
    recentOutput: () => lines.join('\n'),
    stop,
    kill: () => {
      signalGroup('SIGKILL');
      return exited;
    },
  };
}
