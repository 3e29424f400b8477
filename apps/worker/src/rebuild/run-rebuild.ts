import { createDataSource, migrate } from '@budgetflow/persistence';
import { Client, Connection } from '@temporalio/client';
import { rebuildReadModel, type RebuildOptions, type RebuildSummary } from './read-model-rebuild';

/** Where the rebuild reads and writes: the worker's own PostgreSQL and Temporal. */
export interface RebuildConfig {
  readonly DATABASE_URL: string;
  readonly TEMPORAL_ADDRESS: string;
  readonly TEMPORAL_NAMESPACE: string;
}

/**
 * Connects as the worker does (migrating first, as every process of Budgetflow does, so a fresh
 * database gets its tables), rebuilds, and lets go of both connections whatever happens.
 */
export async function runReadModelRebuild(
  config: RebuildConfig,
  options: RebuildOptions = {},
): Promise<RebuildSummary> {
  const dataSource = await createDataSource(config.DATABASE_URL, { poolSize: 5 }).initialize();
  try {
    await migrate(dataSource);
    const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
    try {
      const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
      return await rebuildReadModel({ dataSource, temporal }, options);
    } finally {
      await connection.close();
    }
  } finally {
    await dataSource.destroy();
  }
}
