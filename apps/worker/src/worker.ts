import { NotificationOutbox } from '@budgetflow/notifications';
import { createDataSource, migrate } from '@budgetflow/persistence';
import {
  workflowBundleOptions,
  workflowInterceptorModules,
  workflowsPath,
} from '@budgetflow/workflows';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { type BudgetflowActivities, createBudgetflowActivities } from './activities';
import type { WorkerSettings } from './config';
import { requestIdActivityInterceptors } from './observability/activity-interceptor';
import { requestIdClientInterceptor } from '@budgetflow/observability';
import type { Tracing } from '@budgetflow/tracing';

export interface RunningWorker {
  readonly worker: Worker;
  /** Runs until shutdown is requested, then releases every connection. */
  run(): Promise<void>;
}

export interface WorkerOptions {
  /** Wraps the activities, e.g. to inject a fault in a test. */
  readonly wrapActivities?: (activities: BudgetflowActivities) => BudgetflowActivities;
  /** 0 replays every workflow task from history: a cheap check of determinism. */
  readonly maxCachedWorkflows?: number;
  /** After shutdown is requested, how long running activities may take before they are cancelled. */
  readonly shutdownGraceMs?: number;
  /** OpenTelemetry, when the process has started it (OTEL_ENABLED). */
  readonly tracing?: Tracing;
}

/** Connects to PostgreSQL and Temporal and builds the worker; `run()` starts polling. */
export async function createBudgetflowWorker(
  config: WorkerSettings,
  options: WorkerOptions = {},
): Promise<RunningWorker> {
  const wrap = options.wrapActivities ?? ((activities) => activities);
  // Loaded only when tracing is on: without it, nothing of OpenTelemetry is.
  const tracing = options.tracing && {
    ...(await import('@budgetflow/tracing')),
    tracing: options.tracing,
  };
  const dataSource = await createDataSource(config.DATABASE_URL).initialize();
  await migrate(dataSource);
  const clientConnection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({
    connection: clientConnection,
    namespace: config.TEMPORAL_NAMESPACE,
    interceptors: {
      workflow: [
        requestIdClientInterceptor(),
        ...(tracing ? [tracing.tracingClientInterceptor()] : []),
      ],
    },
  });
  const traced = tracing?.workerTracing(tracing.tracing);
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    // A prebuilt bundle has the interceptors in it already (workflowBundleOptions).
    ...(config.WORKFLOW_BUNDLE_PATH
      ? { workflowBundle: { codePath: config.WORKFLOW_BUNDLE_PATH } }
      : { workflowsPath, bundlerOptions: workflowBundleOptions }),
    interceptors: {
      activity: [requestIdActivityInterceptors, ...(traced ? [traced.activity] : [])],
      ...(config.WORKFLOW_BUNDLE_PATH
        ? {}
        : {
            workflowModules: [
              ...workflowInterceptorModules,
              ...(tracing ? [tracing.tracingWorkflowModule] : []),
            ],
          }),
    },
    ...(traced ? { sinks: traced.sinks } : {}),
    activities: wrap(
      createBudgetflowActivities({
        dataSource,
        temporal,
        notifications: new NotificationOutbox({ publicUrl: config.PUBLIC_URL }),
      }),
    ),
    maxCachedWorkflows: options.maxCachedWorkflows ?? config.WORKER_MAX_CACHED_WORKFLOWS,
    // Past the grace time a task that ignores cancellation is given up on, and the process ends.
    ...(options.shutdownGraceMs !== undefined
      ? {
          shutdownGraceTime: options.shutdownGraceMs,
          shutdownForceTime: options.shutdownGraceMs + 10_000,
        }
      : {}),
  });
  return {
    worker,
    async run() {
      try {
        await worker.run();
      } finally {
        await connection.close();
        await clientConnection.close();
        await dataSource.destroy();
      }
    },
  };
}
