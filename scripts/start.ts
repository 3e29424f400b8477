import { join } from 'node:path';
import { roleLabels } from '@budgetflow/domain';
import {
  defaultDataRoot,
  describeExit,
  ensureDatabase,
  ensureTemporalBinary,
  findProjectRoot,
  pollUntil,
  startPostgres,
  startProcess,
  startTemporalDevServer,
  type ExitInfo,
} from '@budgetflow/local-stack';
import { ensureDemoAccounts } from './demo/accounts';
import { demoPeople } from './demo/people';
import { startMailCatcher } from './mail-catcher';
import { ensureWebBuild } from './support/web-build';

// The local stack for `npm start`: PostgreSQL and Temporal (unless DATABASE_URL /
// TEMPORAL_ADDRESS name running ones), a mail catcher (unless SMTP_HOST names a mail server),
// then the worker and the API, which serves the web app (built first when its sources changed),
// then (in development) the demo accounts and data.
// Ctrl-C stops them in reverse order: api, worker, Temporal, PostgreSQL.

const root = findProjectRoot();
const env = process.env;
const apiPort = Number(env['API_PORT'] || 3000);
const namespace = env['TEMPORAL_NAMESPACE'] || 'default';
const development = env['NODE_ENV'] !== 'production';

interface Service {
  name: string;
  stop(): Promise<unknown>;
  exited: Promise<ExitInfo>;
}
const services: Service[] = []; // in start order
let shuttingDown = false;

const say = (message: string) => console.log(`[start] ${message}`);
const prefixed = (name: string) => (line: string) => console.log(`[${name}] ${line}`);

async function shutdown(code: number, reason?: string): Promise<never> {
  shuttingDown = true;
  if (reason) (code === 0 ? console.log : console.error)(`[start] ${reason}`);
  for (const service of [...services].reverse()) {
    say(`stopping ${service.name}`);
    await service.stop().catch((err) => console.error(`[start] stopping ${service.name}:`, err));
  }
  process.exit(code); // anything still starting is killed by local-stack's exit hook
}

function add(service: Service): void {
  services.push(service);
  void service.exited.then((exit) => {
    if (!shuttingDown) void shutdown(1, `${service.name} ${describeExit(exit)} unexpectedly`);
  });
}

function onSignal(signal: NodeJS.Signals): void {
  if (shuttingDown) {
    console.error(`[start] ${signal} again: killing everything now`);
    process.exit(130);
  }
  void shutdown(0, `${signal}: stopping (again to force)`);
}

let dataRoot: string | undefined; // only looked up (and announced) when we keep data
const dataDir = (name: string) => join((dataRoot ??= defaultDataRoot(root)), name);

async function startDatabase(): Promise<string> {
  if (env['DATABASE_URL']) return env['DATABASE_URL'];
  const port = Number(env['PG_PORT'] || 5433);
  const pgData = dataDir('postgres');
  say(`starting PostgreSQL on port ${port}`);
  const pg = await startPostgres({
    dataDir: pgData,
    port,
    persistent: true,
    log: prefixed('postgres'),
  });
  add({ name: 'PostgreSQL', ...pg });
  return ensureDatabase(pg.url, 'budgetflow');
}

/** Without an SMTP server of one's own, the e-mails go to a local catcher and show in the log. */
async function startMail(): Promise<Record<string, string>> {
  if (env['SMTP_HOST']) return {};
  const catcher = await startMailCatcher({
    port: Number(env['MAIL_CATCHER_PORT'] || 1025),
    dir: dataDir('mail'),
    log: prefixed('mail'),
  });
  say(`e-mails are caught on port ${catcher.port} and kept in ${catcher.dir}`);
  add({ name: 'mail catcher', stop: catcher.stop, exited: new Promise<ExitInfo>(() => undefined) });
  return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(catcher.port) };
}

async function startTemporal(): Promise<{ address: string; uiUrl?: string }> {
  if (env['TEMPORAL_ADDRESS']) return { address: env['TEMPORAL_ADDRESS'] };
  const binary = await ensureTemporalBinary();
  const dbFile = dataDir('temporal.sqlite');
  say('starting the Temporal dev server on port 7233 (Web UI 8233)');
  const temporal = await startTemporalDevServer({
    binary,
    port: 7233,
    uiPort: 8233,
    dbFile,
    namespace,
    log: prefixed('temporal'),
  });
  add({ name: 'Temporal', ...temporal });
  return temporal;
}

