import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { Pool } from 'pg';
import { startSystem } from '../support/system';
import { observer } from './observe';
import { printRaces, printScenario, printSummary, type ScenarioReport, seconds } from './report';
import {
  type Context,
  faults,
  faultScenario,
  racesScenario,
  type RacesReport,
  type Settings,
  unavailableScenario,
} from './scenarios';
import { stepPeople } from './steps';

// `npm run test:faults`: one system of separate processes; on it, one scenario after the other,
// each on a fresh round. A burst of lifecycle walks runs while one part crashes (kill -9) and is
// started again; then the read model must converge and every answered step be there exactly once.
// Then a step and a read while PostgreSQL or Temporal is down (503, never 500), and last the
// races: two people take conflicting steps on one initiative at the same moment.
//
//   --scenarios=worker,temporal,api,postgres,unavailable,races   (all, in this order, by default)
//   --initiatives=40 --clients=8 --races=100 --bound-seconds=60
//   --json (the summary as JSON on stdout)  --log=<file> (the parts' output)
//   --records=<file> (every request and its answer, as JSON)

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    scenarios: { type: 'string', default: 'worker,temporal,api,postgres,unavailable,races' },
    initiatives: { type: 'string', default: '40' },
    clients: { type: 'string', default: '8' },
    races: { type: 'string', default: '100' },
    'bound-seconds': { type: 'string', default: '60' },
    log: { type: 'string' },
    records: { type: 'string' },
  },
});

/** Human output; with --json it goes to stderr so that stdout holds only the summary. */
const say = (line = '') => (args.json ? process.stderr : process.stdout).write(`${line}\n`);

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number above 0`);
  return n;
}

async function main(): Promise<number> {
  const began = Date.now();
  const settings: Settings = {
    initiatives: positive('initiatives', args.initiatives),
    clients: positive('clients', args.clients),
    races: positive('races', args.races),
    convergenceBoundMs: positive('bound-seconds', args['bound-seconds']) * 1000,
  };
  const wanted = args.scenarios.split(',').map((name) => name.trim());
  const unknown = wanted.filter((n) => n !== 'races' && n !== 'unavailable' && !faults[n]);
  if (unknown.length > 0) throw new Error(`Unknown scenario(s): ${unknown.join(', ')}`);

  say('Fault tests on one system (PostgreSQL, Temporal dev server on SQLite, worker, API)');
  const system = await startSystem({
    label: 'faults',
    ...(args.log ? { log: (line: string) => appendFileSync(args.log!, `${line}\n`) } : {}),
  });
  const systemUpMs = Date.now() - began;
  say(`system up in ${seconds(systemUpMs)}`);
  const connection = await Connection.connect({ address: system.temporalAddress });
  const pool = new Pool({ connectionString: system.databaseUrl, max: 2 });
  // An idle connection broken by the PostgreSQL restart: the pool drops it and makes another.
  pool.on('error', () => undefined);
  const ctx: Context = {
    system,
    watch: observer(new Client({ connection, namespace: system.namespace }), pool),
    settings,
    say,
    records: {},
  };
  const reports: ScenarioReport[] = [];
  let races: RacesReport | undefined;
  try {
    for (const person of stepPeople) await system.tokenOf(person);
    for (const name of wanted) {
      if (name === 'races') {
        races = await racesScenario(ctx);
        printRaces(say, races);
        continue;
      }
      const report =
        name === 'unavailable' ? await unavailableScenario(ctx) : await faultScenario(ctx, name);
      reports.push(report);
      printScenario(say, report);
    }
  } finally {
    await connection.close().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await system.stop();
    if (args.records) writeFileSync(args.records, JSON.stringify(ctx.records, null, 1));
  }
  const totalMs = Date.now() - began;
  const failed =
    reports.some((r) => r.violations.length > 0) || (races?.violations.length ?? 0) > 0;
  printSummary(say, reports, races, { systemUpMs, totalMs, failed });
  if (args.json) {
    const summary = {
      passed: !failed,
      durationMs: totalMs,
      systemUpMs,
      settings,
      scenarios: reports,
      ...(races ? { races } : {}),
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
