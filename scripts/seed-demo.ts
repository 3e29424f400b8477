import { join } from 'node:path';
import { defaultDataRoot } from '@budgetflow/local-stack';
import {
  demoInitiatives,
  demoRound,
  type DemoInitiative,
  type DemoStep,
} from './demo/budget-2026-2029';
import { demoCalendar2025, nextDemoRound, nextRoundDrafts } from './demo/calendars';
import { demoFrames } from './demo/frames';
import { memberOf, readDemoPasswords } from './demo/people';
import {
  type DemoPackage,
  type DemoPackageStance,
  demoPackageStances,
  demoPackages,
} from './demo/packages';
import { type DemoQuestion, demoQuestionMilestones, demoQuestions } from './demo/questions';
import { type DemoStance, demoSeats, demoStances } from './demo/support';

/**
 * Loads the demo round through the API, so that every step goes through the real rules and
 * workflows, each taken by a demo person signed in with their own password (the accounts are made
 * first, by scripts/demo/accounts.ts). Idempotent: an initiative's recorded version says how many
 * of its steps are done.
 */
const apiUrl = process.env['API_URL'] ?? 'http://127.0.0.1:3000/api';
const passwordsFile =
  process.env['DEMO_PASSWORDS_FILE'] ?? join(defaultDataRoot(), 'demo-passwords.json');
const passwords = readDemoPasswords(passwordsFile);

const coordinator = 'demo-koordinator';
const administration = 'demo-administration';

/** Who takes a step: the party's own member, the administration or the coordinator. */
function actorFor(
  initiative: Pick<DemoInitiative, 'partyGroups'>,
  step: DemoStep['as'] | 'create',
): string {
  if (step === 'coordinator') return coordinator;
  if (step === 'administration' || initiative.partyGroups.length === 0) return administration;
  return memberOf(initiative.partyGroups).id;
}

const tokens = new Map<string, Promise<string>>();

/** Signs a person in once, as a script does: a bearer token for the Authorization header. */
function tokenOf(personId: string): Promise<string> {
  let token = tokens.get(personId);
  if (!token) {
    const password = passwords[personId];
    if (!password) throw new Error(`No demo password for ${personId} in ${passwordsFile}`);
    token = expectOk(
      call('POST', '/auth/tokens', { login: personId, password }),
      `sign in as ${personId}`,
    ).then((json) => String(json['token']));
    tokens.set(personId, token);
  }
  return token;
}

async function call(method: string, path: string, body?: object, personId?: string) {
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(personId ? { authorization: `Bearer ${await tokenOf(personId)}` } : {}),
    },
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
  // The creator reads: a draft is visible to its own party (or the administration) only.
  const creator = actorFor(initiative, 'create');
  let current = await call('GET', path, undefined, creator);
  if (current.status === 404) {
    await expectOk(
      call(
        'POST',
        `/rounds/${demoRound.id}/initiatives`,
        { number: initiative.number, ...initiative.form },
        creator,
      ),
      `create ${initiative.number}`,
    );
    current = await call('GET', path, undefined, creator);
  }
  const done = Number(current.json['version']) - 1;
  for (const step of initiative.steps.slice(done)) {
    await expectOk(
      call('POST', `${path}/${step.action}`, step.body ?? {}, actorFor(initiative, step.as)),
      `${step.action} ${initiative.number}`,
    );
  }
  const final = await expectOk(call('GET', path, undefined, creator), `read ${initiative.number}`);
  return `${initiative.number} ${String(final['title'])}: ${String(final['stateLabel'])}`;
}

/**
 * The council's seats, unless the round has some, and the demo's stances, each unless its party
 * group has one recorded on the initiative: a restart keeps what people changed since.
 */
async function seedSupport(roundId: string, stances: readonly DemoStance[]): Promise<void> {
  const seats = await expectOk(
    call('GET', `/rounds/${roundId}/seats`, undefined, coordinator),
    'seats',
  );
  if (Number(seats['total']) === 0) {
    await expectOk(
      call('PUT', `/rounds/${roundId}/seats`, demoSeats, coordinator),
      `${roundId} seats`,
    );
  }
  const grid = await expectOk(
    call('GET', `/rounds/${roundId}/support`, undefined, coordinator),
    'support',
  );
  const rows = grid['initiatives'] as {
    number: string;
    stancesOpen: boolean;
    stances: { partyGroup: string; setBy: unknown }[];
  }[];
  const recorded = new Set(
    rows.flatMap((row) =>
      row.stances.filter((one) => one.setBy).map((one) => `${row.number}/${one.partyGroup}`),
    ),
  );
  // An initiative people have ended since (e.g. by concluding the agreement) takes no stances.
  const closed = new Set(rows.filter((row) => !row.stancesOpen).map((row) => row.number));
  for (const { number, partyGroup, stance, comment, as } of stances) {
    if (recorded.has(`${number}/${partyGroup}`) || closed.has(number)) continue;
    await expectOk(
      call(
        'PUT',
        `/rounds/${roundId}/initiatives/${number}/stances/${encodeURIComponent(partyGroup)}`,
        { stance, ...(comment ? { comment } : {}) },
        as === 'coordinator' ? coordinator : memberOf([partyGroup]).id,
      ),
      `the stance of ${partyGroup} on ${number}`,
    );
  }
}

/** The demo's packages, each unless the round has one of its name (people may have changed it). */
async function seedPackages(roundId: string, packages: readonly DemoPackage[]): Promise<void> {
  const path = `/rounds/${roundId}/packages`;
  const existing = await expectOk(call('GET', path, undefined, coordinator), 'packages');
  const names = new Set((existing['packages'] as { name: string }[]).map((one) => one.name));
  for (const { name, versions } of packages) {
    if (names.has(name)) continue;
    const [first, ...later] = versions;
    if (!first) continue;
    const created = await expectOk(
      call('POST', path, { name, ...first }, coordinator),
      `the package ${name}`,
    );
    for (const version of later) {
      await expectOk(
        call('PUT', `${path}/${String(created['id'])}`, { name, ...version }, coordinator),
        `the package ${name}`,
      );
    }
  }
}

