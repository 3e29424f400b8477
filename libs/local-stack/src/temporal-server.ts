import { Connection } from '@temporalio/client';
import { describeExit, startProcess, type ExitInfo } from './managed-process';
import { assertPortFree } from './ports';
import { awaitServing } from './serving';

export interface TemporalDevServerOptions {
  binary: string;
  port: number;
  uiPort?: number;
  /** SQLite file that keeps state between runs; in memory when absent. */
  dbFile?: string;
  namespace: string;
  headless?: boolean;
  log?: (line: string) => void;
  /** How long to wait until it serves (default 60 s). */
  startTimeoutMs?: number;
}

export interface TemporalDevServer {
  /** host:port of the gRPC frontend. */
  address: string;
  uiUrl?: string;
  /** Resolves when the server process ends, whoever stopped it. */
  exited: Promise<ExitInfo>;
  stop(): Promise<void>;
  /** The server's process (and process group) id. */
  pid: number;
  /** Kills the server with SIGKILL, as a crash would (its SQLite file, if any, stays). */
  kill(): Promise<void>;
}

const HOST = '127.0.0.1';

export function devServerArgs(opts: TemporalDevServerOptions): string[] {
  return [
    ...['server', 'start-dev', '--ip', HOST, '--port', String(opts.port)],
    ...(opts.headless ? ['--headless'] : opts.uiPort ? ['--ui-port', String(opts.uiPort)] : []),
    ...['--namespace', opts.namespace],
    ...(opts.dbFile ? ['--db-filename', opts.dbFile] : []),
    ...['--log-level', 'warn'],
    // Update-with-start and updates: off by default on older dev servers.
    ...['--dynamic-config-value', 'frontend.enableExecuteMultiOperation=true'],
    ...['--dynamic-config-value', 'frontend.enableUpdateWorkflowExecution=true'],
  ];
}

export async function startTemporalDevServer(
  opts: TemporalDevServerOptions,
): Promise<TemporalDevServer> {
  await assertPortFree(opts.port, `the Temporal dev server on port ${opts.port}`);
  if (!opts.headless && opts.uiPort) {
    await assertPortFree(opts.uiPort, `the Temporal Web UI on port ${opts.uiPort}`);
  }
  const env = { ...process.env };
  // The CLI reads these as client settings; they are not meant for the server it starts.
  for (const key of Object.keys(env)) if (key.startsWith('TEMPORAL_')) delete env[key];

  let stopped = false;
  const proc = startProcess({
    name: 'temporal',
    command: opts.binary,
    args: devServerArgs(opts),
    env,
    // Its shutdown is noisy (pollers losing their connection): quiet once we stop it.
    onLine: (line) => {
      if (!stopped) opts.log?.(line);
    },
    stopSignal: 'SIGTERM',
    graceMs: 10_000,
  });
  const address = `${HOST}:${opts.port}`;
  const stop = async () => {
    stopped = true;
    await proc.stop();
  };
  await awaitServing(proc, () => describeNamespace(address, opts.namespace), {
    what: `Temporal dev server at ${address}`,
    timeoutMs: opts.startTimeoutMs ?? 60_000,
    intervalMs: 300,
    stop,
  });
  void proc.exited.then((exit) => {
    if (!stopped) opts.log?.(`Temporal dev server ${describeExit(exit)}`);
  });
  return {
    address,
    exited: proc.exited,
    uiUrl: opts.headless ? undefined : `http://localhost:${opts.uiPort ?? opts.port + 1000}`,
    stop,
    pid: proc.pid,
    kill: async () => {
      stopped = true;
      await proc.kill();
    },
  };
}

/** Resolves once the frontend answers and the namespace exists. */
export async function describeNamespace(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address, connectTimeout: '2s' });
  try {
    await connection.workflowService.describeNamespace({ namespace });
  } finally {
    await connection.close();
  }
}
