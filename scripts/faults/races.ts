import { randomUUID } from 'node:crypto';
import { attempt, type Attempt, type ClientOptions } from './client';
import { disagreements, type Observed } from './observe';
import { type Command, parties, reaches, type Step, stepsOf } from './steps';

// Two people take conflicting steps on the same initiative at the same moment: exactly one may
// win, the other must be refused with 409, and the initiative must show the winner alone.

export interface Race {
  readonly number: string;
  readonly contenders: readonly [Step, Step];
}

export interface RacePlan {
  /** Walks that bring the initiatives (and the merge targets) to where the races start. */
  readonly setup: Step[][];
  readonly races: Race[];
  readonly numbers: string[];
}

type Walk = Exclude<Command, 'create'>;
const toNegotiation: Walk[] = [
  'submit',
  'startReview',
  'completeReview',
  'cost',
  'openNegotiation',
];

/**
 * The conflicts, in turn: where they start, and two steps that cannot both be taken (each ends
 * the initiative, or the merge makes the other wait as busy). Most start from submitted, which
 * is quick to reach; two from negotiation, as the issue names them.
 */
const conflicts: { from: Walk[]; steps: [Walk, Walk] }[] = [
  { from: toNegotiation, steps: ['include', 'reject'] },
  { from: ['submit'], steps: ['withdraw', 'reject'] },
  { from: ['submit'], steps: ['merge', 'withdraw'] },
  { from: toNegotiation, steps: ['withdraw', 'include'] },
  { from: ['submit'], steps: ['merge', 'reject'] },
  { from: ['submit', 'startReview'], steps: ['withdraw', 'reject'] },
];

export function racePlan(roundId: string, count: number, mergeTargets = 4): RacePlan {
  const steps = stepsOf(roundId);
  const setup: Step[][] = [];
  const targets: string[] = [];
  for (let i = 0; i < mergeTargets; i++) {
    const target = `1.${i + 1}`;
    targets.push(target);
    setup.push([steps.create(target, parties[i % parties.length]!), steps.take(target, 'submit')]);
  }
  const races: Race[] = [];
  for (let i = 0; i < count; i++) {
    const number = `2.${i + 1}`;
    const conflict = conflicts[i % conflicts.length]!;
    setup.push([
      steps.create(number, parties[(i + Math.floor(i / conflicts.length)) % parties.length]!),
      ...conflict.from.map((command) => steps.take(number, command)),
    ]);
    const into = targets[i % targets.length];
    const [a, b] = conflict.steps.map((command) =>
      steps.take(number, command, command === 'merge' ? into : undefined),
    ) as [Step, Step];
    // Half the time the other one leaves first.
    races.push({
      number,
      contenders: Math.floor(i / conflicts.length) % 2 === 0 ? [a, b] : [b, a],
    });
  }
  return { setup, races, numbers: [...targets, ...races.map((race) => race.number)] };
}

export interface RaceOutcome {
  readonly race: Race;
  readonly answers: readonly [Attempt, Attempt];
}