/**
 * The demo's stances on its packages, each unless its party group has one recorded on the
 * package (by name: people may have added packages): a restart keeps what people changed since.
 */
async function seedPackageStances(
  roundId: string,
  stances: readonly DemoPackageStance[],
): Promise<void> {
  const path = `/rounds/${roundId}/packages`;
  const list = await expectOk(call('GET', path, undefined, coordinator), 'packages');
  for (const { id, name } of list['packages'] as { id: number; name: string }[]) {
    const wanted = stances.filter((one) => one.packageName === name);
    if (wanted.length === 0) continue;
    const read = await expectOk(call('GET', `${path}/${id}`, undefined, coordinator), name);
    const backing = read['backing'] as { stances: { partyGroup: string; setBy: unknown }[] };
    const recorded = new Set(
      backing.stances.filter((one) => one.setBy).map((one) => one.partyGroup),
    );
    for (const { partyGroup, stance, comment, as } of wanted) {
      if (recorded.has(partyGroup)) continue;
      await expectOk(
        call(
          'PUT',
          `${path}/${id}/stances/${encodeURIComponent(partyGroup)}`,
          { stance, ...(comment ? { comment } : {}) },
          as === 'coordinator' ? coordinator : memberOf([partyGroup]).id,
        ),
        `the stance of ${partyGroup} on ${name}`,
      );
    }
  }
}

/**
 * Fair publication in the demo: the round holds the administration's work back and has released
 * what the demo's history holds, once; a restart leaves a round whose publication people set.
 */
async function seedPublication(roundId: string, release: boolean): Promise<void> {
  const path = `/rounds/${roundId}/publication`;
  const publication = await expectOk(call('GET', path, undefined, coordinator), 'publication');
  if (publication['holdBack'] || (publication['releases'] as unknown[]).length > 0) return;
  await expectOk(call('PUT', path, { holdBack: true }, coordinator), `${roundId} publication`);
  if (release) {
    await expectOk(call('POST', `${path}/releases`, {}, coordinator), `${roundId} release`);
  }
}

/**
 * The demo's budget questions, asked before the round's 2025 question deadline is entered (so
 * only while the round has none yet), and the demo's answers to those still open. A restart
 * keeps what people asked and answered since.
 */
async function seedQuestions(roundId: string, questions: readonly DemoQuestion[]): Promise<void> {
  const path = `/rounds/${roundId}/questions`;
  const listed = async () =>
    (await expectOk(call('GET', path, undefined, coordinator), 'questions'))['items'] as {
      number: number;
      text: string;
      state: string;
    }[];
  if ((await listed()).length === 0) {
    for (const { partyGroup, initiative, text, as } of questions) {
      await expectOk(
        call(
          'POST',
          path,
          { partyGroup, ...(initiative ? { initiative } : {}), text },
          as === 'coordinator' ? coordinator : memberOf([partyGroup]).id,
        ),
        `the question of ${partyGroup}`,
      );
    }
  }
  const asked = await listed();
  for (const { text, answer } of questions) {
    const question = asked.find((one) => one.text === text);
    if (!answer || !question || question.state === 'answered') continue;
    await expectOk(
      call('POST', `${path}/${question.number}/answer`, { text: answer }, administration),
      `the answer to question ${question.number}`,
    );
  }
}

async function main(): Promise<void> {
  await expectOk(call('POST', '/rounds', demoRound, coordinator), 'create the demo round');
  for (const initiative of demoInitiatives) console.log(`  ${await seedInitiative(initiative)}`);
  await seedQuestions(demoRound.id, demoQuestions);
  // The 2025 dates are entered after the proposals and questions, as the demo's history is
  // replayed today; reminders whose time has passed are passed over, not sent.
  await expectOk(
    call(
      'PUT',
      `/rounds/${demoRound.id}/calendar`,
      {
        ...demoCalendar2025,
        milestones: [...demoCalendar2025.milestones, ...demoQuestionMilestones],
      },
      coordinator,
    ),
    'the demo round calendar',
  );
  await expectOk(
    call('PUT', `/rounds/${demoRound.id}/frames`, demoFrames(demoRound), coordinator),
    'the demo round frames',
  );
  await seedPackages(demoRound.id, demoPackages);
  await seedSupport(demoRound.id, demoStances);
  await seedPackageStances(demoRound.id, demoPackageStances);
  await seedPublication(demoRound.id, true);
  await expectOk(call('POST', '/rounds', nextDemoRound, coordinator), 'create the next round');
  for (const draft of nextRoundDrafts) {
    const path = `/rounds/${nextDemoRound.id}/initiatives`;
    const creator = actorFor(draft, 'create');
    if ((await call('GET', `${path}/${draft.number}`, undefined, creator)).status !== 404) continue;
    await expectOk(
      call('POST', path, { number: draft.number, ...draft.form }, creator),
      `draft ${draft.number} of ${nextDemoRound.name}`,
    );
  }
  await expectOk(
    call('PUT', `/rounds/${nextDemoRound.id}/frames`, demoFrames(nextDemoRound), coordinator),
    'the next round frames',
  );
  await seedSupport(nextDemoRound.id, []);
  await seedPublication(nextDemoRound.id, false);
  console.log(`  ${nextDemoRound.name}: ${nextRoundDrafts.length} kladder, frist 21. maj 2027`);
}

main().catch((error: unknown) => {
  console.error(
    `Demo data could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
