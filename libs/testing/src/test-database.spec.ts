import { Client } from 'pg';
import { createTestDatabase, testNamespace, testTemporalAddress, uniqueId } from './index';
import { withAdminClient } from './test-database';
import { testPgUrl, workflowBundlePath } from './env';
import { existsSync } from 'node:fs';

// Runs under the root jest config, whose global set-up provides the servers.
describe('the test stack', () => {
  it('hands the servers and the workflow bundle to test processes', () => {
    expect(testPgUrl()).toMatch(/^postgres(ql)?:\/\/.*\/postgres$/);
    expect(testTemporalAddress()).toMatch(/:\d+$/);
    expect(testNamespace()).toBeTruthy();
    expect(existsSync(workflowBundlePath())).toBe(true);
  });

  it('creates a migrated database of its own, and drops it', async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    client.on('error', () => undefined); // drop() below cuts this connection off
    await client.connect();
    const { rows } = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(Number(rows[0]?.n)).toBeGreaterThan(0); // the template's migrations came along
    // A connection left open must not keep drop() from working.
    await db.drop();
    await client.end().catch(() => undefined);

    const name = new URL(db.url).pathname.slice(1);
    const left = await withAdminClient(testPgUrl(), (c) =>
      c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]),
    );
    expect(left.rowCount).toBe(0);
  });

  it('gives ids that do not collide', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => uniqueId('queue')));
    expect(ids.size).toBe(1000);
    expect([...ids][0]).toMatch(/^queue-/);
  });
});
