import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleWorkflows } from '@budgetflow/testing';
import {
  databaseUrl,
  ensureTemporalBinary,
  findProjectRoot,
  freePort,
  type ManagedProcess,
  pollUntil,
  type PostgresServer,
  startPostgres,
  startProcess,
  startTemporalDevServer,
  type TemporalDevServer,
  trackTempDir,
  untrackTempDir,
} from '@budgetflow/local-stack';
import { createDataSource, migrate } from '@budgetflow/persistence';
import { Client } from 'pg';
import { ensureDemoAccounts } from '../demo/accounts';

// The whole system as separate processes, as `npm start` runs it, for the commands that measure
// it or break it (bench, fault tests, fuzzing): PostgreSQL and the Temporal dev server in a
// throw-away folder on free ports (or the servers of DATABASE_URL / TEMPORAL_ADDRESS), the
// worker and the API. Each part can be killed and started again on the same data and port.

export interface SystemOptions {
  /** Names the temp folder, the database and the task queue. */
  label: string;
  /** Every line the parts print; by default kept quiet (the last lines go into errors). */
  log?: (line: string) => void;
  /**
   * Use running servers: `true` for those of DATABASE_URL / TEMPORAL_ADDRESS when they are set
   * (the bench does), or the servers named (the end-to-end tests: the jest run's).
   */
  externalServers?: boolean | ExternalServers;
  /** A workflow bundle built already (the jest run's); otherwise they are bundled here. */
  workflowBundle?: string;
  apiEnv?: Record<string, string>;
}

export interface ExternalServers {
  /** A PostgreSQL URL to create the system's own database from. */
  databaseUrl: string;
  temporalAddress: string;
  namespace: string;
}

/** A part that can crash and come back. */
export interface Part {
  readonly name: string;
  /** The OS process id while it runs (its process group's too), else undefined. */
  pid(): number | undefined;
  start(): Promise<void>;
  /** SIGKILL, as a crash. */
  kill(): Promise<void>;
  /** Orderly stop. */
  stop(): Promise<void>;
}

