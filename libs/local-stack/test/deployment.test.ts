import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type ComposeCommand, ensureDockerCompose, findProjectRoot } from '../src';
import {
  variablesInEnvFile,
  variablesInReadme,
  variablesReadByCode,
} from './support/configuration';

// docker/: the compose file is valid (checked by Compose itself, which needs no Docker engine
// for it), its services are the deployment the README describes, every variable the code reads
// is documented and reaches the service that reads it, and no image carries a secret.

const run = promisify(execFile);
const root = findProjectRoot();
const dockerDir = join(root, 'docker');
const composeFile = join(dockerDir, 'compose.yaml');
const exampleEnv = join(dockerDir, '.env.example');

/**
 * Read by the code but deliberately not listed in compose, each with the reason. Checked both
 * ways: a name here must still be read by the code.
 */
const leftToTheImageOrCode: Partial<Record<string, string>> = {};

/** Set by compose for compose's own services (PostgreSQL, Temporal) or images, not by the code. */
const composeOnly = [
  'POSTGRES_PASSWORD',
  'BUDGETFLOW_DB_PASSWORD',
  'TEMPORAL_DB_PASSWORD',
  'HTTP_PORT',
  'TEMPORAL_UI_PORT',
  'BUDGETFLOW_API_IMAGE',
  'BUDGETFLOW_WORKER_IMAGE',
  'TEMPORAL_VERSION',
  'TEMPORAL_UI_VERSION',
];

const secrets = /PASSWORD|SECRET|TOKEN|PRIVATE|CREDENTIAL|DATABASE_URL|_KEY\b/;

interface ComposeService {
  image?: string;
  environment?: Record<string, string | null>;
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  ports?: { published?: string; host_ip?: string; target: number }[];
  command?: string[];
}

let compose: ComposeCommand;

