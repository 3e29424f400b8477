import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { as } from '../support/actors';
import { type ApiProcess, processHttp, spawnApiProcess } from '../support/api-process';
import { reviewBody } from '../support/forms';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { createAndWalk } from '../support/walk';
import { killHard, spawnWorkerProcess } from '../support/worker-process';

const exitOf = (child: ChildProcess) =>
  child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : once(child, 'exit').then(([code]) => code);

/** SIGTERM, as an orchestrator sends it before replacing a replica: nothing under way is lost. */
describe('graceful shutdown', () => {
  let system: TestSystem;
  let worker: ChildProcess | undefined;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    system = await startTestSystem({ inProcessWorker: false });
    worker = await spawnWorkerProcess(system.workerConfig);
    await createAndWalk(system, '4.2', 'submitted');
  });
  afterAll(async () => {
    if (worker) await killHard(worker);
    if (api) api.child.kill('SIGKILL');
    await system.stop();
  });

  it('lets the API answer the request under way, refuse new connections, and exit 0', async () => {
    await killHard(worker!);
    worker = undefined;
    api = await spawnApiProcess({
      DATABASE_URL: system.config.DATABASE_URL,
      TEMPORAL_ADDRESS: system.config.TEMPORAL_ADDRESS,
      TEMPORAL_NAMESPACE: system.config.TEMPORAL_NAMESPACE,
      TEMPORAL_TASK_QUEUE: system.config.TEMPORAL_TASK_QUEUE,
    });
    const http = processHttp(api, { sessionOf: system.sessionOf, register: system.register });

    // No worker runs: the step waits in Temporal, and the request with it.
    const pending = http
      .post(system.initiativePath('4.2', 'start-review'), {}, as.administration)
      .set('X-Request-Id', 'shutdown-under-way')
      .then((response) => response);
    await sleep(1_000);
    api.child.kill('SIGTERM');
    await waitFor(() => api!.lines().some((line) => /^SIGTERM/.test(String(line['msg']))));

    // Not accepting any more: a new connection is refused, while the old request waits.
    await expect(fetch(`${api.url}/api/health/live`)).rejects.toThrow();
    expect(api.child.exitCode).toBeNull();

    worker = await spawnWorkerProcess(system.workerConfig);
    const answered = await pending;
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ state: 'inReview', version: 3 });
    expect(answered.headers['x-request-id']).toBe('shutdown-under-way');
    expect(await api.exited).toBe(0);
    // Its access log line names the request and the route, not the path.
    expect(api.lines()).toContainEqual(
      expect.objectContaining({
        service: 'api',
        requestId: 'shutdown-under-way',
        route: '/api/rounds/:roundId/initiatives/:number/start-review',
        res: { statusCode: 200 },
      }),
    );
    expect(api.lines().map((line) => line['msg'])).toEqual(
      expect.arrayContaining(['Every request answered; closing the application', 'API stopped']),
    );
  });

  it('lets the worker finish the step it is recording before it exits 0', async () => {
    // Hold the initiative's read-model row: the step's projection waits for it mid-activity.
    const db = new Client({ connectionString: system.config.DATABASE_URL });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query('SELECT 1 FROM initiative WHERE round_id = $1 AND number = $2 FOR UPDATE', [
        system.roundId,
        '4.2',
      ]);
      const pending = system.http
        .post(system.initiativePath('4.2', 'complete-review'), reviewBody, as.administration)
        .then((response) => response);
      await waitFor(async () => {
        const { rows } = await db.query(
          `SELECT 1 FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
        );
        return rows.length > 0;
      });

      worker!.kill('SIGTERM');
      const exited = exitOf(worker!);
      await sleep(1_500);
      expect(worker!.exitCode).toBeNull(); // still finishing the activity

      await db.query('ROLLBACK');
      const answered = await pending;
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({ version: 4 });
      expect(await exited).toBe(0);
      worker = undefined;
    } finally {
      await db.end();
    }
    const audit: { seq: number; command: string }[] = await system.dataSource.query(
      'SELECT seq, command FROM audit_entry WHERE round_id = $1 AND number = $2 ORDER BY seq',
      [system.roundId, '4.2'],
    );
    expect(audit).toEqual([
      { seq: 1, command: 'create' },
      { seq: 2, command: 'submit' },
      { seq: 3, command: 'startReview' },
      { seq: 4, command: 'completeReview' },
    ]);
  });
});

async function waitFor(probe: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(50);
  }
}
