import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { testNamespace, testPgUrl, testTemporalAddress, uniqueId } from '@budgetflow/testing';
import { Client } from 'pg';

// What the Docker images run, without Docker: scripts/build-server.ts makes the folder an image
// copies (the code compiled to JavaScript, the workflow bundle, only the npm packages it loads),
// here outside the repository, so that nothing can be found in its node_modules instead. From
// it, with no more environment than a container has, the migrations run on an empty database,
// then the worker and the API start on the run's PostgreSQL and Temporal and report healthy.

const root = resolve(__dirname, '../../..');

interface Run {
  child: ChildProcess;
  output(): string;
}

function start(script: string, env: Record<string, string>, cwd: string, args: string[] = []): Run {
  const child = spawn(process.execPath, [script, ...args], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function finished(run: Run): Promise<number | null> {
  if (run.child.exitCode !== null || run.child.signalCode !== null) return run.child.exitCode;
  const [code] = (await once(run.child, 'exit')) as [number | null];
  return code;
}

async function stop(run: Run | undefined): Promise<void> {
  if (!run || run.child.exitCode !== null || run.child.signalCode !== null) return;
  const exited = once(run.child, 'exit');
  run.child.kill('SIGTERM');
  const kill = setTimeout(() => run.child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(kill);
}

async function build(target: 'api' | 'worker', out: string): Promise<void> {
  const proc = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'scripts/build-server.ts', '--target', target, '--out', out],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(proc, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`build-server --target ${target} failed:\n${output}`);
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

async function waitFor(what: string, url: string, run: Run): Promise<Response> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (run.child.exitCode !== null) {
      throw new Error(`${what} exited (${run.child.exitCode}):\n${run.output()}`);
    }
    const response = await fetch(url).catch(() => undefined);
    if (response?.status === 200) return response;
    if (Date.now() > deadline) throw new Error(`${what} not ready at ${url}:\n${run.output()}`);
    await sleep(250);
  }
}

let dir: string;
let databaseUrl: string;
const databaseName = `image_${Date.now().toString(36)}`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'budgetflow-image-'));
  await Promise.all([build('api', join(dir, 'api')), build('worker', join(dir, 'worker'))]);
  const admin = new Client({ connectionString: testPgUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${databaseName}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testPgUrl());
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
}, 10 * 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  const admin = new Client({ connectionString: testPgUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
});

describe('the production build (what the images run)', () => {
  it('migrates an empty database once, with the migrate entry point', async () => {
    const migrate = start(
      'apps/api/src/migrate.js',
      { DATABASE_URL: databaseUrl },
      join(dir, 'api'),
    );
    expect({ code: await finished(migrate), output: migrate.output() }).toEqual({
      code: 0,
      output: expect.stringContaining('the schema is up to date'),
    });
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM migrations');
      expect(Number(rows[0]!.count)).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  }, 120_000);

  it('makes the first system administrator, as an operator does in a container', async () => {
    const make = start(
      'scripts/create-system-administrator.js',
      { DATABASE_URL: databaseUrl, BUDGETFLOW_ADMIN_PASSWORD: 'a-long-enough-password' },
      join(dir, 'api'),
      ['admin', 'Første Administrator', 'admin@example.dk'],
    );
    expect({ code: await finished(make), output: make.output() }).toEqual({
      code: 0,
      output: expect.stringContaining('System administrator admin is ready.'),
    });
  }, 120_000);

  it('starts the worker and the API, which answer healthy', async () => {
    const temporal = {
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: testTemporalAddress(),
      TEMPORAL_NAMESPACE: testNamespace(),
      TEMPORAL_TASK_QUEUE: uniqueId('image'),
    };
    const [healthPort, apiPort] = [await freePort(), await freePort()];
    let worker: Run | undefined;
    let api: Run | undefined;
    try {
      worker = start(
        'apps/worker/src/main.js',
        {
          ...temporal,
          WORKFLOW_BUNDLE_PATH: join(dir, 'worker', 'workflow-bundle.js'),
          WORKER_HEALTH_PORT: String(healthPort),
        },
        join(dir, 'worker'),
      );
      await waitFor('the worker', `http://127.0.0.1:${healthPort}/ready`, worker);
      api = start(
        'apps/api/src/main.js',
        { ...temporal, API_PORT: String(apiPort), NOTIFICATIONS_DISPATCH: 'off' },
        join(dir, 'api'),
      );
      const health = await waitFor('the API', `http://127.0.0.1:${apiPort}/api/health`, api);
      expect(await health.json()).toEqual({ status: 'up', postgres: 'up', temporal: 'up' });
      // The images' HEALTHCHECK says so too.
      const healthcheck = join(root, 'docker', 'healthcheck.js');
      const checks = [
        start(healthcheck, { API_PORT: String(apiPort) }, root, ['api']),
        start(healthcheck, { WORKER_HEALTH_PORT: String(healthPort) }, root, ['worker']),
      ];
      expect(await Promise.all(checks.map(finished))).toEqual([0, 0]);
    } finally {
      await stop(api);
      await stop(worker);
    }
  }, 300_000);
});
