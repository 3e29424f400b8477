import { NotificationOutbox } from '@budgetflow/notifications';
import { createDataSource, migrate } from '@budgetflow/persistence';
import { workflowBundleOptions, workflowsPath } from '@budgetflow/workflows';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { type BudgetflowActivities, createBudgetflowActivities } from './activities';
import type { WorkerConfig } from './config';

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
}

/** Connects to PostgreSQL and Temporal and builds the worker; `run()` starts polling. */
export async function createBudgetflowWorker(
  config: WorkerConfig,
  options: WorkerOptions = {},
): Promise<RunningWorker> {
  const wrap = options.wrapActivities ?? ((activities) => activities);
  const dataSource = await createDataSource(config.DATABASE_URL).initialize();
  await migrate(dataSource);
  const clientConnection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({
    connection: clientConnection,
    namespace: config.TEMPORAL_NAMESPACE,
  });
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    ...(config.WORKFLOW_BUNDLE_PATH
      ? { workflowBundle: { codePath: config.WORKFLOW_BUNDLE_PATH } }
      : { workflowsPath, bundlerOptions: workflowBundleOptions }),
    activities: wrap(
      createBudgetflowActivities({
        dataSource,
        temporal,
        notifications: new NotificationOutbox({ publicUrl: config.PUBLIC_URL }),
      }),
    ),
    maxCachedWorkflows: options.maxCachedWorkflows ?? config.WORKER_MAX_CACHED_WORKFLOWS,
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
