import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

// Every row written to the fuzz run's database, in order: a trigger on every table appends the
// row before and after to `fuzz_write`. The hooks of the schemathesis run ask over HTTP for what
// a request changed; the run itself compares a fingerprint of every table before and after.

/** Columns that every authenticated request moves on: the session's idle expiry slides. */
const movedByEveryRequest: Readonly<Record<string, readonly string[]>> = {
  session: ['last_seen_at', 'expires_at'],
};

/** One row's net change between two points of the log. */
export interface RowChange {
  readonly table: string;
  readonly key: unknown;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
  readonly columns: readonly string[];
}

export interface WriteLog {
  /** The HTTP address the hooks ask (/cursor, /after). */
  readonly url: string;
  /** Per table: its rows, as text, hashed; the columns every request moves left out. */
  fingerprint(): Promise<Record<string, string>>;
  /** Waits until nothing has been written for a while. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startWriteLog(databaseUrl: string): Promise<WriteLog> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const tables = await businessTables(db);
  await installTriggers(db, [...tables.keys()]);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    answer(url)
      .then((body) => response.writeHead(200, { 'content-type': 'application/json' }).end(body))
      .catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  const answer = async (url: URL): Promise<string> => {
    switch (url.pathname) {
      case '/cursor':
        return JSON.stringify({ cursor: await cursor(db) });
      case '/after': {
        // What the request just answered wrote (judged unless it was an accepted change), and
        // where the log stands for the next one: after its settling, when asked for.
        const since = Number(url.searchParams.get('since'));
        const request = {
          method: url.searchParams.get('method') ?? '',
          path: url.searchParams.get('path') ?? '',
          status: Number(url.searchParams.get('status')),
        };
        const upTo = await cursor(db);
        const changes =
          url.searchParams.get('judge') === '1'
            ? (await changesBetween(db, tables, since, upTo)).filter(
                (change) => !expected(request, change),
              )
            : [];
        const next = url.searchParams.get('settle') === '1' ? await settle(db) : upTo;
        return JSON.stringify({ changes: changes.map(describe), cursor: next });
      }
      default:
        throw new Error(`unknown ${url.pathname}`);
    }
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    fingerprint: () => fingerprint(db, [...tables.keys()]),
    settle: async () => void (await settle(db)),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.end();
    },
  };
}

/**
 * The one write a refusal makes on purpose: a wrong password, at sign-in or as the current one
 * of a change of one's own, is audited and counted towards the lock-out (that is what makes
 * guessing passwords slow).
 */
function expected(request: { method: string; path: string; status: number }, change: RowChange) {
  const signIn =
    ['/api/auth/sign-in', '/api/auth/tokens'].includes(request.path) &&
    [401, 429].includes(request.status);
  const ownPassword = request.path === '/api/me/password' && [400, 429].includes(request.status);
  if (request.method !== 'POST' || !(signIn || ownPassword)) return false;
  if (change.table === 'account_audit') {
    return (
      change.before === null &&
      ['signInFailed', 'passwordChangeFailed', 'lockedOut'].includes(
        String(change.after?.['action']),
      )
    );
  }
  return (
    change.table === 'app_user' &&
    change.columns.every((column) => ['failed_sign_ins', 'locked_until'].includes(column))
  );
}

/** Every table of the application (all of the public schema but the migrations' own). */
async function businessTables(db: Client): Promise<Map<string, string[]>> {
  const { rows } = await db.query<{ table: string; keys: string[] }>(
    `SELECT c.relname AS table,
            array_agg(a.attname::text ORDER BY array_position(i.indkey, a.attnum)) AS keys
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
      WHERE c.relkind = 'r' AND c.relname NOT IN ('migrations', 'typeorm_metadata', 'fuzz_write')
      GROUP BY c.relname`,
  );
  const { rows: all } = await db.query<{ table: string }>(
    `SELECT tablename AS table FROM pg_tables
      WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'typeorm_metadata', 'fuzz_write')`,
  );
  const keyless = all.filter(({ table }) => !rows.some((row) => row.table === table));
  if (keyless.length > 0) throw new Error(`Tables without a primary key: ${keyless.join(', ')}`);
  return new Map(rows.map(({ table, keys }) => [table, keys]));
}

async function installTriggers(db: Client, tables: readonly string[]): Promise<void> {
  await db.query(`
    CREATE TABLE IF NOT EXISTS fuzz_write (
      id bigserial PRIMARY KEY,
      tbl text NOT NULL,
      op text NOT NULL,
      old jsonb,
      new jsonb
    )`);
  await db.query(`
    CREATE OR REPLACE FUNCTION fuzz_write_logged() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO fuzz_write (tbl, op, old, new) VALUES (
        TG_TABLE_NAME, TG_OP,
        CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
        CASE WHEN TG_OP IN ('UPDATE', 'INSERT') THEN to_jsonb(NEW) END);
      RETURN NULL;
    END $$`);
  for (const table of tables) {
    await db.query(`
      CREATE OR REPLACE TRIGGER fuzz_write AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION fuzz_write_logged()`);
    await db.query(`
      CREATE OR REPLACE TRIGGER fuzz_truncate AFTER TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION fuzz_write_logged()`);
  }
}

async function cursor(db: Client): Promise<number> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT coalesce(max(id), 0) AS id FROM fuzz_write',
  );
  return Number(rows[0]!.id);
}

