import type { StepRecord } from './client';
import { disagreements, type Entry, type Observed } from './observe';

// Judges a burst: what the clients were told against what the system holds once it has
// converged. Each lifecycle walk gives a command at most once per initiative, so a command
// found twice is a step applied twice.

export interface Counts {
  /** Steps the clients set out to take. */
  steps: number;
  /** Answered 2xx. */
  accepted: number;
  /** Answered 409 after an attempt without an answer: that attempt applied it. */
  alreadyApplied: number;
  /** Accepted or already applied, and found exactly once in the workflow and the audit trail. */
  found: number;
  /** Accepted or already applied, and missing from the workflow or the audit trail. */
  lost: number;
  /** Extra copies of a command on an initiative, in the workflow or the audit trail. */
  duplicated: number;
  /** Places that disagree after convergence, and refused steps that left a trace. */
  halfDone: number;
  /** Steps never answered before their deadline (then found once or not at all). */
  unanswered: number;
  /** Of those, applied after all. */
  unansweredApplied: number;
  /** Refused with a 4xx and not retried. */
  refused: number;
  /** Attempts that got no answer at all (refused connection, reset, timeout). */
  unansweredAttempts: number;
  /** 5xx answers by status. */
  serverErrors: Record<string, number>;
  /** 503 answers without a Retry-After header or a Danish title. */
  badServiceUnavailable: number;
  /** A 2xx whose version or state differs from the record of the step. */
  wrongAnswers: number;
  /** Commands in a workflow that no client asked for. */
  unexpected: number;
}

export interface Verdict {
  readonly counts: Counts;
  /** Why the scenario fails; empty when it passes. */
  readonly violations: string[];
}

