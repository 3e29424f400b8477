import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { uniqueId } from '@budgetflow/testing';
import { rebuildReadModel } from '@budgetflow/worker';
import { as, type TestActor } from '../support/actors';
import { partyForm, reviewBody } from '../support/forms';
import { eventually, registerPeople } from '../support/people';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { createAndWalk } from '../support/walk';

// The read model is a projection of the workflows: emptied by hand, `budgetflow
// rebuild-read-model` writes it again from them, and the API answers as before, without
// telling anyone anything twice.

const root = resolve(__dirname, '..', '..', '..', '..');
const enhedslisten = as.party('Enhedslisten');
const venstre = as.party('Venstre');

const localDate = (offsetDays: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

/** Every table the workflows write; the rounds' projected columns are reset apart. */
const derivedTables = [
  'initiative',
  'initiative_amount',
  'initiative_estimate_amount',
  'audit_entry',
  'review_task',
  'budget_question',
  'agreement',
];

describe('rebuilding the read model from the workflows', () => {
  let system: TestSystem;
  let roundB: string;
  const bothRounds = () => [system.roundId, roundB];

  beforeAll(async () => {
    system = await startTestSystem();
    const { http, roundId, initiativePath } = system;
    await registerPeople(system, [
      ['koordinator', 'coordinator', []],
      ['embedsmand', 'administration', []],
      ['medlem-enhedslisten', 'partyGroupMember', ['Enhedslisten']],
      ['medlem-venstre', 'partyGroupMember', ['Venstre']],
    ]);
    await http
      .put(
        `/rounds/${roundId}/calendar`,
        {
          milestones: [
            {
              id: 'indsendelse',
              kind: 'submissionDeadline',
              title: 'Frist for budgetinitiativer',
              date: localDate(20),
              time: '12:00',
            },
            {
              id: 'spoergsmaal',
              kind: 'questionDeadline',
              title: 'Frist for budgetspørgsmål',
              date: localDate(30),
              time: '12:00',
            },
            {
              id: 'svar',
              kind: 'answerDeadline',
              title: 'Frist for svar på budgetspørgsmål',
              date: localDate(40),
              time: '12:00',
            },
          ],
        },
        as.coordinator,
      )
      .expect(200);

    // Round A: every kind of state, a costing that differs from the estimate, a merge, a
    // withdrawal, another party's draft, a late submission allowed, questions asked and answered.
    await createAndWalk(system, '4.1', 'draft', { title: 'Et udkast' });
    await createAndWalk(system, '4.2', 'submitted', { title: 'Medmenneskelig ledelse' });
    await createAndWalk(system, '4.3', 'reviewed', { title: 'Flere hænder' });
    await http
      .post(
        initiativePath('4.3', 'cost'),
        {
          economy: { otherOperations: { '2026': 0.5, '2027': 0.2 } },
          financing: [
            { area: 'health', share: '1/3' },
            { area: 'regionalDevelopment', share: '2/3' },
          ],
          comment: 'Dyrere end anslået',
        },
        as.administration,
      )
      .expect(200);
    await createAndWalk(system, '4.4', 'inNegotiation', { title: 'Bedre parkering' });
    await createAndWalk(system, '4.5', 'costed', { title: 'Omsorgstopmøde' });
    await http
      .post(initiativePath('4.5', 'merge'), { into: '4.2', comment: 'Samme sag' }, as.coordinator)
      .expect(200);
    await createAndWalk(system, '4.6', 'submitted', { title: 'Trukket tilbage' });
    await http
      .post(initiativePath('4.6', 'withdraw'), { reason: 'Vi trækker det' }, enhedslisten)
      .expect(200);
    await createAndWalk(system, '4.7', 'included', { title: 'Med i budgettet' });
    await http
      .post(
        `/rounds/${roundId}/initiatives`,
        { number: '4.8', ...partyForm('Venstre', { title: 'Venstres udkast' }) },
        venstre,
      )
      .expect(201);
    await http
      .post(
        `/rounds/${roundId}/late-submissions`,
        { number: '4.1', comment: 'Aftalt' },
        as.coordinator,
      )
      .expect(200);
    await http
      .post(
        `/rounds/${roundId}/questions`,
        { partyGroup: 'Enhedslisten', initiative: '4.2', text: 'Hvor mange ledere omfatter det?' },
        enhedslisten,
      )
      .expect(201);
    await http
      .post(
        `/rounds/${roundId}/questions`,
        { partyGroup: 'Venstre', text: 'Hvad koster en sengeplads?' },
        venstre,
      )
      .expect(201);
    await http
      .post(
        `/rounds/${roundId}/questions/1/answer`,
        { text: 'Omkring 40 ledere.' },
        as.administration,
      )
      .expect(200);

    // Round B: concluded by a budget agreement (one included with a share, one rejected).
    roundB = uniqueId('budget-b');
    await http
      .post(
        '/rounds',
        { id: roundB, name: 'Budget 2027-2030', firstYear: 2027, lastYear: 2030 },
        as.coordinator,
      )
      .expect(201);
    const inB = (number: string, action: string) =>
      `/rounds/${roundB}/initiatives/${number}/${action}`;
    for (const [number, steps] of [
      ['5.1', ['submit', 'start-review', 'complete-review', 'cost']],
      ['5.2', ['submit']],
    ] as const) {
      await http
        .post(
          `/rounds/${roundB}/initiatives`,
          {
            number,
            ...partyForm('Enhedslisten', { economy: { otherOperations: { '2027': 0.3 } } }),
          },
          enhedslisten,
        )
        .expect(201);
      for (const step of steps) {
        const body =
          step === 'complete-review'
            ? reviewBody
            : step === 'cost'
              ? { economy: { otherOperations: { '2027': 0.4 } } }
              : {};
        const actor = step === 'submit' ? enhedslisten : as.administration;
        await http.post(inB(number, step), body, actor).expect(200);
      }
    }
    const saved = await http
      .post(
        `/rounds/${roundB}/packages`,
        { name: 'Forligspakke A', items: [{ number: '5.1', adjustment: { share: '1/2' } }] },
        as.coordinator,
      )
      .expect(201);
    await http
      .post(`/rounds/${roundB}/agreement`, { packageId: saved.body.id, version: 1 }, as.coordinator)
      .expect(202);
    const concluded = await eventually(
      async () => (await http.get(`/rounds/${roundB}/agreement`, as.coordinator)).body,
      (body) => body?.state === 'concluded',
    );
    expect(concluded.state).toBe('concluded');
  }, 240_000);
  afterAll(() => system.stop());

  /** What the API answers about both rounds: pages, lists, totals, calendars, questions, trail. */
  async function answers() {
    const { http } = system;
    const read = async (path: string, actor: TestActor) => {
      const response = await http.get(path, actor);
      return { path, who: actor.id, status: response.status, body: response.body as unknown };
    };
    const numbers: Record<string, string[]> = {
      [system.roundId]: ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8'],
      [roundB]: ['5.1', '5.2'],
    };
    const all = [];
    for (const round of bothRounds()) {
      for (const actor of [as.coordinator, enhedslisten, venstre]) {
        all.push(await read(`/initiatives?round=${round}`, actor));
        all.push(await read(`/initiatives/totals?round=${round}`, actor));
        all.push(await read(`/initiatives/by-state?round=${round}`, actor));
        all.push(await read(`/rounds/${round}/support`, actor));
        for (const number of numbers[round]!) {
          all.push(await read(`/rounds/${round}/initiatives/${number}`, actor));
          all.push(await read(`/rounds/${round}/initiatives/${number}/costings`, actor));
        }
      }
      all.push(await read(`/rounds/${round}/calendar`, as.coordinator));
      all.push(await read(`/rounds/${round}/questions`, as.coordinator));
      all.push(await read(`/rounds/${round}/questions`, enhedslisten));
      all.push(await read(`/rounds/${round}/agreement`, as.coordinator));
      all.push(await read(`/audit?round=${round}&kind=steps&limit=200`, as.coordinator));
    }
    all.push(await read(`/rounds/${system.roundId}/questions/1`, enhedslisten));
    all.push(await read('/me/deadlines', as.administration));
    all.push(await read('/me/deadlines', enhedslisten));
    return all;
  }

  /** The rows themselves, in a stable order. */
  async function rows() {
    const dump: Record<string, unknown[]> = {};
    for (const table of [...derivedTables, 'round']) {
      dump[table] = await system.dataSource.query(
        `SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY to_jsonb(t)::text`,
      );
    }
    return dump;
  }

  const notificationCount = async () =>
    Number((await system.dataSource.query('SELECT count(*) AS n FROM notification'))[0].n);

  /** The worker writes some projections a moment after the answer (review tasks, the agreement). */
  async function settled() {
    let before = await answers();
    for (;;) {
      await new Promise((done) => setTimeout(done, 500));
      const after = await answers();
      if (JSON.stringify(after) === JSON.stringify(before)) return after;
      before = after;
    }
  }

  function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((done) => {
      execFile(
        process.execPath,
        ['-r', '@swc-node/register', 'apps/cli/src/main.ts', ...args],
        {
          cwd: root,
          timeout: 120_000,
          env: {
            ...process.env,
            DATABASE_URL: system.config.DATABASE_URL,
            TEMPORAL_ADDRESS: system.config.TEMPORAL_ADDRESS,
            TEMPORAL_NAMESPACE: system.config.TEMPORAL_NAMESPACE,
          },
        },
        (error, stdout, stderr) =>
          done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  }

  it('writes what was emptied by hand again, as the API answered it, and sends nothing again', async () => {
    const before = await settled();
    const notified = await notificationCount();
    // What is about to be rebuilt: the states, the questions, the review task, the agreement.
    const seen = (path: string, who = 'koordinator') =>
      before.find((answer) => answer.path === path && answer.who === who)?.body as {
        items: { number: string; state: string }[];
        counts: Record<string, number>;
      };
    expect(
      seen(`/initiatives?round=${system.roundId}`).items.map(({ number, state }) => [
        number,
        state,
      ]),
    ).toEqual([
      ['4.2', 'submitted'],
      ['4.3', 'costed'],
      ['4.4', 'inNegotiation'],
      ['4.5', 'merged'],
      ['4.6', 'withdrawn'],
      ['4.7', 'included'],
    ]);
    expect(seen(`/rounds/${system.roundId}/questions`).counts).toEqual({
      open: 1,
      answered: 1,
      overdue: 0,
    });
    expect(seen(`/rounds/${roundB}/agreement`)).toMatchObject({ state: 'concluded' });
    expect(JSON.stringify(seen('/me/deadlines', 'embedsmand'))).toContain('Medmenneskelig ledelse');

    // Visibility, which lists the initiatives to rebuild, catches up a moment after a start.
    await eventually(
      async () => {
        const listed = new Set<string>();
        for (const round of bothRounds()) {
          const query = `WorkflowType = 'initiativeWorkflow' AND WorkflowId STARTS_WITH 'initiative/${round}/'`;
          for await (const run of system.temporal.workflow.list({ query })) {
            listed.add(run.workflowId);
          }
        }
        return listed.size;
      },
      (listed) => listed === 10,
    );

    await system.dataSource.transaction(async (db) => {
      for (const table of derivedTables) await db.query(`DELETE FROM ${table}`);
      await db.query(
        `UPDATE round SET calendar = NULL, calendar_version = 0, late_submissions = '[]',
                          projection_version = 0`,
      );
    });
    const emptied = await system.http
      .get(`/initiatives?round=${system.roundId}`, as.coordinator)
      .expect(200);
    expect(emptied.body.items).toEqual([]);

    const run = await cli(['rebuild-read-model', '--round', system.roundId, '--round', roundB]);
    expect(run.stderr).not.toContain('Kunne ikke');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('10 forslag, 2 runder og 1 budgetaftale genopbygget');

    expect(await answers()).toEqual(before);
    expect(await notificationCount()).toBe(notified);
  }, 180_000);

  it('changes nothing when run again, and empties and writes the same with --truncate', async () => {
    const before = await answers();
    const stored = await rows();
    const notified = await notificationCount();

    const again = await rebuildReadModel(
      { dataSource: system.dataSource, temporal: system.temporal },
      { rounds: bothRounds() },
    );
    expect(again).toEqual({ rounds: 2, initiatives: 10, agreements: 1, failures: [] });
    expect(await rows()).toEqual(stored);

    const truncated = await rebuildReadModel(
      { dataSource: system.dataSource, temporal: system.temporal },
      { rounds: bothRounds(), truncate: true },
    );
    expect(truncated.failures).toEqual([]);
    expect(await answers()).toEqual(before);
    expect(await notificationCount()).toBe(notified);
  }, 120_000);
});
