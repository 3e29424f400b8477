import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { REQUEST_ID_HEADER, initiativeWorkflowId, roundWorkflowId } from '@budgetflow/workflows';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { Readiness } from '../src/health/readiness';
import { MetricsServer } from '../src/observability/metrics-server';
import { as } from './support/actors';
import { partyForm } from './support/forms';
import { startTestSystem, type TestSystem } from './support/test-system';
import { killHard, spawnWorkerProcess } from './support/worker-process';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const party = as.party('Enhedslisten');

/** Logs, request ids, metrics and health: what operating several replicas needs to see. */
describe('observability', () => {
  let system: TestSystem;
  let worker: ChildProcess;
  const workerPorts = { health: 0, metrics: 0 };
  let workerOutput = '';
  const workerLines = () =>
    workerOutput
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  beforeAll(async () => {
    system = await startTestSystem({ inProcessWorker: false, env: { METRICS_PORT: '0' } });
    workerPorts.health = await freePort();
    workerPorts.metrics = await freePort();
    worker = await spawnWorkerProcess({
      ...system.workerConfig,
      LOG_LEVEL: 'debug',
      WORKER_HEALTH_PORT: workerPorts.health,
      WORKER_METRICS_PORT: workerPorts.metrics,
    });
    worker.stdout!.on('data', (chunk: Buffer) => (workerOutput += chunk.toString()));
  });
  afterAll(async () => {
    await killHard(worker);
    await system.stop();
  });

  it('answers every request with a request id: the client’s own when it is sensible, else a new one', async () => {
    const own = await system.http.get('/health/live').set('X-Request-Id', 'abc-123.4:5_6');
    expect(own.headers['x-request-id']).toBe('abc-123.4:5_6');
    const odd = await system.http.get('/health/live').set('X-Request-Id', 'not <sensible>');
    expect(odd.headers['x-request-id']).toMatch(UUID);
    const none = await system.http.get('/health/live');
    expect(none.headers['x-request-id']).toMatch(UUID);
    expect(none.headers['x-request-id']).not.toBe(odd.headers['x-request-id']);
  });

  it('carries the request id into the workflow, the round it tells, and their log lines', async () => {
    await system.http
      .post(
        `/rounds/${system.roundId}/initiatives`,
        { number: '4.2', ...partyForm('Enhedslisten') },
        party,
      )
      .set('X-Request-Id', 'create-4.2')
      .expect(201);
    await system.http
      .post(system.initiativePath('4.2', 'submit'), {}, party)
      .set('X-Request-Id', 'submit-4.2')
      .expect(200);

    // The Update carried it in, and the signal to the round carried it on.
    const initiative = await system.temporal.workflow
      .getHandle(initiativeWorkflowId(system.roundId, '4.2'))
      .fetchHistory();
    const accepted = (initiative.events ?? []).flatMap((event) => {
      const input = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input;
      return input ? [headerOf(input.header?.fields)] : [];
    });
    expect(accepted).toEqual(['create-4.2', 'submit-4.2']);
    const round = await system.temporal.workflow
      .getHandle(roundWorkflowId(system.roundId))
      .fetchHistory();
    const signals = (round.events ?? []).flatMap((event) => {
      const signal = event.workflowExecutionSignaledEventAttributes;
      return signal ? [headerOf(signal.header?.fields)] : [];
    });
    expect(signals).toContain('submit-4.2');

    // The worker's JSON lines: the workflow's and the activities' carry it.
    await waitFor(() =>
      workerLines().some(
        (line) => line['requestId'] === 'submit-4.2' && line['msg'] === 'Signal handled',
      ),
    );
    const lines = workerLines().filter((line) => line['requestId'] === 'submit-4.2');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          service: 'worker',
          level: 'info',
          msg: 'Update handled',
          update: 'transition',
          workflowId: initiativeWorkflowId(system.roundId, '4.2'),
        }),
        expect.objectContaining({ msg: 'Signal handled', signal: 'initiativeMoved' }),
        expect.objectContaining({ msg: 'Activity completed', activityType: 'recordTransition' }),
      ]),
    );
  });

  it('counts requests by route pattern and serves the metrics on a port of their own', async () => {
    const port = system.app.get(MetricsServer).port();
    expect(port).toBeGreaterThan(0);
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain(
      'http_requests_total{method="POST",route="/api/rounds/:roundId/initiatives/:number/submit",status="200"} 1',
    );
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="POST",route="\/api\/rounds\/:roundId\/initiatives",status="201"\} 1/,
    );
    expect(text).toContain('http_request_errors_total');
    expect(text).toContain('budgetflow_email_outbox{status="pending"}');
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).not.toContain('4.2'); // patterns, never paths
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
  });

  it('lets the worker tell its readiness and serve the Temporal SDK’s metrics', async () => {
    const live = await fetch(`http://127.0.0.1:${workerPorts.health}/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${workerPorts.health}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'up', state: 'RUNNING' });
    const metrics = await (await fetch(`http://127.0.0.1:${workerPorts.metrics}/metrics`)).text();
    expect(metrics).toContain('temporal_workflow_task_execution_latency');
    expect(metrics).toContain('temporal_activity_execution_latency');
  });

  it('is live and ready, and no longer ready once it drains', async () => {
    await system.http.get('/health/live').expect(200, { status: 'up' });
    await system.http
      .get('/health/ready')
      .expect(200, { status: 'up', postgres: 'up', temporal: 'up', draining: false });
    system.app.get(Readiness).drain();
    const draining = await system.http.get('/health/ready').expect(503);
    expect(draining.body).toEqual({
      status: 'down',
      postgres: 'up',
      temporal: 'up',
      draining: true,
    });
    expect(draining.headers['connection']).toBe('close');
  });
});

function headerOf(fields: Record<string, Payload> | null | undefined): unknown {
  const payload = fields?.[REQUEST_ID_HEADER];
  return payload ? defaultPayloadConverter.fromPayload(payload) : undefined;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitFor(probe: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(50);
  }
}
