import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { type System, startSystem } from '../support/system';
import { ApiClient } from './api-client';
import { createDrafts, type LifecycleResult, runLifecycles } from './lifecycle';
import { listPaths, load, type ReadResult, seedReadModel, totalsPaths } from './reads';
import { printReport, type BenchReport } from './report';
import { runSqlBaseline } from './sql-baseline';
import { groupCpuSeconds, inParallel, latencyOf, watchPeakRss } from './stats';

// `npm run bench`: measures the engine on the whole system, as `npm start` runs it (or on the
// servers of DATABASE_URL / TEMPORAL_ADDRESS). It prints figures; it asserts nothing.
// Options: --initiatives 500 --clients 16 --open-workflows 2000 --read-initiatives 10000
// --read-rounds 20 --read-clients 50 --read-seconds 10 --json

const { values: options } = parseArgs({
  options: {
    initiatives: { type: 'string', default: '500' },
    clients: { type: 'string', default: '16' },
    'open-workflows': { type: 'string', default: '2000' },
    'read-initiatives': { type: 'string', default: '10000' },
    'read-rounds': { type: 'string', default: '20' },
    'read-clients': { type: 'string', default: '50' },
    'read-seconds': { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
  },
});
const number = (name: keyof typeof options) => Number(options[name]);
const say = (line: string) => {
  if (!options.json) console.log(`[bench] ${line}`);
  else console.error(`[bench] ${line}`);
};

async function main(): Promise<void> {
  const initiatives = number('initiatives');
  const clients = number('clients');
  say('starting the system (PostgreSQL, Temporal, worker, API)');
  const system = await startSystem({ label: 'bench', externalServers: true });
  const memory = watchPeakRss({ worker: system.worker.pid, api: system.api.pid });
  const temporal = new Client({
    connection: await Connection.connect({ address: system.temporalAddress }),
    namespace: system.namespace,
  });
  try {
    const coordinator = new ApiClient(system.apiUrl, await system.tokenOf('demo-koordinator'));
    const newRound = async (id: string) => {
      await coordinator.expect('POST', '/rounds', {
        id,
        name: `Benchmark ${id}`,
        firstYear: 2026,
        lastYear: 2029,
      });
      return id;
    };
    const stamp = Date.now().toString(36);

    say('warming up (20 initiatives)');
    await runLifecycles(system.apiUrl, system, await newRound(`opvarm-${stamp}`), 20, 4);

    say(`lifecycles: ${initiatives} initiatives, ${clients} clients`);
    const cpuBefore = cpuOf(system);
    const lifecycles = await runLifecycles(
      system.apiUrl,
      system,
      await newRound(`bench-${stamp}`),
      initiatives,
      clients,
    );
    const cpu = cpuPerTransition(cpuBefore, cpuOf(system), lifecycles.transitions);
    const histories = await historyLengths(temporal, lifecycles);

    say('the same steps as plain SQL transactions');
    const baseline = await runSqlBaseline(system.databaseUrl, initiatives, clients);

    const wanted = number('open-workflows');
    const running = await temporal.workflow.count('ExecutionStatus="Running"');
    const drafts = Math.max(0, wanted - running.count);
    say(`open workflows: ${running.count} running, creating ${drafts} drafts`);
    const created = await createDrafts(
      system.apiUrl,
      system,
      await newRound(`aabne-${stamp}`),
      drafts,
      clients,
    );
    const open = (await temporal.workflow.count('ExecutionStatus="Running"')).count;
    const memoryAtOpen = memory.peaks();

    const reads = number('read-initiatives') > 0 ? await readBenchmark(system) : undefined;

    const report: BenchReport = {
      measuredAt: new Date().toISOString(),
      machine: machine(),
      lifecycles: { ...lifecycles, workflowIds: undefined },
      cpuMsPerTransition: cpu,
      histories,
      baseline,
      openWorkflows: {
        open,
        createdDrafts: created.created,
        errors: created.errors,
        rssMb: memoryAtOpen,
      },
      peakRssMb: memory.peaks(),
      reads,
    };
    if (options.json) console.log(JSON.stringify(report, null, 2));
    else printReport(report);
  } finally {
    memory.stop();
    await temporal.connection.close();
    await system.stop();
  }
}

/** CPU seconds used so far by each part of the system, and by the bench's own clients. */
function cpuOf(system: System): Record<string, number> {
  const parts = {
    api: system.api,
    worker: system.worker,
    temporal: system.temporal,
    postgres: system.postgres,
  };
  const used: Record<string, number> = {};
  for (const [name, part] of Object.entries(parts)) {
    const pid = part?.pid();
    if (pid !== undefined) used[name] = groupCpuSeconds(pid);
  }
  const own = process.cpuUsage();
  used['bench clients'] = (own.user + own.system) / 1e6;
  return used;
}

/** Where a transition's CPU time goes, in milliseconds per transition. */
function cpuPerTransition(
  before: Record<string, number>,
  after: Record<string, number>,
  count: number,
) {
  return Object.fromEntries(
    Object.keys(after).map((name) => [
      name,
      Math.round(((1000 * ((after[name] ?? 0) - (before[name] ?? 0))) / Math.max(count, 1)) * 10) /
        10,
    ]),
  );
}

/** Events in each initiative's workflow history (the current run), after its lifecycle. */
async function historyLengths(temporal: Client, lifecycles: LifecycleResult) {
  const lengths: number[] = [];
  await inParallel(lifecycles.workflowIds, 16, async (workflowId) => {
    lengths.push((await temporal.workflow.getHandle(workflowId).describe()).historyLength);
  });
  return latencyOf(lengths);
}

function machine() {
  return { cpus: cpus().length, model: cpus()[0]?.model ?? '?', node: process.version };
}

/** The list and totals endpoints over many initiatives in many rounds. */
async function readBenchmark(system: System): Promise<ReadResult> {
  const perRound = Math.ceil(number('read-initiatives') / number('read-rounds'));
  say(
    `reads: seeding ${perRound * number('read-rounds')} initiatives in ${number('read-rounds')} rounds`,
  );
  const token = await system.tokenOf('demo-koordinator');
  const seeded = await seedReadModel(
    system.apiUrl,
    token,
    system.databaseUrl,
    number('read-rounds'),
    perRound,
  );
  const connections = number('read-clients');
  const seconds = number('read-seconds');
  say(`reads: the list endpoint, ${connections} clients, ${seconds} s`);
  const list = await load(system.apiUrl, token, listPaths(seeded.roundIds), connections, seconds);
  say(`reads: the totals endpoint, ${connections} clients, ${seconds} s`);
  const totals = await load(
    system.apiUrl,
    token,
    totalsPaths(seeded.roundIds),
    connections,
    seconds,
  );
  return {
    initiatives: perRound * number('read-rounds'),
    rounds: number('read-rounds'),
    connections,
    seedSeconds: seeded.seconds,
    list,
    totals,
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
