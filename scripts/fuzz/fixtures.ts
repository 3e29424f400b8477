import type { System } from '../support/system';

// What the generated requests can reach: a round with a calendar, initiatives of two parties in
// the states of the lifecycle, the notifications their steps sent, calendar feeds, a person a
// system administrator may change. Made through the API, as people would make them.

export interface Fixtures {
  readonly roundId: string;
  readonly numbers: readonly string[];
  /** Per person: ids of their notifications, and the tokens of their calendar feeds. */
  readonly notificationIds: Readonly<Record<string, readonly string[]>>;
  readonly feedTokens: Readonly<Record<string, readonly string[]>>;
  readonly userIds: readonly string[];
  readonly partyGroups: readonly string[];
}

const member = 'demo-enhedslisten';
const otherParty = 'demo-venstre';

type Step = readonly [action: string, person: string, body: object];
const submit: Step = ['submit', member, {}];
const review: readonly Step[] = [
  ['start-review', 'demo-administration', {}],
  [
    'complete-review',
    'demo-administration',
    { comments: 'Forslaget kan gennemføres.', assessment: { conclusion: 'requiresFunding' } },
  ],
];

export async function makeFixtures(system: System, personas: readonly string[]): Promise<Fixtures> {
  const call = caller(system);
  const year = new Date().getFullYear() + 1;
  const roundId = `fuzz-${year}-${year + 3}`;
  await call('demo-koordinator', 'POST', '/rounds', {
    id: roundId,
    name: `Budget ${year}-${year + 3} (fuzz)`,
    firstYear: year,
    lastYear: year + 3,
    calendar: {
      milestones: [
        milestone('indsendelsesfrist', 'submissionDeadline', `${year}-04-23`, '12:00'),
        milestone('forhandling-start', 'negotiationStart', `${year}-08-25`, '09:00'),
        {
          ...milestone('regionsraadet-sep', 'meeting', `${year}-09-22`, '14:00'),
          meeting: { body: 'regionsraadet', agendaDeadlineWorkingDays: 5, adoptsBudget: true },
        },
      ],
    },
  });
  const economy = { otherOperations: { [String(year)]: 0.3 }, staffFte: { [String(year)]: 0.5 } };
  const form = (party: string, title: string) => ({
    title,
    submittedBy: { kind: 'partyGroups', partyGroups: [party] },
    purpose: 'Et forslag, som fuzz-testen bruger.',
    economy,
    financing: [
      { area: 'health', share: '1/3' },
      { area: 'social', share: '2/3' },
    ],
  });
  const cost: Step = ['cost', 'demo-administration', { economy }];
  const negotiate: Step = ['open-negotiation', 'demo-koordinator', {}];
  const initiatives: readonly [string, string, string, readonly Step[]][] = [
    ['1.1', member, 'Enhedslisten', []], // draft
    ['1.2', member, 'Enhedslisten', [submit]],
    ['1.3', member, 'Enhedslisten', [submit, review[0]!]], // in review
    ['1.4', member, 'Enhedslisten', [submit, ...review, cost]], // costed
    ['1.5', member, 'Enhedslisten', [submit, ...review, cost, negotiate]],
    ['1.6', member, 'Enhedslisten', [submit, ['withdraw', member, { reason: 'Trukket af fuzz' }]]],
    ['2.1', otherParty, 'Venstre', []], // another party's draft: not there for Enhedslisten
    ['2.2', otherParty, 'Venstre', [['submit', otherParty, {}]]],
  ];
  for (const [number, person, party, steps] of initiatives) {
    await call(person, 'POST', `/rounds/${roundId}/initiatives`, {
      number,
      ...form(party, `Fuzz-forslag ${number}`),
    });
    for (const [action, by, body] of steps) {
      await call(by, 'POST', `/rounds/${roundId}/initiatives/${number}/${action}`, body);
    }
  }
  await call('demo-system', 'PUT', '/users/fuzz-person', {
    name: 'Fie Fuzz',
    email: 'fuzz-person@region.example',
    role: 'partyGroupMember',
    partyGroups: ['Enhedslisten'],
  });
  const notificationIds: Record<string, string[]> = {};
  const feedTokens: Record<string, string[]> = {};
  for (const person of personas) {
    const inbox = (await call(person, 'GET', '/me/notifications?limit=100')) as {
      items: { id: string }[];
    };
    notificationIds[person] = inbox.items.map(({ id }) => id);
    const feeds = (await call(person, 'GET', '/me/calendar-feeds')) as {
      user: string;
      parties: { url: string }[];
    };
    feedTokens[person] = [feeds.user, ...feeds.parties.map(({ url }) => url)].map(
      (url) => /\/feeds\/([^/]+)\.ics$/.exec(url)![1]!,
    );
  }
  return {
    roundId,
    numbers: initiatives.map(([number]) => number),
    notificationIds,
    feedTokens,
    userIds: ['fuzz-person'],
    partyGroups: ['Enhedslisten', 'Venstre'],
  };
}

function milestone(id: string, kind: string, date: string, time: string) {
  return { id, kind, title: id, date, time };
}

function caller(system: System) {
  return async (person: string, method: string, path: string, body?: object) => {
    const response = await fetch(`${system.apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await system.tokenOf(person)}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`Fixture ${method} ${path} as ${person}: HTTP ${response.status} ${text}`);
    }
    return text ? (JSON.parse(text) as unknown) : null;
  };
}
