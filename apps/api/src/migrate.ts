import 'reflect-metadata';
import { runMigrations } from '@budgetflow/persistence';
import { readMigrateConfig } from './config/migrate-config';

// Brings the database's schema up to date and exits: run once before the API and worker replicas
// of a deployment start (docker/compose.yaml's `migrate`). They migrate at start-up as well, under
// the same advisory lock, and then find nothing left to do.
async function main(): Promise<void> {
  const config = readMigrateConfig();
  await runMigrations(config.DATABASE_URL);
  console.log('Migrations: the schema is up to date');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
