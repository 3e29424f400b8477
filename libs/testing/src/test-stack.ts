import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureTemporalBinary,
  ensureTemporalTestServer,
  freePort,
  startTemporalDevServer,
  startTestPostgres,
  trackTempDir,
  untrackTempDir,
} from '@budgetflow/local-stack';
import { ENV, TEMPLATE_DATABASE } from './env';
import { withAdminClient, withDatabaseName } from './test-database';

// One PostgreSQL and one Temporal dev server for the whole jest run (or the external ones named
// by DATABASE_URL / TEMPORAL_ADDRESS), a migrated template database and one workflow bundle.

interface Stack {
  tempDir: string;
  stops: (() => Promise<void>)[];
}

const STATE = '__budgetflowTestStack'; // set-up and teardown share the jest main process
const log = (message: string) => console.log(`[testing] ${message}`);

export async function setUpTestStack(): Promise<void> {
  const started = Date.now();
  const tempDir = await mkdtemp(join(tmpdir(), 'budgetflow-test-'));
  trackTempDir(tempDir);
  const stack: Stack = { tempDir, stops: [] };
  (globalThis as Record<string, unknown>)[STATE] = stack;
  try {
    process.env[ENV.temporalBinary] = await ensureTemporalBinary();
    process.env[ENV.temporalTestServer] = await ensureTemporalTestServer();
    // Independent, so side by side: the bundle (webpack) takes the longest.
    const [pgUrl, temporal, bundlePath] = await settleAll([
      preparePostgres(stack),
      prepareTemporal(stack),
      bundleWorkflows(tempDir),
    ]);
    process.env[ENV.pgUrl] = pgUrl;
    process.env[ENV.temporalAddress] = temporal.address;
    process.env[ENV.temporalNamespace] = temporal.namespace;
    process.env[ENV.workflowBundle] = bundlePath;
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    await tearDownTestStack();
    throw err;
  }
}

export async function tearDownTestStack(): Promise<void> {
  const stack = (globalThis as Record<string, unknown>)[STATE] as Stack | undefined;
  if (!stack) return;
  delete (globalThis as Record<string, unknown>)[STATE];
  for (const stop of stack.stops.reverse()) {
    await stop().catch((err) => console.error('[testing] stop failed:', err));
  }
  await rm(stack.tempDir, { recursive: true, force: true });
  untrackTempDir(stack.tempDir);
}

/** Like Promise.all, but waits for every task, so that all they started can be stopped. */
async function settleAll<T extends readonly unknown[]>(tasks: {
  [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const results = await Promise.allSettled(tasks);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

async function preparePostgres(stack: Stack): Promise<string> {
  let serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    log(`using the PostgreSQL server of DATABASE_URL`);
  } else {
    const pg = await startTestPostgres();
    stack.stops.push(pg.stop);
    serverUrl = pg.url;
  }
  const adminUrl = withDatabaseName(serverUrl, 'postgres');
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  const { runMigrations } = await import('@budgetflow/persistence');
  await runMigrations(withDatabaseName(serverUrl, TEMPLATE_DATABASE));
  return adminUrl;
}

async function prepareTemporal(stack: Stack): Promise<{ address: string; namespace: string }> {
  const external = process.env[ENV.temporalAddress];
  if (external) {
    log(`using the Temporal server at ${external}`);
    return { address: external, namespace: process.env[ENV.temporalNamespace] || 'default' };
  }
  const server = await startTemporalDevServer({
    binary: process.env[ENV.temporalBinary] as string,
    port: await freePort(),
    namespace: 'default',
    headless: true, // its output shows only if it fails to start
  });
  stack.stops.push(server.stop);
  return { address: server.address, namespace: 'default' };
}

/** The workflow code bundled into `dir` as the worker runs it; returns the file's path. */
export async function bundleWorkflows(tempDir: string): Promise<string> {
  const { bundleWorkflowCode, DefaultLogger } = await import('@temporalio/worker');
  const { workflowsPath, workflowBundleOptions } = await import('@budgetflow/workflows');
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    ...workflowBundleOptions,
    logger: new DefaultLogger('WARN'),
  });
  const path = join(tempDir, 'workflow-bundle.js');
  await writeFile(path, code);
  return path;
}
