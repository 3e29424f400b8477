import { demoPartyGroups, memberOf } from '../demo/people';
import { ApiClient } from './api-client';
import { inParallel, latencyOf, round, type Latency } from './stats';

// The write benchmark: initiatives taken through the whole lifecycle through the HTTP API, by
// concurrent clients, as the people of a round would: the party creates and submits, the
// administration reviews and costs, the coordinator opens the negotiation and ends it by
// including, rejecting or merging.

type Who = 'party' | 'administration' | 'coordinator';

export interface Transition {
  readonly action: string;
  readonly who: Who;
  readonly body: object;
}

/** The form of a benchmark initiative, as the API takes it. */
export const benchForm = (party: string, n: string) => ({
  title: `Benchmark-forslag ${n}`,
  submittedBy: { kind: 'partyGroups', partyGroups: [party] },
  purpose: 'Et forslag, som benchmarken fører gennem hele forløbet.',
  background: 'Målt for at kende prisen for arbejdsgangsmotoren.',
  economy: {
    salaries: { '2026': 1.2, '2027': 1.2 },
    otherOperations: { '2026': 0.3 },
    staffFte: { '2026': 2, '2027': 2 },
  },
  financing: [
    { area: 'health', share: '2/3' },
    { area: 'regionalDevelopment', share: '1/3' },
  ],
  agreementTextDraft: 'Partierne er enige om forslaget.',
});

/** Every step of one initiative, from its creation to its end. */
export function lifecyclePlan(
  number: string,
  party: string,
  end:
    { kind: 'include' } | { kind: 'reject' } | { kind: 'merge'; into: string } | { kind: 'open' },
): Transition[] {
  const steps: Transition[] = [
    { action: 'create', who: 'party', body: { number, ...benchForm(party, number) } },
    { action: 'submit', who: 'party', body: {} },
    { action: 'start-review', who: 'administration', body: {} },
    {
      action: 'complete-review',
      who: 'administration',
      body: {
        comments: 'Administrationen har gennemgået forslaget.',
        assessment: { conclusion: 'requiresFunding' },
      },
    },
    {
      action: 'cost',
      who: 'administration',
      body: {
        economy: { salaries: { '2026': 1.4, '2027': 1.4 }, otherOperations: { '2026': 0.3 } },
      },
    },
    { action: 'open-negotiation', who: 'coordinator', body: {} },
  ];
  if (end.kind === 'include') steps.push({ action: 'include', who: 'coordinator', body: {} });
  if (end.kind === 'reject') {
    steps.push({ action: 'reject', who: 'coordinator', body: { reason: 'Ikke prioriteret' } });
  }
  if (end.kind === 'merge') {
    steps.push({ action: 'merge', who: 'coordinator', body: { into: end.into } });
  }
  return steps;
}

export type Ending =
  { kind: 'include' } | { kind: 'reject' } | { kind: 'merge'; into: string } | { kind: 'open' };

/**
 * How a client's k-th initiative ends: its first stays open as the target of merges (and is
 * included last); then three in five are included, one merged into the first, one rejected.
 */
export function endingOf(k: number, target: string): Ending {
  if (k === 0) return { kind: 'open' };
  if (k % 5 === 3) return { kind: 'merge', into: target };
  if (k % 5 === 4) return { kind: 'reject' };
  return { kind: 'include' };
}

export interface LifecycleResult {
  initiatives: number;
  clients: number;
  transitions: number;
  errors: number;
  firstErrors: string[];
  seconds: number;
  transitionsPerSecond: number;
  latency: Latency;
  latencyByAction: Record<string, Latency>;
  /** From the answer until the list endpoint shows the new version, on a sample. */
  visibility: Latency & { visibleOnFirstRead: number };
  workflowIds: string[];
}

export interface People {
  tokenOf(personId: string): Promise<string>;
}

