import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '@budgetflow/local-stack';
import {
  testNamespace,
  testPgUrl,
  testTemporalAddress,
  workflowBundlePath,
} from '@budgetflow/testing';
import { Client } from 'pg';
import { startSystem, type System } from '../../../../scripts/support/system';
import { type People, peopleOf, type RoundRef, seedDemo } from './demo';

// The system the browser talks to: the worker and the API (serving the web app's build) as
// separate processes, as in production, on the jest run's PostgreSQL and Temporal server, with a
// database and a task queue of their own and the demo's people and round.

export interface E2eSystem {
  /** Where the app is, e.g. http://127.0.0.1:41234; the API is under /api. */
  readonly baseUrl: string;
  readonly people: People;
  /** The demo's round "Budget 2028-2031" with its drafts: the newest, where people land. */
  readonly demoRound: RoundRef;
  readonly system: System;
  /** A request to the API as a demo person (by username), for what a test arranges or checks. */
  api: ApiCall;
  stop(): Promise<void>;
}

export type ApiCall = (
  method: string,
  path: string,
  username: string,
  body?: object,
) => Promise<unknown>;

/** Requests under /api with the person's bearer token; fails on an answer that is not 2xx. */
function apiOf(system: System): ApiCall {
  return async (method, path, username, body) => {
    const response = await fetch(`${system.apiUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await system.tokenOf(username)}`,
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`${method} ${path} as ${username}: ${response.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
}

/** The build the API serves: WEB_DIST when set, else the one `npm run build:web` makes. */
function webDist(): string {
  const dist = process.env['WEB_DIST'] || join(findProjectRoot(), 'dist', 'apps', 'web');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} holds no build of the web app: run npm run build:web (npm test does)`);
  }
  return dist;
}

export async function startE2eSystem(): Promise<E2eSystem> {
  const system = await startSystem({
    label: 'e2e',
    externalServers: {
      databaseUrl: testPgUrl(),
      temporalAddress: testTemporalAddress(),
      namespace: testNamespace(),
    },
    workflowBundle: workflowBundlePath(),
    apiEnv: { WEB_DIST: webDist() },
    // E2E_LOG=1 shows what the worker and the API print; else only a failed start shows it.
    ...(process.env['E2E_LOG'] ? { log: (line: string) => process.stdout.write(`${line}\n`) } : {}),
  });
  const stop = async () => {
    await system.stop();
    await dropDatabase(system.databaseUrl);
  };
  const api = apiOf(system);
  try {
    const demoRound = await seedDemo(api);
    return {
      demoRound,
      baseUrl: system.apiUrl.replace(/\/api$/, ''),
      people: peopleOf(system.passwords),
      system,
      api,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The run's PostgreSQL may outlive it (DATABASE_URL): the system's database goes with it. */
async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const client = new Client({ connectionString: testPgUrl() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
