import {
  type Actor,
  type Command,
  completeReviewSchema,
  costSchema,
  createInitiative,
  type Decision,
  type Initiative,
  initiativeFormSchema,
  transition,
} from '@budgetflow/domain';
import { createDataSource, ProjectionRepository } from '@budgetflow/persistence';
import autocannon from 'autocannon';
import { demoPartyGroups } from '../demo/people';
import { ApiClient } from './api-client';
import { benchForm, lifecyclePlan } from './lifecycle';
import { inParallel, round } from './stats';

// The read benchmark: many initiatives across many rounds in the read model, and the list
// (filters, paging) and totals endpoints under many concurrent clients. The initiatives are
// written as their workflows' activity writes them (ProjectionRepository, every step), which is
// what the endpoints read; starting 10,000 workflows would measure the writes again.

export interface ReadResult {
  initiatives: number;
  rounds: number;
  connections: number;
  seedSeconds: number;
  list: EndpointResult;
  totals: EndpointResult;
}

export interface EndpointResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

const people: Record<string, Actor> = {
  administration: { id: 'demo-administration', role: 'administration', partyGroups: [] },
  coordinator: { id: 'demo-koordinator', role: 'coordinator', partyGroups: [] },
};
const member = (party: string): Actor => ({
  id: `demo-${party.toLowerCase().replace(/\W+/g, '-')}`,
  role: 'partyGroupMember',
  partyGroups: [party],
});

const commandOf = (action: string, body: object): Command => {
  switch (action) {
    case 'submit':
      return { type: 'submit' };
    case 'start-review':
      return { type: 'startReview' };
    case 'complete-review':
      return { type: 'completeReview', ...completeReviewSchema.parse(body) };
    case 'cost': {
      const { financing, ...rest } = costSchema.parse(body);
      return { type: 'cost', ...rest, ...(financing ? { financing } : {}) };
    }
    case 'open-negotiation':
      return { type: 'openNegotiation' };
    case 'include':
      return { type: 'include' };
    default:
      return { type: 'reject', reason: 'Ikke prioriteret' };
  }
};

/** Writes `perRound` initiatives in each of `rounds` new rounds, in every state of the lifecycle. */
export async function seedReadModel(
  apiUrl: string,
  coordinatorToken: string,
  databaseUrl: string,
  rounds: number,
  perRound: number,
): Promise<{ roundIds: string[]; seconds: number }> {
  const started = performance.now();
  const coordinator = new ApiClient(apiUrl, coordinatorToken);
  const stamp = Date.now().toString(36);
  const roundIds = Array.from({ length: rounds }, (_, r) => `laes-${stamp}-${r + 1}`);
  for (const [r, id] of roundIds.entries()) {
    await coordinator.expect('POST', '/rounds', {
      id,
      name: `Læsebenchmark ${r + 1}`,
      firstYear: 2026,
      lastYear: 2029,
    });
  }
  const dataSource = await createDataSource(databaseUrl, { poolSize: 8 }).initialize();
  const projections = new ProjectionRepository(dataSource);
  const parties = demoPartyGroups.map((group) => group.name);
  const work = roundIds.flatMap((roundId) =>
    Array.from({ length: perRound }, (_, i) => ({ roundId, i })),
  );
  try {
    await inParallel(work, 8, async ({ roundId, i }) => {
      const number = `${(i % 10) + 1}.${Math.floor(i / 10) + 1}`;
      const party = parties[i % parties.length]!;
      const workflowId = `initiative/${roundId}/${number}`;
      const end = i % 3 === 0 ? { kind: 'reject' as const } : { kind: 'include' as const };
      const [, ...steps] = lifecyclePlan(number, party, end);
      const form = initiativeFormSchema.parse(benchForm(party, number));
      // Every state of the lifecycle is present: i % 8 steps after the creation.
      const at = new Date().toISOString();
      let decision: Decision = createInitiative(
        { roundId, number, years: [2026, 2027, 2028, 2029], form },
        member(party),
        at,
      );
      for (let step = 0; ; step++) {
        if (!decision.ok) throw new Error(`${workflowId}: ${decision.refusal.message}`);
        const initiative: Initiative = decision.initiative;
        await projections.recordTransition({ workflowId, initiative, record: decision.record });
        const next = steps[step];
        if (!next || step >= i % 8) break;
        const actor =
          next.who === 'party'
            ? member(party)
            : people[next.who === 'administration' ? 'administration' : 'coordinator']!;
        decision = transition(initiative, commandOf(next.action, next.body), actor, at);
      }
    });
  } finally {
    await dataSource.destroy();
  }
  return { roundIds, seconds: round((performance.now() - started) / 1000, 1) };
}

/** autocannon against a sequence of paths, each connection going round them. */
export async function load(
  apiUrl: string,
  token: string,
  paths: readonly string[],
  connections: number,
  seconds: number,
): Promise<EndpointResult> {
  const result = await autocannon({
    url: apiUrl.replace(/\/api$/, ''),
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests: paths.map((path) => ({ method: 'GET' as const, path: `/api${path}` })),
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Varied list queries: by round, state, party, area and committee, on several pages. */
export function listPaths(roundIds: readonly string[]): string[] {
  const states = ['submitted', 'inReview', 'costed', 'inNegotiation', 'included', 'rejected'];
  const parties = demoPartyGroups.map((group) => encodeURIComponent(group.name));
  return roundIds.flatMap((roundId, r) => [
    `/initiatives?round=${roundId}&page=${(r % 4) + 1}&pageSize=25`,
    `/initiatives?round=${roundId}&state=${states[r % states.length]}&pageSize=50`,
    `/initiatives?round=${roundId}&party=${parties[r % parties.length]}&page=2&pageSize=20`,
    `/initiatives?round=${roundId}&financingArea=health&committee=${(r % 10) + 1}`,
  ]);
}

export function totalsPaths(roundIds: readonly string[]): string[] {
  return roundIds.flatMap((roundId, r) => [
    `/initiatives/totals?round=${roundId}&state=included`,
    `/initiatives/totals?round=${roundId}`,
    `/initiatives/totals?round=${roundId}&financingArea=health&committee=${(r % 10) + 1}`,
  ]);
}
