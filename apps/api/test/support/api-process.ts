import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import request, { type Test } from 'supertest';
import type { TestActor } from './actors';
import { type TestHttp, withSession } from './http';
import type { TestSessions } from './sessions';

const apiMain = resolve(__dirname, '../../src/main.ts');

export interface ApiProcess {
  readonly child: ChildProcess;
  /** http://127.0.0.1:<port> (the API is under /api). */
  readonly url: string;
  /** Everything it has printed: JSON log lines. */
  output(): string;
  /** Its log lines, parsed. */
  lines(): Record<string, unknown>[];
  /** Resolves with the exit code once it has exited. */
  readonly exited: Promise<number | null>;
}

/**
 * The real API process (apps/api/src/main.ts) on a free port, as a replica runs it: its own
 * connections, its own mail dispatcher, its own signals. Ready once it listens.
 */
export async function spawnApiProcess(env: Record<string, string | number>): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', apiMain], {
    env: {
      ...process.env,
      API_PORT: '0',
      ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)])),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const lines = () =>
    output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const port = await new Promise<number>((resolvePort, reject) => {
    const look = () => {
      const listening = lines().find((line) => String(line['msg']).startsWith('API listening'));
      if (listening) resolvePort(Number(listening['port']));
    };
    child.stdout?.on('data', look);
    void exited.then((code) =>
      reject(new Error(`the API exited (${code}) before it listened:\n${output}`)),
    );
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, lines, exited };
}

/** SIGTERM, then its exit code. */
export async function stopApiProcess(api: ApiProcess): Promise<number | null> {
  if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGTERM');
  return api.exited;
}

/**
 * Requests to an API process, as `testHttp` sends them to the in-process one: the actor's
 * session (opened through the in-process app, in the same database) as a bearer token.
 */
export function processHttp(api: ApiProcess, sessions: TestSessions): TestHttp {
  const signed = (test: Test, actor: TestActor | undefined) =>
    actor ? withSession(test, () => sessions.sessionOf(actor)) : test;
  return {
    get: (path, actor) => signed(request(api.url).get(`/api${path}`), actor),
    post: (path, body, actor) => signed(request(api.url).post(`/api${path}`).send(body), actor),
    put: (path, body, actor) => signed(request(api.url).put(`/api${path}`).send(body), actor),
    patch: (path, body, actor) => signed(request(api.url).patch(`/api${path}`).send(body), actor),
    delete: (path, actor) => signed(request(api.url).delete(`/api${path}`), actor),
  };
}
