import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startSystem, type System } from '../support/system';
import { type Mode, schemathesisConfig } from './config';
import { makeFixtures } from './fixtures';
import { ensureSchemathesis, type RunReport, runSchemathesis } from './schemathesis';
import { startWriteLog, type WriteLog } from './write-log';

// `npm run test:fuzz`: schemathesis sends generated requests to every operation of the OpenAPI
// document and checks each answer against it. The whole system runs as separate processes
// (PostgreSQL, Temporal dev server, worker, API), with fixtures made through the API (a round
// with a calendar, initiatives of two parties from draft to negotiation, their notifications,
// calendar feeds): schemathesis dictionaries put their ids into path and body parameters three
// times in four, so generated requests reach real resources as well as missing ones.
//
// Two phases, each as a coordinator and as a party group member (others with --personas):
//
// 1. Negative: only data the document forbids (a wrong type, a missing or unknown field, a
//    string too long, a bad Idempotency-Key, an unknown method). Each must be refused with 4xx
//    (negative_data_rejection, here without the 5xx schemathesis would also take) and answered
//    as documented. The valid changes schemathesis mixes into a negative run are not sent
//    (hooks.py, filter_case), so nothing in this phase may write: a fingerprint of every table
//    of the application (each row as JSON, hashed; all of the public schema but the
//    migrations') must be the same before and after.
// 2. Positive: valid data, with all of schemathesis' checks (not_a_server_error,
//    status_code_conformance, content_type_conformance, response_schema_conformance,
//    response_headers_conformance, unsupported_method (405 with Allow), ignored_auth, …) but
//    positive_data_acceptance: a schema-valid request is rightly refused with 400 for a rule
//    across fields, which a JSON Schema cannot state (a calendar's order, a round's years,
//    financing shares summing to one, text of blanks only), and with 409 or 422 for the state
//    it meets (the lifecycle, an Idempotency-Key already used for another request).
//
// In both phases one more check, `refusal_writes_nothing` (hooks.py), judges every request on
// its own: a trigger on every table logs each row written (write-log.ts), and a refused request
// (4xx, 5xx) and any read must leave no net change; so a write is pinned on the request that
// made it. Left out, and why:
// - session.last_seen_at and session.expires_at: an authenticated request slides its session;
// - a refused sign-in (401, 429), or a change of one's own password refused for a wrong current
//   one (400, 429), records signInFailed, passwordChangeFailed or lockedOut in account_audit and
//   counts app_user.failed_sign_ins / locked_until: that is what makes guessing passwords slow.
// A change sent through Temporal (under /api/rounds) may write after its answer (the round's
// projection of a step): the next request waits until the log has been quiet for 0.4 s, so it
// is not blamed for that. Requests go one at a time (workers = 1) for the same reason.
//
// Two things the generated data would otherwise get wrong:
// - Signing out ends the session it is sent with: POST /api/auth/sign-out gets a fresh session
//   of an account of its own in each run, not the persona's.
// - Schemathesis draws short Idempotency-Keys ("0") that different requests would share, which
//   the API refuses (422) before looking at them; a valid key gets a suffix of its case's own,
//   as a client that keeps one key per request would send it. Invalid keys go as drawn.
//
// Schemathesis 4.32.5 from PyPI, installed once into .tools/schemathesis. Options:
//   --max-examples N (FUZZ_MAX_EXAMPLES)   cases per operation in the fuzzing phase (default 10)
//   --personas a,b (FUZZ_PERSONAS)         demo people to fuzz as (scripts/demo/people.ts); a
//                                          system administrator may change the others: last
//   --seed N (FUZZ_SEED)                   schemathesis' seed, to repeat a run
//   --reports DIR                          keep schemathesis' reports (every request, NDJSON)
//   --log FILE                             every line of the system's processes

const { values: args } = parseArgs({
  options: {
    'max-examples': { type: 'string', default: process.env['FUZZ_MAX_EXAMPLES'] ?? '10' },
    personas: {
      type: 'string',
      default: process.env['FUZZ_PERSONAS'] ?? 'demo-koordinator,demo-enhedslisten',
    },
    seed: { type: 'string', default: process.env['FUZZ_SEED'] },
    reports: { type: 'string' },
    log: { type: 'string' },
  },
});

const say = (line = '') => process.stdout.write(`${line}\n`);

interface Outcome {
  readonly mode: Mode;
  readonly person: string;
  readonly report: RunReport;
  /** Tables whose fingerprint changed during a negative phase. */
  readonly changedTables: readonly string[];
}