/** Both steps of each race sent together; a few races at a time. */
export async function runRaces(
  races: readonly Race[],
  options: ClientOptions,
  concurrency: number,
): Promise<RaceOutcome[]> {
  const outcomes: RaceOutcome[] = [];
  const queue = [...races];
  const lane = async () => {
    for (let race = queue.shift(); race; race = queue.shift()) {
      const [a, b] = race.contenders;
      const answers = await Promise.all([
        attempt(options, a, randomUUID()),
        attempt(options, b, randomUUID()),
      ]);
      outcomes.push({ race, answers });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return outcomes;
}

export interface RaceCounts {
  races: number;
  oneWinner: number;
  bothWon: number;
  neitherWon: number;
  loserGot409: number;
  /** The loser's refusal codes (invalidState, busy). */
  loserCodes: Record<string, number>;
  serverErrors: number;
  otherAnswers: number;
  winners: Record<string, number>;
  /** The workflow, the audit trail and the read model show the winner and only the winner. */
  showWinnerOnly: number;
}

export function judgeRaces(
  outcomes: readonly RaceOutcome[],
  observed: Map<string, Observed>,
): { counts: RaceCounts; violations: string[] } {
  const counts: RaceCounts = {
    races: outcomes.length,
    oneWinner: 0,
    bothWon: 0,
    neitherWon: 0,
    loserGot409: 0,
    loserCodes: {},
    serverErrors: 0,
    otherAnswers: 0,
    winners: {},
    showWinnerOnly: 0,
  };
  const violations: string[] = [];
  for (const { race, answers } of outcomes) {
    const where = `${race.number} ${race.contenders[0].command} vs ${race.contenders[1].command}`;
    const won = answers.map((a) => a.outcome.kind === 'ok');
    for (const { outcome } of answers) {
      if (outcome.kind === 'server') {
        counts.serverErrors++;
        violations.push(`${where}: HTTP ${outcome.status} ${outcome.detail ?? ''}`);
      } else if (outcome.kind === 'none') {
        counts.otherAnswers++;
        violations.push(`${where}: no answer (${outcome.error})`);
      } else if (outcome.kind === 'refused' && outcome.status !== 409) {
        counts.otherAnswers++;
        violations.push(
          `${where}: HTTP ${outcome.status} ${outcome.code ?? ''} ${outcome.detail ?? ''}`,
        );
      }
    }
    if (won[0] && won[1]) {
      counts.bothWon++;
      violations.push(`${where}: both answered 2xx`);
      continue;
    }
    if (!won[0] && !won[1]) {
      counts.neitherWon++;
      violations.push(`${where}: neither answered 2xx`);
      continue;
    }
    counts.oneWinner++;
    const winner = race.contenders[won[0] ? 0 : 1];
    const loser = race.contenders[won[0] ? 1 : 0];
    const lost = answers[won[0] ? 1 : 0].outcome;
    if (lost.kind === 'refused' && lost.status === 409) {
      counts.loserGot409++;
      const code = lost.code ?? '(none)';
      counts.loserCodes[code] = (counts.loserCodes[code] ?? 0) + 1;
    }
    counts.winners[winner.command] = (counts.winners[winner.command] ?? 0) + 1;

    const problems = shows(observed, race, winner, loser);
    if (problems.length === 0) counts.showWinnerOnly++;
    else violations.push(`${where}: won by ${winner.command}, but ${problems.join('; ')}`);
  }
  return { counts, violations };
}

/** Whether the initiative (and a merge's target) holds the winner and nothing of the loser. */
function shows(observed: Map<string, Observed>, race: Race, winner: Step, loser: Step): string[] {
  const o = observed.get(race.number);
  if (!o?.workflow) return ['its workflow is gone'];
  const problems = disagreements(o);
  const count = (command: string) => ({
    workflow: o.workflow!.entries.filter((e) => e.command === command).length,
    audit: o.audit.filter((e) => e.command === command).length,
  });
  const w = count(winner.command);
  const l = count(loser.command);
  if (w.workflow !== 1 || w.audit !== 1) {
    problems.push(`the winner is in the workflow ${w.workflow}×, the audit trail ${w.audit}×`);
  }
  if (l.workflow !== 0 || l.audit !== 0) {
    problems.push(`the loser is in the workflow ${l.workflow}×, the audit trail ${l.audit}×`);
  }
  if (o.workflow.state !== reaches[winner.command] || o.readModel?.state !== o.workflow.state) {
    problems.push(`state ${o.workflow.state} (read model ${o.readModel?.state})`);
  }
  const merge = [winner, loser].find((step) => step.command === 'merge');
  if (merge?.into) {
    const target = observed.get(merge.into);
    const absorbed = (target?.workflow?.entries ?? []).filter(
      (e) => e.command === 'absorb' && e.source === race.number,
    ).length;
    const expected = winner === merge ? 1 : 0;
    if (absorbed !== expected) {
      problems.push(`${merge.into} absorbed it ${absorbed}×, expected ${expected}×`);
    }
  }
  return problems;
}
