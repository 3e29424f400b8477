import { createApp } from '../../src/app';
import { readApiConfig } from '../../src/config/api-config';
import {
  createTestDatabase,
  testNamespace,
  testTemporalAddress,
  uniqueId,
  workflowBundlePath,
} from '@budgetflow/testing';
import { createBudgetflowWorker, type WorkerOptions } from '@budgetflow/worker';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { as } from './actors';
import { testHttp } from './http';
import { testSessions } from './sessions';

/**
 * The whole system for one test file: its own database (a copy of the migrated template), its
 * own task queue and round, the real API in-process and a real worker, on the run's PostgreSQL
 * and Temporal dev server.
 */
export async function startTestSystem(
  workerOptions: WorkerOptions & {
    inProcessWorker?: boolean;
    /** Configuration of the API beyond the test's own servers. */
    env?: Record<string, string>;
  } = {},
) {
  const { inProcessWorker = true, env, ...options } = workerOptions;
  quietTemporalRuntime();
  const database = await createTestDatabase();
  const config = readApiConfig({
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: testTemporalAddress(),
    TEMPORAL_NAMESPACE: testNamespace(),
    TEMPORAL_TASK_QUEUE: uniqueId('test-queue'),
    API_PORT: '0',
    ...env,
  });
  const app: INestApplication = await createApp(config, { logger: false });
  await app.init();
  const workerConfig = {
    DATABASE_URL: config.DATABASE_URL,
    TEMPORAL_ADDRESS: config.TEMPORAL_ADDRESS,
    TEMPORAL_NAMESPACE: config.TEMPORAL_NAMESPACE,
    TEMPORAL_TASK_QUEUE: config.TEMPORAL_TASK_QUEUE,
    PUBLIC_URL: config.PUBLIC_URL,
    WORKFLOW_BUNDLE_PATH: workflowBundlePath(),
    WORKER_MAX_CACHED_WORKFLOWS: 250,
  };
  const worker = inProcessWorker ? await createBudgetflowWorker(workerConfig, options) : undefined;
  const running = worker?.run();
  const temporal = new Client({
    connection: await Connection.connect({ address: config.TEMPORAL_ADDRESS }),
    namespace: config.TEMPORAL_NAMESPACE,
  });
  const roundId = uniqueId('budget');
  const sessions = testSessions(app);
  const http = testHttp(app, sessions);
  const initiativePath = (number: string, action = '') =>
    `/rounds/${roundId}/initiatives/${number}${action ? `/${action}` : ''}`;

  await http
    .post(
      '/rounds',
      { id: roundId, name: 'Budget 2026-2029', firstYear: 2026, lastYear: 2029 },
      as.coordinator,
    )
    .expect(201);

  return {
    app,
    config,
    workerConfig,
    roundId,
    http,
    /** The actor's session: bearer token and CSRF token (opened on first use, again once ended). */
    sessionOf: sessions.sessionOf,
    /** Puts the actor in the directory without opening a session. */
    register: sessions.register,
    initiativePath,
    temporal,
    dataSource: app.get(DataSource),
    async stop() {
      worker?.worker.shutdown();
      await running;
      await temporal.connection.close();
      await app.close();
      await database.drop();
    },
  };
}

export type TestSystem = Awaited<ReturnType<typeof startTestSystem>>;

/** Refused merges fail activities on purpose: the SDK's warnings about them are noise here. */
function quietTemporalRuntime(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
  } catch {
    // Already installed in this jest worker process by an earlier test file.
  }
}