async function main(): Promise<number> {
  const began = Date.now();
  const personas = args.personas.split(',').map((person) => person.trim());
  const maxExamples = Number(args['max-examples']);
  if (!Number.isInteger(maxExamples) || maxExamples < 1) throw new Error('--max-examples N, N ≥ 1');
  const seed = args.seed === undefined ? undefined : Number(args.seed);

  const installDir = await ensureSchemathesis(say);
  say('Starting PostgreSQL, the Temporal dev server, the worker and the API …');
  const system = await startSystem({
    label: 'fuzz',
    ...(args.log ? { log: (line: string) => appendFileSync(args.log!, `${line}\n`) } : {}),
  });
  const dir = await mkdtemp(join(tmpdir(), 'budgetflow-fuzz-'));
  let writeLog: WriteLog | undefined;
  const outcomes: Outcome[] = [];
  try {
    const fixtures = await makeFixtures(system, personas);
    const signOutSession = await signOutAccount(system);
    writeLog = await startWriteLog(system.databaseUrl);
    await writeLog.settle(); // the fixtures' projections
    say(`System up, fixtures made (${seconds(Date.now() - began)})`);
    for (const mode of ['negative', 'positive'] as const) {
      for (const person of personas) {
        const runDir = await mkdtemp(join(dir, `${mode}-${person}-`));
        const configFile = join(runDir, 'schemathesis.toml');
        await writeFile(
          configFile,
          schemathesisConfig({
            mode,
            person,
            token: await system.tokenOf(person),
            signOutToken: await signOutSession(),
            maxExamples,
            ...(seed !== undefined ? { seed } : {}),
            fixtures,
          }),
        );
        say();
        say(`=== ${mode} data as ${person} ===`);
        const before = mode === 'negative' ? await writeLog.fingerprint() : {};
        const report = await runSchemathesis({
          installDir,
          schemaUrl: `${system.apiUrl}/docs/openapi.json`,
          configFile,
          hooksFile: join(__dirname, 'hooks.py'),
          env: { FUZZ_WRITE_LOG_URL: writeLog.url, FUZZ_MODE: mode },
          dir: runDir,
          reportDir: join(args.reports ?? runDir, `${mode}-${person}`),
          print: say,
        });
        const after = mode === 'negative' ? await writeLog.fingerprint() : {};
        const changedTables = Object.keys(before).filter((table) => before[table] !== after[table]);
        outcomes.push({ mode, person, report, changedTables });
      }
    }
  } finally {
    await writeLog?.close().catch(() => undefined);
    await system.stop();
    await rm(dir, { recursive: true, force: true });
  }
  return summary(outcomes, Date.now() - began);
}

function summary(outcomes: readonly Outcome[], ms: number): number {
  say();
  say('=== Fuzzing: summary ===');
  const row = (cells: readonly (string | number)[]) =>
    say(
      cells
        .map((cell, i) => {
          if (i === cells.length - 1) return `  ${cell}`;
          return i < 2 ? String(cell).padEnd(i === 0 ? 9 : 20) : String(cell).padStart(8);
        })
        .join(' '),
    );
  row(['phase', 'persona', 'cases', 'failures', 'errors', 'seconds', 'tables changed']);
  for (const { mode, person, report, changedTables } of outcomes) {
    const { cases, failures, errors, seconds: took } = report;
    row([mode, person, cases, failures, errors, took.toFixed(1), changedTables.join(', ') || '-']);
  }
  const total = (pick: (report: RunReport) => number) =>
    outcomes.reduce((sum, { report }) => sum + pick(report), 0);
  const changed = outcomes.flatMap(({ changedTables }) => changedTables);
  const failed =
    total((r) => r.failures) + total((r) => r.errors) + changed.length > 0 ||
    outcomes.some(({ report }) => report.exitCode !== 0);
  say(
    `${total((r) => r.cases)} cases, ${total((r) => r.failures)} failures, ${total((r) => r.errors)} errors, ${changed.length} tables changed in the negative phase; ${seconds(ms)} in all`,
  );
  say(failed ? 'FAILED' : 'PASSED');
  return failed ? 1 : 0;
}

/**
 * A person of its own for signing out: each run gets a fresh session of it, which the run's
 * sign-outs may end without ending the persona's.
 */
async function signOutAccount(system: System): Promise<() => Promise<string>> {
  const password = randomBytes(18).toString('base64url');
  const admin = { authorization: `Bearer ${await system.tokenOf('demo-system')}` };
  const json = { 'content-type': 'application/json' };
  for (const [method, path, body] of [
    ['PUT', '/users/fuzz-sign-out', { name: 'Sigurd Udlogning', role: 'coordinator' }],
    ['POST', '/users/fuzz-sign-out/password', { password }],
  ] as const) {
    const response = await fetch(`${system.apiUrl}${path}`, {
      method,
      headers: { ...admin, ...json },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  }
  return async () => {
    const response = await fetch(`${system.apiUrl}/auth/tokens`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ login: 'fuzz-sign-out', password }),
    });
    if (!response.ok) throw new Error(`signing in as fuzz-sign-out: HTTP ${response.status}`);
    return ((await response.json()) as { token: string }).token;
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
