import type { LifecycleResult } from './lifecycle';
import type { ReadResult } from './reads';
import type { BaselineResult } from './sql-baseline';
import { round, type Latency } from './stats';

export interface BenchReport {
  measuredAt: string;
  machine: { cpus: number; model: string; node: string };
  lifecycles: Omit<LifecycleResult, 'workflowIds'> & { workflowIds?: undefined };
  /** CPU milliseconds per transition, per process (group) of the system. */
  cpuMsPerTransition: Record<string, number>;
  histories: Latency;
  baseline: BaselineResult;
  openWorkflows: {
    open: number;
    createdDrafts: number;
    errors: number;
    rssMb: Record<string, number>;
  };
  peakRssMb: Record<string, number>;
  /** Absent when the read benchmark was left out (--read-initiatives 0). */
  reads?: ReadResult | undefined;
}

/** The issue's targets, each with the figure it is judged on. */
export function targets(report: BenchReport) {
  const { lifecycles: l, baseline: b, reads: r } = report;
  return [
    {
      target: 'transitions per second ≥ 200',
      value: l.transitionsPerSecond,
      met: l.transitionsPerSecond >= 200,
    },
    { target: 'transition p50 < 25 ms', value: l.latency.p50, met: l.latency.p50 < 25 },
    { target: 'transition p99 < 100 ms', value: l.latency.p99, met: l.latency.p99 < 100 },
    {
      target: 'p50 ≤ 10 × plain SQL p50',
      value: round(l.latency.p50 / b.latency.p50),
      met: l.latency.p50 <= 10 * b.latency.p50,
    },
    ...(r
      ? [
          { target: 'list p99 < 50 ms', value: r.list.p99, met: r.list.p99 < 50 },
          { target: 'totals p99 < 50 ms', value: r.totals.p99, met: r.totals.p99 < 50 },
        ]
      : []),
    {
      target: `worker RSS < 400 MB (${report.openWorkflows.open} open workflows)`,
      value: report.openWorkflows.rssMb['worker'] ?? NaN,
      met:
        (report.openWorkflows.rssMb['worker'] ?? Infinity) < 400 &&
        report.openWorkflows.open >= 2000,
    },
  ];
}

const ms = (latency: Latency) =>
  `p50 ${latency.p50} · p95 ${latency.p95} · p99 ${latency.p99} · max ${latency.max} ms`;

export function printReport(report: BenchReport): void {
  const { lifecycles: l, baseline: b, reads: r } = report;
  const lines = [
    '',
    `Budgetflow benchmark, ${report.measuredAt} (${report.machine.cpus} cores, ${report.machine.model}, Node ${report.machine.node})`,
    '',
    `Lifecycles through the HTTP API: ${l.initiatives} initiatives, ${l.clients} clients`,
    `  transitions          ${l.transitions} in ${l.seconds} s = ${l.transitionsPerSecond}/s (errors: ${l.errors})`,
    `  latency              ${ms(l.latency)}`,
    ...Object.entries(l.latencyByAction).map(
      ([action, latency]) => `    ${action.padEnd(18)} ${ms(latency)} (${latency.count})`,
    ),
    `  visible in the list  ${ms(l.visibility)} after the answer; on the first read: ${l.visibility.visibleOnFirstRead} of ${l.visibility.count}`,
    `  CPU per transition   ${Object.entries(report.cpuMsPerTransition)
      .map(([name, ms]) => `${name} ${ms} ms`)
      .join(' · ')}`,
    `  history per workflow ${report.histories.p50} events (p50), ${report.histories.max} (max)`,
    '',
    `Plain SQL baseline, same steps and concurrency`,
    `  transitions          ${b.transitions} in ${b.seconds} s = ${b.transitionsPerSecond}/s`,
    `  latency              ${ms(b.latency)}`,
    `  engine / baseline    p50 ×${round(l.latency.p50 / b.latency.p50)} · p99 ×${round(l.latency.p99 / b.latency.p99)} · throughput ${round((100 * l.transitionsPerSecond) / b.transitionsPerSecond)} %`,
    '',
    `Open workflows: ${report.openWorkflows.open} (drafts created: ${report.openWorkflows.createdDrafts}, errors: ${report.openWorkflows.errors})`,
    `  RSS then             worker ${report.openWorkflows.rssMb['worker']} MB · api ${report.openWorkflows.rssMb['api']} MB`,
    `  peak RSS in the run  worker ${report.peakRssMb['worker']} MB · api ${report.peakRssMb['api']} MB`,
    '',
    ...(r ? readLines(r) : ['Reads: not measured']),
    '',
    'Targets',
    ...targets(report).map((t) => `  ${t.met ? 'met   ' : 'MISSED'} ${t.target}: ${t.value}`),
    '',
  ];
  console.log(lines.join('\n'));
}

function readLines(r: ReadResult): string[] {
  return [
    `Reads: ${r.initiatives} initiatives in ${r.rounds} rounds (seeded in ${r.seedSeconds} s), ${r.connections} clients`,
    `  list                 ${r.list.requestsPerSecond} req/s · p50 ${r.list.p50} · p99 ${r.list.p99} · max ${r.list.max} ms · errors ${r.list.errors} (${r.list.requests} requests)`,
    `  totals               ${r.totals.requestsPerSecond} req/s · p50 ${r.totals.p50} · p99 ${r.totals.p99} · max ${r.totals.max} ms · errors ${r.totals.errors} (${r.totals.requests} requests)`,
  ];
}
