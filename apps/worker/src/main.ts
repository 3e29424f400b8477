import 'reflect-metadata';
import { readWorkerConfig } from './config';
import { createLogger } from '@budgetflow/observability';
import { createBudgetflowWorker } from './worker';
import { installWorkerRuntime } from './observability/worker-runtime';

// The Temporal worker process. On SIGTERM (or SIGINT) the SDK stops polling and lets the tasks
// under way finish (SHUTDOWN_TIMEOUT_MS), then run() closes the connections and the process ends.
async function main(): Promise<void> {
  const config = readWorkerConfig();
  const logger = createLogger({ service: 'worker', level: config.LOG_LEVEL });
  const address = (port: number | undefined) =>
    port === undefined ? undefined : `${config.WORKER_HOST}:${port}`;
  const metricsAddress = address(config.WORKER_METRICS_PORT);
  installWorkerRuntime({ logger, ...(metricsAddress ? { metricsAddress } : {}) });
  const tracing =
    config.OTEL_ENABLED === 'true'
      ? (await import('@budgetflow/tracing')).startTracing({
          serviceName: 'budgetflow-worker',
          endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
        })
      : undefined;
  if (tracing && config.WORKFLOW_BUNDLE_PATH) {
    logger.warn(
      'WORKFLOW_BUNDLE_PATH is set: workflows are traced only if that bundle has the OpenTelemetry ' +
        'interceptors; activities and client calls are traced all the same',
    );
  }
  const { worker, run } = await createBudgetflowWorker(config, {
    shutdownGraceMs: config.SHUTDOWN_TIMEOUT_MS,
    ...(tracing ? { tracing } : {}),
  });
  const health =
    config.WORKER_HEALTH_PORT === undefined
      ? undefined
      : await (
          await import('./observability/health-server')
        ).startHealthServer(worker, { host: config.WORKER_HOST, port: config.WORKER_HEALTH_PORT });
  logger.info(
    {
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      ...(metricsAddress ? { metrics: `http://${metricsAddress}/metrics` } : {}),
      ...(health ? { health: `http://${address(health.port)}/ready` } : {}),
    },
    `Worker polling task queue "${config.TEMPORAL_TASK_QUEUE}" at ${config.TEMPORAL_ADDRESS}`,
  );
  try {
    await run();
  } finally {
    await health?.close();
    await tracing?.shutdown();
  }
  logger.info('Worker stopped: the tasks under way finished');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
