import 'reflect-metadata';
import { readWorkerConfig } from './config';
import { createBudgetflowWorker } from './worker';

// The Temporal worker process: the SDK stops it gracefully on SIGINT and SIGTERM.
async function main(): Promise<void> {
  const config = readWorkerConfig();
  const { run } = await createBudgetflowWorker(config);
  console.log(
    `Worker polling task queue "${config.TEMPORAL_TASK_QUEUE}" at ${config.TEMPORAL_ADDRESS}`,
  );
  await run();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