function startApp(name: string, entry: string, appEnv: NodeJS.ProcessEnv): void {
  const proc = startProcess({
    name,
    command: process.execPath,
    args: ['-r', '@swc-node/register', entry],
    cwd: root,
    env: appEnv,
    onLine: prefixed(name),
    graceMs: 15_000,
  });
  add(proc);
}

/** The web app's build for the API to serve: WEB_DIST when set, else built (again) if stale. */
async function webDist(): Promise<string | undefined> {
  if (env['WEB_DIST']) return env['WEB_DIST'];
  return ensureWebBuild(root, { say, onLine: prefixed('web') });
}

async function waitForApi(url: string): Promise<void> {
  await pollUntil(
    async () => {
      const res = await fetch(url);
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    },
    {
      what: `the API (${url})`,
      timeoutMs: 180_000,
      intervalMs: 500,
      abortReason: () => (shuttingDown ? 'shutting down' : undefined),
    },
  );
}

async function seed(appEnv: NodeJS.ProcessEnv): Promise<void> {
  const proc = startProcess({
    name: 'seed',
    command: process.execPath,
    args: ['-r', '@swc-node/register', 'scripts/seed-demo.ts'],
    cwd: root,
    env: appEnv,
    onLine: prefixed('seed'),
  });
  const exit = await proc.exited;
  if (exit.code !== 0) throw new Error(`seeding demo data ${describeExit(exit)}`);
}

async function main(): Promise<void> {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Built while the servers start; awaited before the API starts.
  const webBuild = webDist();
  webBuild.catch(() => undefined);
  const databaseUrl = await startDatabase();
  const temporal = await startTemporal();
  const mail = await startMail();

  const apiUrl = `http://127.0.0.1:${apiPort}/api`;
  const appEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: namespace,
    API_PORT: String(apiPort),
    PUBLIC_URL: env['PUBLIC_URL'] || `http://localhost:${apiPort}`,
    ...mail,
  };
  startApp('worker', 'apps/worker/src/main.ts', appEnv);
  const web = await webBuild;
  startApp('api', 'apps/api/src/main.ts', { ...appEnv, ...(web ? { WEB_DIST: web } : {}) });
  await waitForApi(`${apiUrl}/health`);
  let passwords: Record<string, string> | undefined;
  if (development) {
    const passwordsFile = dataDir('demo-passwords.json');
    say('creating the demo accounts');
    passwords = await ensureDemoAccounts(databaseUrl, passwordsFile);
    await seed({ ...appEnv, API_URL: apiUrl, DEMO_PASSWORDS_FILE: passwordsFile });
  } else {
    say('NODE_ENV is production: no demo accounts or demo data');
  }

  const site = `http://localhost:${apiPort}`;
  console.log(
    [
      '',
      'Budgetflow kører:',
      web
        ? `  Budgetflow      ${site}/   ← åbn den i browseren`
        : '  Budgetflow      (ingen webapp: apps/web findes ikke)',
      `  API             ${site}/api`,
      `  OpenAPI         ${site}/api/docs`,
      `  Temporal UI     ${temporal.uiUrl ?? `(Temporal på ${temporal.address})`}`,
      ...(mail['SMTP_PORT']
        ? [`  E-mails         fanges lokalt og gemmes i ${dataDir('mail')}`]
        : []),
      ...(passwords ? demoLogins(passwords, site) : []),
      'Ctrl-C stopper det hele.',
      '',
    ].join('\n'),
  );
}

/** Development only: who to sign in as, in the app or through POST /api/auth/sign-in or /tokens. */
function demoLogins(passwords: Record<string, string>, site: string): string[] {
  const width = Math.max(...demoPeople.map((person) => person.id.length));
  const passwordWidth = Math.max(...demoPeople.map((person) => passwords[person.id]!.length));
  return [
    '',
    `Demobrugere (kun i udvikling; adgangskoderne gemmes i ${dataDir('demo-passwords.json')}).`,
    `Log ind på ${site}/log-ind med brugernavn og adgangskode:`,
    `  ${'Brugernavn'.padEnd(width)}  ${'Adgangskode'.padEnd(passwordWidth)}  Hvem`,
    ...demoPeople.map(
      (person) =>
        `  ${person.id.padEnd(width)}  ${passwords[person.id]!.padEnd(passwordWidth)}  ` +
        `${person.name} (${person.partyGroups.join(', ') || roleLabels[person.role]})`,
    ),
    '',
  ];
}

main().catch((err: unknown) => {
  if (shuttingDown) return;
  void shutdown(1, err instanceof Error ? err.message : String(err));
});
