import type { FaultTimeline } from './burst';
import type { Probe } from './unavailable';
import type { RaceCounts } from './races';
import type { Counts } from './verdict';

// What a run prints: per scenario the counts the issue asks for, then one table.

export interface ScenarioReport {
  readonly scenario: string;
  readonly fault: string;
  readonly roundId: string;
  readonly initiatives: number;
  readonly clients: number;
  readonly burstMs: number;
  readonly timeline?: FaultTimeline;
  readonly convergenceMs: number;
  readonly converged: boolean;
  readonly counts: Counts;
  /** Requests sent while a part was down, and what they got. */
  readonly probes?: Probe[];
  readonly violations: string[];
}

type Say = (line?: string) => void;

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const MAX_LISTED = 20;

export function printScenario(say: Say, r: ScenarioReport): void {
  const c = r.counts;
  const t = r.timeline;
  say(
    `   burst: ${r.initiatives} initiatives, ${r.clients} clients, ${c.steps} steps in ${seconds(r.burstMs)}` +
      (t
        ? `; down at ${seconds(t.killedAt)}, restart from ${seconds(t.restartBegunAt)} to ${seconds(t.restartedAt)}`
        : ''),
  );
  say(
    `   accepted ${c.accepted}, already applied ${c.alreadyApplied}, found ${c.found}, ` +
      `lost ${c.lost}, duplicated ${c.duplicated}, half-done ${c.halfDone}`,
  );
  say(
    `   unanswered attempts ${c.unansweredAttempts}, unanswered steps ${c.unanswered} (applied ${c.unansweredApplied}), ` +
      `refused ${c.refused}, 5xx ${describe5xx(c.serverErrors)}`,
  );
  for (const { during, request, attempt } of r.probes ?? []) {
    const o = attempt.outcome;
    const got =
      o.kind === 'none'
        ? `no answer (${o.error})`
        : o.kind === 'server'
          ? `${o.status} "${o.title}" (Retry-After: ${o.retryAfter ?? 'none'}): ${o.detail}`
          : `${o.status}`;
    say(`   while ${during}: ${request} → ${got}, after ${seconds(attempt.ms)}`);
  }
  say(
    `   converged ${r.converged ? 'in' : 'NOT within'} ${seconds(r.convergenceMs)} after the burst`,
  );
  printViolations(say, r.violations);
}

export function printRaces(
  say: Say,
  races: { counts: RaceCounts; violations: string[]; ms: number },
) {
  const c = races.counts;
  say(
    `   ${c.races} races in ${seconds(races.ms)}: one winner ${c.oneWinner}, both won ${c.bothWon}, ` +
      `neither ${c.neitherWon}, loser 409 ${c.loserGot409} (${list(c.loserCodes)}), 5xx ${c.serverErrors}, other ${c.otherAnswers}`,
  );
  say(`   winners: ${list(c.winners)}; showing the winner only: ${c.showWinnerOnly}`);
  printViolations(say, races.violations);
}

export function printSummary(
  say: Say,
  reports: readonly ScenarioReport[],
  races: { counts: RaceCounts; violations: string[] } | undefined,
  run: { systemUpMs: number; totalMs: number; failed: boolean },
): void {
  say('');
  const head = [
    'scenario',
    'accepted',
    'found',
    'lost',
    'duplicated',
    'half-done',
    'no answer',
    '5xx',
    'converged',
  ];
  const rows = reports.map((r) => [
    r.scenario,
    String(r.counts.accepted + r.counts.alreadyApplied),
    String(r.counts.found),
    String(r.counts.lost),
    String(r.counts.duplicated),
    String(r.counts.halfDone),
    String(r.counts.unansweredAttempts),
    describe5xx(r.counts.serverErrors),
    r.converged ? seconds(r.convergenceMs) : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  for (const row of [head, ...rows]) say(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
  if (races) {
    const c = races.counts;
    say(
      `races: ${c.races}, one winner ${c.oneWinner}, both won ${c.bothWon}, 5xx ${c.serverErrors}, showing the winner only ${c.showWinnerOnly}`,
    );
  }
  say(
    `${run.failed ? 'FAILED' : 'PASSED'} in ${seconds(run.totalMs)} (system start ${seconds(run.systemUpMs)})`,
  );
}

function printViolations(say: Say, violations: readonly string[]): void {
  if (violations.length === 0) {
    say('   PASS');
    return;
  }
  say(`   FAIL: ${violations.length} violation(s)`);
  for (const v of violations.slice(0, MAX_LISTED)) say(`     - ${v}`);
  if (violations.length > MAX_LISTED) say(`     … and ${violations.length - MAX_LISTED} more`);
}

function describe5xx(errors: Record<string, number>): string {
  const entries = Object.entries(errors);
  return entries.length === 0 ? '0' : entries.map(([s, n]) => `${s}×${n}`).join(' ');
}

function list(counts: Record<string, number>): string {
  const entries = Object.entries(counts);
  return entries.length === 0 ? '-' : entries.map(([k, n]) => `${k} ${n}`).join(', ');
}