export function judge(
  records: readonly StepRecord[],
  observed: Map<string, Observed>,
  converged: boolean,
): Verdict {
  const counts: Counts = {
    steps: records.length,
    accepted: 0,
    alreadyApplied: 0,
    found: 0,
    lost: 0,
    duplicated: 0,
    halfDone: 0,
    unanswered: 0,
    unansweredApplied: 0,
    refused: 0,
    unansweredAttempts: 0,
    serverErrors: {},
    badServiceUnavailable: 0,
    wrongAnswers: 0,
    unexpected: 0,
  };
  const violations: string[] = [];
  const occurrences = (entries: readonly Entry[], command: string, source?: string) =>
    entries.filter((e) => e.command === command && (source === undefined || e.source === source));

  for (const record of records) {
    for (const { outcome } of record.attempts) {
      if (outcome.kind === 'none') counts.unansweredAttempts++;
      if (outcome.kind === 'server') {
        const status = String(outcome.status);
        counts.serverErrors[status] = (counts.serverErrors[status] ?? 0) + 1;
        if (outcome.status === 503 && (!outcome.retryAfter || !outcome.title)) {
          counts.badServiceUnavailable++;
        }
      }
    }
    const { step } = record;
    const o = observed.get(step.number);
    const inWorkflow = occurrences(o?.workflow?.entries ?? [], step.command);
    const inAudit = occurrences(o?.audit ?? [], step.command);
    // The target's half of a merge, for a merge step.
    const target = step.into ? observed.get(step.into) : undefined;
    const absorbed = step.into
      ? Math.min(
          occurrences(target?.workflow?.entries ?? [], 'absorb', step.number).length,
          occurrences(target?.audit ?? [], 'absorb', step.number).length,
        )
      : 1;
    const where = `${step.number} ${step.command}`;
    switch (record.result) {
      case 'accepted':
      case 'alreadyApplied': {
        counts[record.result]++;
        if (inWorkflow.length === 0 || inAudit.length === 0 || absorbed === 0) {
          counts.lost++;
          violations.push(
            `lost: ${where} (${record.result}) is in the workflow ${inWorkflow.length}×, the audit trail ${inAudit.length}×${step.into ? `, absorbed by ${step.into} ${absorbed}×` : ''}`,
          );
        } else if (inWorkflow.length === 1 && inAudit.length === 1) counts.found++;
        const last = record.attempts[record.attempts.length - 1]!.outcome;
        if (last.kind === 'ok' && inWorkflow.length === 1) {
          const entry = inWorkflow[0]!;
          if (last.version !== entry.seq || last.state !== entry.to) {
            counts.wrongAnswers++;
            violations.push(
              `wrong answer: ${where} answered v${last.version} ${last.state}, recorded as seq ${entry.seq} → ${entry.to}`,
            );
          }
        }
        break;
      }
      case 'refused':
        counts.refused++;
        if (inWorkflow.length > 0 || inAudit.length > 0) {
          counts.halfDone++;
          violations.push(`refused but applied: ${where} (${describeLast(record)})`);
        } else if (step.into && absorbed > 0) {
          counts.halfDone++;
          violations.push(`refused merge, yet ${step.into} absorbed ${step.number}`);
        }
        break;
      case 'unanswered':
        counts.unanswered++;
        if (inWorkflow.length > 0) counts.unansweredApplied++;
        break;
    }
  }

  for (const o of observed.values()) {
    // A step applied twice shows in the workflow, the audit trail or both: counted once.
    const copies = (entries: readonly Entry[]) => {
      const seen = new Map<string, number>();
      for (const e of entries) {
        const key = e.command === 'absorb' ? `absorb ${e.source}` : e.command;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      return seen;
    };
    const inWorkflow = copies(o.workflow?.entries ?? []);
    const inAudit = copies(o.audit);
    for (const command of new Set([...inWorkflow.keys(), ...inAudit.keys()])) {
      const w = inWorkflow.get(command) ?? 0;
      const a = inAudit.get(command) ?? 0;
      if (Math.max(w, a) > 1) {
        counts.duplicated += Math.max(w, a) - 1;
        violations.push(
          `duplicated: ${o.number} ${command}: ${w}× in the workflow, ${a}× in the audit trail`,
        );
      }
    }
    const asked = new Set<string>(
      records.filter((r) => r.step.number === o.number).map((r) => r.step.command),
    );
    for (const e of o.workflow?.entries ?? []) {
      const absorbAsked =
        e.command === 'absorb' &&
        records.some((r) => r.step.command === 'merge' && r.step.number === e.source);
      if (!asked.has(e.command) && !absorbAsked) {
        counts.unexpected++;
        violations.push(`unexpected: ${o.number} has ${e.command} that no client asked for`);
      }
    }
    if (converged) continue;
    const problems = disagreements(o);
    if (problems.length > 0) {
      counts.halfDone++;
      violations.push(`half-done: ${o.number}: ${problems.join('; ')}`);
    }
  }

  const nonServiceUnavailable = Object.entries(counts.serverErrors).filter(([s]) => s !== '503');
  for (const [status, n] of nonServiceUnavailable) {
    violations.push(`${n} answer(s) with HTTP ${status}: a fault must answer 503, not ${status}`);
  }
  if (counts.badServiceUnavailable > 0) {
    violations.push(`${counts.badServiceUnavailable} 503 answer(s) without Retry-After or title`);
  }
  if (counts.refused > 0) {
    const refusals = records
      .filter((r) => r.result === 'refused')
      .map((r) => `${r.step.number} ${r.step.command} (${describeLast(r)})`);
    violations.push(
      `${counts.refused} step(s) refused in a walk that should never be: ${refusals.join(', ')}`,
    );
  }
  return { counts, violations };
}

export function describeLast(record: StepRecord): string {
  const outcome = record.attempts[record.attempts.length - 1]?.outcome;
  if (!outcome) return 'not sent';
  switch (outcome.kind) {
    case 'ok':
      return `${outcome.status} v${outcome.version} ${outcome.state}`;
    case 'refused':
      return `${outcome.status} ${outcome.code ?? ''} ${outcome.detail ?? ''}`.trim();
    case 'server':
      return `${outcome.status} ${outcome.title ?? ''}: ${outcome.detail ?? ''}`;
    case 'none':
      return `no answer (${outcome.error})`;
  }
}