/** Waits until nothing has been written for a while (at most 15 s). */
async function settle(db: Client, quietMs = 400, maxMs = 15_000): Promise<number> {
  const until = Date.now() + maxMs;
  let last = await cursor(db);
  let quietSince = Date.now();
  while (Date.now() < until) {
    await sleep(50);
    const now = await cursor(db);
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) {
      break;
    }
  }
  return last;
}

/** The net change of every row written between two points: a row put back is unchanged. */
async function changesBetween(
  db: Client,
  tables: ReadonlyMap<string, readonly string[]>,
  since: number,
  upTo: number,
): Promise<RowChange[]> {
  const { rows } = await db.query<{
    tbl: string;
    op: string;
    old: Record<string, unknown> | null;
    new: Record<string, unknown> | null;
  }>('SELECT tbl, op, old, new FROM fuzz_write WHERE id > $1 AND id <= $2 ORDER BY id', [
    since,
    upTo,
  ]);
  const rowsByKey = new Map<string, { table: string; key: unknown; before: Row; after: Row }>();
  const changes: RowChange[] = [];
  for (const write of rows) {
    if (write.op === 'TRUNCATE') {
      changes.push({ table: write.tbl, key: null, before: null, after: null, columns: ['*'] });
      continue;
    }
    const row = write.old ?? write.new!;
    const key = (tables.get(write.tbl) ?? []).map((column) => row[column]);
    const id = JSON.stringify([write.tbl, key]);
    const seen = rowsByKey.get(id);
    if (seen) seen.after = write.new;
    else rowsByKey.set(id, { table: write.tbl, key, before: write.old, after: write.new });
  }
  for (const { table, key, before, after } of rowsByKey.values()) {
    const [was, is] = [withoutMoved(table, before), withoutMoved(table, after)];
    if (isDeepStrictEqual(was, is)) continue;
    const columns = [...new Set([...Object.keys(was ?? {}), ...Object.keys(is ?? {})])].filter(
      (column) => !isDeepStrictEqual(was?.[column], is?.[column]),
    );
    changes.push({ table, key, before: was, after: is, columns });
  }
  return changes;
}

type Row = Record<string, unknown> | null;

function withoutMoved(table: string, row: Row): Row {
  if (!row) return null;
  const moved = movedByEveryRequest[table] ?? [];
  return Object.fromEntries(Object.entries(row).filter(([column]) => !moved.includes(column)));
}

function describe(change: RowChange): string {
  const what = !change.before ? 'inserted' : !change.after ? 'deleted' : 'updated';
  const columns = change.before && change.after ? ` (${change.columns.join(', ')})` : '';
  return `${change.table} ${JSON.stringify(change.key)} ${what}${columns}`;
}

async function fingerprint(db: Client, tables: readonly string[]): Promise<Record<string, string>> {
  const prints: Record<string, string> = {};
  for (const table of tables) {
    const moved = (movedByEveryRequest[table] ?? []).map((column) => ` - '${column}'`).join('');
    const { rows } = await db.query<{ rows: string; hash: string }>(
      `SELECT count(*) AS rows,
              md5(coalesce(string_agg((to_jsonb(t)${moved})::text, E'\\n' ORDER BY (to_jsonb(t)${moved})::text), '')) AS hash
         FROM "${table}" t`,
    );
    prints[table] = `${rows[0]!.rows} rows, ${rows[0]!.hash}`;
  }
  return prints;
}