/** Compose run with nothing of this machine's environment, on the example env file. */
async function composeRun(args: string[], envFile = exampleEnv) {
  return run(
    compose.command,
    [...compose.args, '-f', composeFile, '--env-file', envFile, ...args],
    { env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/' } },
  );
}

async function services(): Promise<Record<string, ComposeService>> {
  const { stdout } = await composeRun(['config', '--format', 'json']);
  return (JSON.parse(stdout) as { services: Record<string, ComposeService> }).services;
}

beforeAll(async () => {
  // The first time on a machine without Compose it is built with Go: minutes.
  compose = await ensureDockerCompose();
}, 30 * 60_000);

describe('docker/compose.yaml', () => {
  it('is valid with the example environment', async () => {
    await expect(composeRun(['config', '--quiet'])).resolves.toBeDefined();
  });

  it('refuses to start without the secrets, naming them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetflow-compose-'));
    const empty = join(dir, '.env');
    writeFileSync(empty, '# nothing set\n');
    try {
      await expect(composeRun(['config', '--quiet'], empty)).rejects.toThrow(
        /POSTGRES_PASSWORD|BUDGETFLOW_DB_PASSWORD|TEMPORAL_DB_PASSWORD|CALENDAR_FEED_SECRET/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is the whole deployment: PostgreSQL, Temporal on it, the UI, migrations, 2 api, 2 workers, a proxy', async () => {
    const all = await services();
    expect(Object.keys(all).sort()).toEqual(
      [
        'api',
        'migrate',
        'postgres',
        'proxy',
        'temporal',
        'temporal-namespace',
        'temporal-schema',
        'temporal-ui',
        'worker',
      ].sort(),
    );
    expect(all['api']!.deploy?.replicas).toBe(2);
    expect(all['worker']!.deploy?.replicas).toBe(2);
    // Temporal keeps its history and its visibility in PostgreSQL.
    expect(all['temporal']!.environment).toMatchObject({
      DB: 'postgres12',
      POSTGRES_SEEDS: 'postgres',
      DBNAME: 'temporal',
      VISIBILITY_DBNAME: 'temporal_visibility',
    });
    // The order of a start: schema, server, namespace; migrations once before any replica.
    const condition = (service: string, on: string) => all[service]!.depends_on?.[on]?.condition;
    expect(condition('temporal', 'temporal-schema')).toBe('service_completed_successfully');
    expect(condition('temporal-namespace', 'temporal')).toBe('service_healthy');
    for (const app of ['api', 'worker']) {
      expect(condition(app, 'migrate')).toBe('service_completed_successfully');
      expect(condition(app, 'temporal-namespace')).toBe('service_completed_successfully');
    }
    expect(condition('proxy', 'api')).toBe('service_healthy');
    expect(all['migrate']!.command).toEqual(['node', 'apps/api/src/migrate.js']);
    expect(all['migrate']!.image).toBe(all['api']!.image);
    // One way in for people (the proxy); the Temporal UI on the host's loopback only.
    const published = Object.entries(all).filter(([, service]) => service.ports?.length);
    expect(published.map(([name]) => name).sort()).toEqual(['proxy', 'temporal-ui']);
    expect(all['temporal-ui']!.ports?.[0]?.host_ip).toBe('127.0.0.1');
  });

  it('gives every service each variable its code reads', async () => {
    const all = await services();
    const missing: string[] = [];
    for (const [name, { services: readers, files }] of variablesReadByCode(root)) {
      if (leftToTheImageOrCode[name]) continue;
      for (const service of readers) {
        const environment = all[service]?.environment ?? {};
        if (!(name in environment)) missing.push(`${name} (${service}: ${files.join(', ')})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists only exceptions the code still reads', () => {
    const read = variablesReadByCode(root);
    expect(Object.keys(leftToTheImageOrCode).filter((name) => !read.has(name))).toEqual([]);
  });
});

describe('the README', () => {
  it('documents every variable the code reads, in the one table', () => {
    const documented = variablesInReadme(root);
    const undocumented = [...variablesReadByCode(root).keys()].filter(
      (name) => !documented.has(name),
    );
    expect(undocumented).toEqual([]);
  });

  it("documents every variable of docker/.env.example, compose's own as well", () => {
    const documented = variablesInReadme(root);
    const inExample = variablesInEnvFile(exampleEnv);
    expect(inExample.filter((name) => !documented.has(name))).toEqual([]);
    expect(composeOnly.filter((name) => !inExample.includes(name))).toEqual([]);
  });
});

describe('the images', () => {
  const dockerfiles = ['Dockerfile.api', 'Dockerfile.worker'];

  it.each(dockerfiles)('%s bakes in no secret (no ENV or ARG that names one)', (file) => {
    const text = readFileSync(join(dockerDir, file), 'utf8').replace(/\\\n/g, ' ');
    const baked = text
      .split('\n')
      .filter((line) => /^\s*(ENV|ARG)\s/i.test(line))
      .flatMap((line) => [...line.matchAll(/([A-Z][A-Z0-9_]*)=/g)].map((m) => m[1]!));
    expect(baked.filter((name) => secrets.test(name))).toEqual([]);
  });

  it.each(dockerfiles)('%s runs as the unprivileged node user with a health check', (file) => {
    const text = readFileSync(join(dockerDir, file), 'utf8');
    const lastStage = text.slice(text.lastIndexOf('\nFROM '));
    expect(lastStage).toMatch(/^USER node$/m);
    expect(lastStage).toMatch(/^HEALTHCHECK /m);
  });

  it('are built without the env files that hold the secrets', () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['**/.env', '**/.env.*']));
  });

  it('compose gives the secrets to the services from the environment only', async () => {
    const all = await services();
    const example = readFileSync(exampleEnv, 'utf8');
    for (const [name, service] of Object.entries(all)) {
      for (const [variable, value] of Object.entries(service.environment ?? {})) {
        if (!secrets.test(variable) || value === null || value === '') continue;
        // Whatever a secret is, it came from the example env file, not from compose.yaml.
        const secretPart = variable === 'DATABASE_URL' ? /:([^:@]+)@/.exec(value)?.[1] : value;
        expect({ service: name, variable, fromEnv: example.includes(`=${secretPart}`) }).toEqual({
          service: name,
          variable,
          fromEnv: true,
        });
      }
    }
  });
});