export interface System {
  apiUrl: string;
  databaseUrl: string;
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  postgres?: Part;
  temporal?: Part;
  worker: Part;
  api: Part;
  /** The demo people's passwords for this system, by id (e.g. `demo-koordinator`). */
  passwords: Readonly<Record<string, string>>;
  /** A bearer token for a demo person (e.g. `demo-koordinator`). */
  tokenOf(personId: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startSystem(options: SystemOptions): Promise<System> {
  const root = findProjectRoot();
  const log = options.log ?? (() => undefined);
  const tempDir = await mkdtemp(join(tmpdir(), `budgetflow-${options.label}-`));
  // PostgreSQL's own folder, beside the other: the postgres user cannot enter ours.
  const pgDir = await mkdtemp(join(tmpdir(), `budgetflow-${options.label}-pg-`));
  for (const dir of [tempDir, pgDir]) trackTempDir(dir);
  const parts: Part[] = [];
  const stopAll = async () => {
    for (const part of [...parts].reverse()) await part.stop().catch(() => undefined);
    for (const dir of [tempDir, pgDir]) {
      await rm(dir, { recursive: true, force: true });
      untrackTempDir(dir);
    }
  };
  try {
    const external = externalServersOf(options.externalServers);
    const postgres = external.databaseUrl ? undefined : postgresPart(pgDir, await freePort(), log);
    if (postgres) {
      await postgres.start();
      parts.push(postgres);
    }
    log('[system] PostgreSQL is up');
    const adminUrl = postgres?.url ?? external.databaseUrl!;
    const database = await freshDatabase(adminUrl, options.label);

    const temporal = external.temporalAddress
      ? undefined
      : temporalPart(join(tempDir, 'temporal.sqlite'), await freePort(), log);
    log('[system] database migrated');
    if (temporal) {
      await temporal.start();
      parts.push(temporal);
    }
    const temporalAddress = temporal?.address ?? external.temporalAddress!;
    const namespace = temporal ? 'default' : external.namespace || 'default';
    const taskQueue = `${options.label}-${randomBytes(4).toString('hex')}`;

    log('[system] Temporal is up');
    // The demo's people, with passwords made for this run and kept in its folder.
    const passwords = await ensureDemoAccounts(database, join(tempDir, 'passwords.json'));
    log('[system] accounts made; bundling the workflows');
    // Bundled once, so that a restarted worker is polling within a second or two.
    const bundle = options.workflowBundle ?? (await bundleWorkflows(tempDir));
    const apiPort = await freePort();
    const env = {
      ...process.env,
      NODE_ENV: 'production', // no pretty logs, no demo behaviour
      DATABASE_URL: database,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_NAMESPACE: namespace,
      TEMPORAL_TASK_QUEUE: taskQueue,
      WORKFLOW_BUNDLE_PATH: bundle,
      API_PORT: String(apiPort),
      PUBLIC_URL: `http://localhost:${apiPort}`,
      ...options.apiEnv,
    };
    const apiUrl = `http://127.0.0.1:${apiPort}/api`;
    const worker = nodePart(root, 'worker', 'apps/worker/src/main.ts', env, log, (proc) =>
      pollUntil(
        async () => {
          if (!/Worker polling task queue/.test(proc.recentOutput())) throw new Error('not yet');
        },
        { what: 'the worker', timeoutMs: 120_000, intervalMs: 100 },
      ),
    );
    await worker.start();
    parts.push(worker);
    const api = nodePart(root, 'api', 'apps/api/src/main.ts', env, log, () =>
      pollUntil(
        async () => {
          const response = await fetch(`${apiUrl}/health`);
          if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
        },
        { what: 'the API', timeoutMs: 120_000, intervalMs: 100 },
      ),
    );
    await api.start();
    parts.push(api);

    const tokens = new Map<string, Promise<string>>();
    const tokenOf = (personId: string) => {
      let token = tokens.get(personId);
      if (!token) {
        token = signIn(apiUrl, personId, passwords[personId]!);
        tokens.set(personId, token);
      }
      return token;
    };
    return {
      apiUrl,
      databaseUrl: database,
      temporalAddress,
      namespace,
      taskQueue,
      ...(postgres ? { postgres } : {}),
      ...(temporal ? { temporal } : {}),
      worker,
      api,
      passwords,
      tokenOf,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function externalServersOf(option: SystemOptions['externalServers']): Partial<ExternalServers> {
  if (typeof option === 'object') return option;
  if (!option) return {};
  return {
    ...(process.env['DATABASE_URL'] ? { databaseUrl: process.env['DATABASE_URL'] } : {}),
    ...(process.env['TEMPORAL_ADDRESS']
      ? { temporalAddress: process.env['TEMPORAL_ADDRESS'] }
      : {}),
    ...(process.env['TEMPORAL_NAMESPACE'] ? { namespace: process.env['TEMPORAL_NAMESPACE'] } : {}),
  };
}

function postgresPart(dataDir: string, port: number, log: (l: string) => void) {
  let server: PostgresServer | undefined;
  return {
    name: 'PostgreSQL',
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    pid: () => server?.pid,
    async start() {
      // Durable, as in production, and kept across a stop; it goes with the system's temp folder.
      server = await startPostgres({ dataDir, port, persistent: true, log });
    },
    async kill() {
      await server?.stop();
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
  } satisfies Part & { url: string };
}

function temporalPart(dbFile: string, port: number, log: (l: string) => void) {
  let server: TemporalDevServer | undefined;
  return {
    name: 'Temporal',
    address: `127.0.0.1:${port}`,
    pid: () => server?.pid,
    async start() {
      server = await startTemporalDevServer({
        binary: await ensureTemporalBinary(),
        port,
        headless: true,
        dbFile,
        namespace: 'default',
        log,
      });
    },
    async kill() {
      await server?.kill();
      server = undefined;
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
  } satisfies Part & { address: string };
}

function nodePart(
  root: string,
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  ready: (proc: ManagedProcess) => Promise<void>,
): Part {
  let proc: ManagedProcess | undefined;
  return {
    name,
    pid: () => (proc && !proc.hasExited() ? proc.pid : undefined),
    async start() {
      proc = startProcess({
        name,
        command: process.execPath,
        args: ['-r', '@swc-node/register', entry],
        cwd: root,
        env,
        onLine: (line) => log(`[${name}] ${line}`),
        graceMs: 15_000,
      });
      try {
        await ready(proc);
      } catch (error) {
        await proc.kill();
        throw new Error(`${name} did not start: ${String(error)}\n${proc.recentOutput()}`);
      }
    },
    async kill() {
      await proc?.kill();
      proc = undefined;
    },
    async stop() {
      await proc?.stop();
      proc = undefined;
    },
  };
}

/** A database of its own, migrated, so runs never meet each other's data. */
async function freshDatabase(adminUrl: string, label: string): Promise<string> {
  const name = `budgetflow_${label.replace(/\W/g, '_')}_${Date.now()}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = databaseUrl(adminUrl, name);
  const dataSource = await createDataSource(url, { poolSize: 2 }).initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
  return url;
}

async function signIn(apiUrl: string, login: string, password: string): Promise<string> {
  const response = await fetch(`${apiUrl}/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  const body = (await response.json()) as { token?: string };
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`signing in as ${login}: HTTP ${response.status} ${JSON.stringify(body)}`);
  }
  return String(body.token);
}
