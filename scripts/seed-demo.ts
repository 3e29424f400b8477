import {
  demoInitiatives,
  demoRound,
  type DemoInitiative,
  type DemoStep,
} from './demo/budget-2026-2029';
import { demoCalendar2025, nextDemoRound, nextRoundDrafts } from './demo/calendars';

/**
 * Loads the demo round through the API, so that every step goes through the real rules and
 * workflows. Idempotent: an initiative's recorded version says how many of its steps are done.
 */
const apiUrl = process.env['API_URL'] ?? 'http://127.0.0.1:3000/api';

const coordinator = { 'x-actor-id': 'demo-koordinator', 'x-actor-role': 'coordinator' };
const administration = { 'x-actor-id': 'demo-administration', 'x-actor-role': 'administration' };

function actorFor(
  initiative: Pick<DemoInitiative, 'partyGroups'>,
  step: DemoStep['as'] | 'create',
): Record<string, string> {
  if (step === 'coordinator') return coordinator;
  if (step === 'administration' || initiative.partyGroups.length === 0) return administration;
  return {
    'x-actor-id': `demo-${initiative.partyGroups[0]!.toLowerCase().replace(/\W+/g, '-')}`,
    'x-actor-role': 'partyGroupMember',
    'x-actor-party-groups': initiative.partyGroups.map(encodeURIComponent).join(','),
  };
}

async function call(
  method: string,
  path: string,
  body?: object,
  actor: Record<string, string> = {},
) {
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...actor },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const json = (await response.json()) as Record<string, unknown>;
  return { status: response.status, json };
}

async function expectOk(
  result: Promise<{ status: number; json: Record<string, unknown> }>,
  what: string,
) {
  const { status, json } = await result;
  if (status >= 300)
    throw new Error(`${what}: ${status} ${String(json['detail'] ?? JSON.stringify(json))}`);
  return json;
}

async function seedInitiative(initiative: DemoInitiative): Promise<string> {
  const path = `/rounds/${demoRound.id}/initiatives/${initiative.number}`;
  let current = await call('GET', path);
  if (current.status === 404) {
    await expectOk(
      call(
        'POST',
        `/rounds/${demoRound.id}/initiatives`,
        { number: initiative.number, ...initiative.form },
        actorFor(initiative, 'create'),
      ),
      `create ${initiative.number}`,
    );
    current = await call('GET', path);
  }
  const done = Number(current.json['version']) - 1;
  for (const step of initiative.steps.slice(done)) {
    await expectOk(
      call('POST', `${path}/${step.action}`, step.body ?? {}, actorFor(initiative, step.as)),
      `${step.action} ${initiative.number}`,
    );
  }
  const final = await expectOk(call('GET', path), `read ${initiative.number}`);
  return `${initiative.number} ${String(final['title'])}: ${String(final['stateLabel'])}`;
}

/** The people of the demo, in the directory, so that notifications and e-mails reach someone. */
const demoPeople = [
  { id: 'demo-koordinator', name: 'Karen Koordinator', role: 'coordinator', partyGroups: [] },
  {
    id: 'demo-administration',
    name: 'Anders Administration',
    role: 'administration',
    partyGroups: [],
  },
  ...[
    ['Enhedslisten', 'Emma Enhedslisten'],
    ['Socialdemokratiet', 'Søren Socialdemokrat'],
    ['SF', 'Sara SF'],
    ['Venstre', 'Villads Venstre'],
    ['Det Konservative Folkeparti', 'Karl Konservativ'],
    ['Dansk Folkeparti', 'Dorthe Dansk Folkeparti'],
  ].map(([party, name]) => ({
    id: `demo-${party!.toLowerCase().replace(/\W+/g, '-')}`,
    name: name!,
    role: 'partyGroupMember',
    partyGroups: [party!],
  })),
];

const systemAdministrator = { 'x-actor-id': 'demo-system', 'x-actor-role': 'systemAdministrator' };

async function main(): Promise<void> {
  for (const person of demoPeople) {
    const { id, ...fields } = person;
    await expectOk(
      call(
        'PUT',
        `/users/${id}`,
        { ...fields, email: `${id}@region.example` },
        systemAdministrator,
      ),
      `register ${id}`,
    );
  }
  await expectOk(call('POST', '/rounds', demoRound, coordinator), 'create the demo round');
  for (const initiative of demoInitiatives) console.log(`  ${await seedInitiative(initiative)}`);
  // The 2025 dates are entered after the proposals, as the demo's history is replayed today;
  // reminders whose time has passed are passed over, not sent.
  await expectOk(
    call('PUT', `/rounds/${demoRound.id}/calendar`, demoCalendar2025, coordinator),
    'the demo round calendar',
  );
  await expectOk(call('POST', '/rounds', nextDemoRound, coordinator), 'create the next round');
  for (const draft of nextRoundDrafts) {
    const path = `/rounds/${nextDemoRound.id}/initiatives`;
    if ((await call('GET', `${path}/${draft.number}`)).status !== 404) continue;
    await expectOk(
      call('POST', path, { number: draft.number, ...draft.form }, actorFor(draft, 'create')),
      `draft ${draft.number} of ${nextDemoRound.name}`,
    );
  }
  console.log(`  ${nextDemoRound.name}: ${nextRoundDrafts.length} kladder, frist 21. maj 2027`);
}

main().catch((error: unknown) => {
  console.error(
    `Demo data could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