/** Runs the benchmark on a fresh round: `initiatives` initiatives by `clients` clients. */
export async function runLifecycles(
  apiUrl: string,
  people: People,
  roundId: string,
  initiatives: number,
  clients: number,
  sampleEvery = 10,
): Promise<LifecycleResult> {
  const clientOf = new Map<string, Promise<ApiClient>>();
  const as = (personId: string) => {
    let client = clientOf.get(personId);
    if (!client) {
      client = people.tokenOf(personId).then((token) => new ApiClient(apiUrl, token));
      clientOf.set(personId, client);
    }
    return client;
  };
  const parties = demoPartyGroups.map((group) => group.name);
  const personFor = (who: Who, party: string) =>
    who === 'party'
      ? memberOf([party]).id
      : who === 'administration'
        ? 'demo-administration'
        : 'demo-koordinator';

  // Each client walks its own committee's initiatives; its first stays open as merge target.
  const perClient = Array.from({ length: clients }, (_, c) =>
    Array.from({ length: Math.ceil((initiatives - c) / clients) }, (_, k) => `${c + 1}.${k + 1}`),
  );
  const latencies: number[] = [];
  const byAction: Record<string, number[]> = {};
  const visibility: number[] = [];
  let visibleOnFirstRead = 0;
  const errors: string[] = [];
  let sent = 0;

  const take = async (number: string, party: string, step: Transition) => {
    const client = await as(personFor(step.who, party));
    const path =
      step.action === 'create'
        ? `/rounds/${roundId}/initiatives`
        : `/rounds/${roundId}/initiatives/${number}/${step.action}`;
    const answer = await client.send('POST', path, step.body);
    sent++;
    if (answer.status >= 300) {
      errors.push(
        `${step.action} ${number}: HTTP ${answer.status} ${String(answer.json['detail'])}`,
      );
      return false;
    }
    latencies.push(answer.ms);
    (byAction[step.action] ??= []).push(answer.ms);
    if (sent % sampleEvery === 0) await timeUntilListed(client, number, answer.json);
    return true;
  };

  const timeUntilListed = async (
    client: ApiClient,
    number: string,
    shown: Record<string, unknown>,
  ) => {
    const answered = performance.now();
    const committee = number.split('.')[0];
    for (let attempt = 0; attempt < 2000; attempt++) {
      const readAt = performance.now();
      const list = await client.send(
        'GET',
        `/initiatives?round=${roundId}&committee=${committee}&state=${String(shown['state'])}&pageSize=100`,
      );
      const items = (list.json['items'] ?? []) as { number: string; version: number }[];
      if (
        items.some((item) => item.number === number && item.version >= Number(shown['version']))
      ) {
        visibility.push(readAt - answered);
        if (attempt === 0) visibleOnFirstRead++;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    errors.push(`${number} version ${String(shown['version'])} never showed in the list`);
  };

  const started = performance.now();
  await inParallel(perClient, clients, async (numbers, c) => {
    const target = numbers[0]!;
    const partyOf = (k: number) => parties[(c + k) % parties.length]!;
    for (const [k, number] of numbers.entries()) {
      for (const step of lifecyclePlan(number, partyOf(k), endingOf(k, target))) {
        if (!(await take(number, partyOf(k), step))) break;
      }
    }
    // The merge target, which absorbed others, is included last.
    await take(target, partyOf(0), { action: 'include', who: 'coordinator', body: {} });
  });
  const seconds = (performance.now() - started) / 1000;

  return {
    initiatives,
    clients,
    transitions: latencies.length,
    errors: errors.length,
    firstErrors: errors.slice(0, 5),
    seconds: round(seconds, 2),
    transitionsPerSecond: round(latencies.length / seconds),
    latency: latencyOf(latencies),
    latencyByAction: Object.fromEntries(
      Object.entries(byAction).map(([action, samples]) => [action, latencyOf(samples)]),
    ),
    visibility: { ...latencyOf(visibility), visibleOnFirstRead },
    workflowIds: perClient.flat().map((number) => `initiative/${roundId}/${number}`),
  };
}

/** Drafts only: many open workflows, for the worker's memory. */
export async function createDrafts(
  apiUrl: string,
  people: People,
  roundId: string,
  count: number,
  clients: number,
): Promise<{ created: number; errors: number }> {
  const parties = demoPartyGroups.map((group) => group.name);
  const tokens = await Promise.all(parties.map((party) => people.tokenOf(memberOf([party]).id)));
  let errors = 0;
  const numbers = Array.from({ length: count }, (_, i) => i);
  await inParallel(numbers, clients, async (i) => {
    const p = i % parties.length;
    const client = new ApiClient(apiUrl, tokens[p]!);
    const number = `${Math.floor(i / 900) + 1}.${(i % 900) + 1}`;
    // A request that never answers (a worker out of memory) counts as an error, not a crash.
    const answer = await client
      .send('POST', `/rounds/${roundId}/initiatives`, { number, ...benchForm(parties[p]!, number) })
      .catch(() => undefined);
    if (answer?.status !== 201) errors++;
  });
  return { created: count - errors, errors };
}
