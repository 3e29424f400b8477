import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { as } from './support/actors';
import {
  type ApiProcess,
  processHttp,
  spawnApiProcess,
  stopApiProcess,
} from './support/api-process';
import { partyForm } from './support/forms';
import { startTestSystem, type TestSystem } from './support/test-system';
import { killHard, spawnWorkerProcess } from './support/worker-process';

interface Span {
  service: string;
  name: string;
  traceId: string;
}

/**
 * OTEL_ENABLED=true: one trace from the HTTP request through the API's Temporal call into the
 * workflow and its activity, exported by both processes to an OTLP/HTTP collector (here a fake
 * one that keeps what it gets). The worker bundles at start, so its workflows are traced too.
 */
describe('tracing', () => {
  let system: TestSystem;
  let collector: Server;
  let api: ApiProcess;
  let worker: ChildProcess;
  const spans: Span[] = [];

  beforeAll(async () => {
    system = await startTestSystem({ inProcessWorker: false });
    collector = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (request.url === '/v1/traces') spans.push(...spansOf(JSON.parse(body)));
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    const tracing = { OTEL_ENABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: endpoint };
    // No prebuilt bundle: the worker bundles at start, with the tracing interceptors.
    const workerConfig = Object.fromEntries(
      Object.entries(system.workerConfig).filter(([name]) => name !== 'WORKFLOW_BUNDLE_PATH'),
    );
    [api, worker] = await Promise.all([
      spawnApiProcess({
        DATABASE_URL: system.config.DATABASE_URL,
        TEMPORAL_ADDRESS: system.config.TEMPORAL_ADDRESS,
        TEMPORAL_NAMESPACE: system.config.TEMPORAL_NAMESPACE,
        TEMPORAL_TASK_QUEUE: system.config.TEMPORAL_TASK_QUEUE,
        ...tracing,
      }),
      spawnWorkerProcess({ ...workerConfig, ...tracing }),
    ]);
  }, 240_000);

  afterAll(async () => {
    await killHard(worker);
    await stopApiProcess(api);
    await system.stop();
    await new Promise<void>((resolve) => collector.close(() => resolve()));
  });

  it('follows a step from the request to the activity in one trace', async () => {
    const http = processHttp(api, { sessionOf: system.sessionOf, register: system.register });
    const party = as.party('Enhedslisten');
    await http
      .post(
        `/rounds/${system.roundId}/initiatives`,
        { number: '4.2', ...partyForm('Enhedslisten') },
        party,
      )
      .expect(201);
    await http.post(system.initiativePath('4.2', 'submit'), {}, party).expect(200);

    const route = 'POST /api/rounds/:roundId/initiatives/:number/submit';
    const expected = [
      { service: 'budgetflow-api', name: route },
      { service: 'budgetflow-api', name: 'StartWorkflowUpdate:transition' },
      { service: 'budgetflow-worker', name: 'HandleUpdate:transition' },
      { service: 'budgetflow-worker', name: 'RunActivity:recordTransition' },
    ];
    const trace = () => {
      const request = spans.find((span) => span.name === route);
      return request ? spans.filter((span) => span.traceId === request.traceId) : [];
    };
    for (const deadline = Date.now() + 30_000; ; await sleep(200)) {
      const found = trace();
      if (expected.every((one) => found.some((span) => span.name === one.name))) break;
      if (Date.now() > deadline) {
        throw new Error(`trace incomplete: ${JSON.stringify(found.map((span) => span.name))}`);
      }
    }
    expect(trace()).toEqual(
      expect.arrayContaining(expected.map((one) => expect.objectContaining(one))),
    );
  });
});

/** The spans of an OTLP/HTTP JSON export, with the service that sent them. */
function spansOf(body: {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: { spans?: { name: string; traceId: string }[] }[];
  }[];
}): Span[] {
  return (body.resourceSpans ?? []).flatMap((resource) => {
    const service =
      resource.resource?.attributes?.find((attribute) => attribute.key === 'service.name')?.value
        .stringValue ?? '';
    return (resource.scopeSpans ?? []).flatMap((scope) =>
      (scope.spans ?? []).map((span) => ({ service, name: span.name, traceId: span.traceId })),
    );
  });
}
