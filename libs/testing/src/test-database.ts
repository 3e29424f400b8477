import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { TEMPLATE_DATABASE, testPgUrl } from './env';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export function withDatabaseName(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export async function withAdminClient<T>(
  adminUrl: string,
  fn: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** PostgreSQL's "object in use": the template is briefly busy (e.g. another copy starting). */
const isInUse = (err: unknown) => (err as { code?: string }).code === '55006';

/** A fresh, migrated database of its own for one test file (a copy of the template). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = testPgUrl();
  const name = `test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
        return;
      } catch (err) {
        if (!isInUse(err) || attempt >= 20) throw err;
        await sleep(100 * attempt);
      }
    }
  });
  return {
    url: withDatabaseName(adminUrl, name),
    // FORCE: pools the test forgot to close must not keep it alive.
    drop: () =>
      withAdminClient(adminUrl, (c) =>
        c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ).then(() => undefined),
  };
}
