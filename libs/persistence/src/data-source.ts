import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

/** A TypeORM data source for the read model. The schema comes from migrations only. */
export function createDataSource(
  databaseUrl: string,
  options: { poolSize?: number } = {},
): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    poolSize: options.poolSize ?? 10,
  });
}

// Any constant: one migrator at a time across every api and worker replica.
const MIGRATION_LOCK = 724_431_001;

/** Brings the schema up to date; safe to call from several processes at once. */
export async function migrate(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/** Connects, migrates and disconnects: for start-up scripts and the test set-up. */
export async function runMigrations(databaseUrl: string): Promise<void> {
  const dataSource = await createDataSource(databaseUrl, { poolSize: 2 }).initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
