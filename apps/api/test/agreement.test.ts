import { agreementWorkflow, agreementWorkflowId } from '@budgetflow/workflows';
import { uniqueId } from '@budgetflow/testing';
import { as } from './support/actors';
import { partyForm } from './support/forms';
import { eventually, registerPeople } from './support/people';
import { startTestSystem, type TestSystem } from './support/test-system';
import { createAndWalk } from './support/walk';

// The budget agreement over the API: previewed and concluded by the coordinators with a
// package version, carried out by its workflow, followed by everyone.

interface AgreementBody {
  state: string;
  progress: { planned: number; done: number; refused: number };
  steps: { number: string; command: string; result: string | null; message: string | null }[];
}

describe('the budget agreement over the API', () => {
  let system: TestSystem;
  let packageA: number;
  let packageB: number;
  const venstre = as.party('Venstre');

  beforeAll(async () => {
    system = await startTestSystem();
    const { http, roundId, initiativePath } = system;
    await registerPeople(system, [['medlem-enhedslisten', 'partyGroupMember', ['Enhedslisten']]]);
    // 4.1 and 4.2 are in the package; 4.3 and 4.4 are open outside it; 4.5 is Venstre's
    // draft, 4.6 withdrawn; 4.7 is in review, in package B only.
    await createAndWalk(system, '4.1', 'costed', { title: 'Omsorgstopmøde' });
    await createAndWalk(system, '4.2', 'inNegotiation', { title: 'Flere hænder' });
    await createAndWalk(system, '4.3', 'submitted', { title: 'Færre konsulenter' });
    await createAndWalk(system, '4.4', 'costed', { title: 'Bedre parkering' });
    await http
      .post(`/rounds/${roundId}/initiatives`, { number: '4.5', ...partyForm('Venstre') }, venstre)
      .expect(201);
    await createAndWalk(system, '4.6', 'submitted');
    await http
      .post(
        initiativePath('4.6', 'withdraw'),
        { reason: 'Vi trækker det' },
        as.party('Enhedslisten'),
      )
      .expect(200);
    await createAndWalk(system, '4.7', 'inReview');
    await http
      .put(
        `/rounds/${roundId}/frames`,
        { frames: [{ year: 2026, area: 'health', amount: 0.4 }] },
        as.coordinator,
      )
      .expect(200);
    const saved = async (name: string, items: object[]) =>
      (await http.post(`/rounds/${roundId}/packages`, { name, items }, as.coordinator).expect(201))
        .body.id as number;
    packageA = await saved('Forligspakke A', [
      { number: '4.1', adjustment: { share: '1/2', note: 'Halvdelen i første omgang' } },
      { number: '4.2' },
    ]);
    packageB = await saved('Forligspakke B', [{ number: '4.2' }, { number: '4.7' }]);
  });
  afterAll(() => system.stop());

  const agreementPath = () => `/rounds/${system.roundId}/agreement`;
  const state = async (number: string, reader = as.party('Enhedslisten')) =>
    (await system.http.get(system.initiativePath(number), reader).expect(200)).body.state;

  it('previews, initiative by initiative, what concluding with a package would do', async () => {
    const { body } = await system.http
      .get(`${agreementPath()}/preview?package=${packageA}`, as.coordinator)
      .expect(200);
    expect(body).toMatchObject({
      package: { id: packageA, version: 1, latestVersion: 1, name: 'Forligspakke A' },
      canConclude: true,
      problems: [],
      counts: { included: 2, rejected: 3, unchanged: 1, steps: 6 },
    });
    const rows = body.initiatives.map(
      (row: { number: string; outcome: string; steps: { command: string }[] }) => [
        row.number,
        row.outcome,
        row.steps.map((step) => step.command),
      ],
    );
    expect(rows).toEqual([
      ['4.1', 'included', ['openNegotiation', 'include']],
      ['4.2', 'included', ['include']],
      ['4.3', 'rejected', ['reject']],
      ['4.4', 'rejected', ['reject']],
      ['4.6', 'unchanged', []],
      ['4.7', 'rejected', ['reject']],
    ]);
    // Venstre's draft is neither named nor touched.
    expect(rows.map((row: string[]) => row[0])).not.toContain('4.5');
    const first = body.initiatives[0];
    expect(first).toMatchObject({
      title: 'Omsorgstopmøde',
      state: 'costed',
      stateLabel: 'Prisfastsat',
      inPackage: true,
      adjustment: { share: '1/2', note: 'Halvdelen i første omgang' },
      current: { total: { kroner: 300_000 } },
      agreed: { total: { kroner: 150_000, formatted: '0,2 mio. kr.' } },
    });
    expect(first.agreed.years[0]).toEqual({
      year: 2026,
      amount: { kroner: 150_000, mioKr: 0.15, formatted: '0,2 mio. kr.' },
    });
    expect(body.initiatives[2].steps[0].comment).toBe(
      'Ikke med i budgetaftalen (Forligspakke A, version 1)',
    );
    expect(body.totals.years[0]).toMatchObject({ year: 2026, total: { kroner: 450_000 } });
    const health = body.balance.areas.find((area: { area: string }) => area.area === 'health');
    expect(health.years[0]).toMatchObject({
      year: 2026,
      frame: { kroner: 400_000 },
      status: 'exceeded',
    });
  });

  it('lets only the coordinators preview and conclude, and says what stands in the way', async () => {
    const { http } = system;
    await http.get(`${agreementPath()}/preview?package=${packageA}`, venstre).expect(403);
    await http.post(agreementPath(), { packageId: packageA, version: 1 }, venstre).expect(403);
    await http.get(agreementPath(), venstre).expect(404);
    await http.get(`${agreementPath()}/preview?package=999`, as.coordinator).expect(404);

    const blocked = await http
      .post(agreementPath(), { packageId: packageB, version: 1 }, as.coordinator)
      .expect(409);
    expect(blocked.body).toMatchObject({
      code: 'agreementBlocked',
      errors: [
        {
          field: 'items.1.number',
          message: expect.stringMatching(/^Forslag 4\.7 er ikke prisfastsat endnu/),
        },
      ],
    });
    const unknown = await http
      .post(agreementPath(), { packageId: packageA, version: 7 }, as.coordinator)
      .expect(400);
    expect(unknown.body.errors).toEqual([
      { field: 'version', message: 'Pakken har ingen version 7' },
    ]);
    // Nothing was left behind: no agreement, no workflow.
    await http.get(agreementPath(), as.coordinator).expect(404);
    await expect(
      system.temporal.workflow.getHandle(agreementWorkflowId(system.roundId)).describe(),
    ).rejects.toThrow();
    // Nobody includes by hand with an agreed costing: only the agreement sends one.
    const byHand = await http
      .post(
        system.initiativePath('4.2', 'include'),
        { agreement: { economy: {}, financing: [] } },
        as.coordinator,
      )
      .expect(400);
    expect(await state('4.2')).toBe('inNegotiation');
    expect(byHand.body.errors).toBeDefined();
  });

  it('concludes the agreement: includes the package with its adjustments, rejects the rest, once', async () => {
    const { http, dataSource, roundId } = system;
    const started = await http
      .post(agreementPath(), { packageId: packageA, version: 1 }, as.coordinator)
      .set('Idempotency-Key', 'aftale-1')
      .expect(202);
    expect(started.body).toMatchObject({
      state: 'running',
      stateLabel: 'Budgetaftalen gennemføres',
      package: { id: packageA, version: 1, label: 'Forligspakke A, version 1' },
      startedBy: { id: 'koordinator' },
      progress: { planned: 6, done: 0 },
    });

    const concluded = await eventually(
      async () => (await http.get(agreementPath(), venstre).expect(200)).body as AgreementBody,
      (body) => body.state === 'concluded',
    );
    expect(concluded).toMatchObject({
      state: 'concluded',
      progress: { planned: 6, done: 6, refused: 0 },
    });
    expect(concluded.steps.map((step) => [step.number, step.command, step.result])).toEqual([
      ['4.1', 'openNegotiation', 'taken'],
      ['4.1', 'include', 'taken'],
      ['4.2', 'include', 'taken'],
      ['4.3', 'reject', 'taken'],
      ['4.4', 'reject', 'taken'],
      ['4.7', 'reject', 'taken'],
    ]);

    expect(await state('4.1')).toBe('included');
    expect(await state('4.2')).toBe('included');
    expect(await state('4.3')).toBe('rejected');
    expect(await state('4.4')).toBe('rejected');
    expect(await state('4.5', venstre)).toBe('draft');
    expect(await state('4.6')).toBe('withdrawn');
    expect(await state('4.7')).toBe('rejected');

    // The agreed share is the final costing: a version of its own, and what 4.1 counts now.
    const costings = await http
      .get(`${system.initiativePath('4.1')}/costings`, venstre)
      .expect(200);
    expect(
      costings.body.versions.map((v: { purpose: string; by: string }) => [v.purpose, v.by]),
    ).toEqual([
      ['review', 'embedsmand'],
      ['agreement', 'koordinator'],
    ]);
    expect(costings.body.versions[1]).toMatchObject({
      economy: { otherOperations: { '2026': 0.15 } },
      comment: 'Med i budgetaftalen (Forligspakke A, version 1): Halvdelen i første omgang',
    });
    const rejected = await http.get(system.initiativePath('4.3'), venstre).expect(200);
    expect(rejected.body.closingReason ?? rejected.body.history.at(-1).comment).toBe(
      'Ikke med i budgetaftalen (Forligspakke A, version 1)',
    );

    const steps: { number: string; command: string; n: number }[] = await dataSource.query(
      `SELECT number, command, count(*)::int AS n FROM audit_entry
       WHERE round_id = $1 AND command IN ('include', 'reject', 'openNegotiation')
       GROUP BY number, command ORDER BY number, command`,
      [roundId],
    );
    expect(steps.map(({ number, command, n }) => `${number} ${command} ×${n}`)).toEqual([
      '4.1 include ×1',
      '4.1 openNegotiation ×1',
      '4.2 include ×1',
      // By hand, before the agreement: it took 4.2 as it found it.
      '4.2 openNegotiation ×1',
      '4.3 reject ×1',
      '4.4 reject ×1',
      '4.7 reject ×1',
    ]);

    // The parties hear of it through each step, as of any step taken by a coordinator.
    const inbox = await eventually(
      async () =>
        (await http.get('/me/notifications?limit=50', as.party('Enhedslisten')).expect(200)).body,
      (body: { items: { subject: string }[] }) =>
        body.items.some((item) => item.subject.startsWith('Forslag 4.3')),
    );
    const subjects = inbox.items.map((item: { subject: string }) => item.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Forslag 4\.1 .*: Med i budgetaftalen$/),
        expect.stringMatching(/^Forslag 4\.3 .*: Afvist$/),
      ]),
    );

    // A retry of the same request answers as the first did; another request finds it concluded.
    const retried = await http
      .post(agreementPath(), { packageId: packageA, version: 1 }, as.coordinator)
      .set('Idempotency-Key', 'aftale-1')
      .expect(202);
    expect(retried.body.progress.done).toBe(0);
    // Had the answer been lost (the API killed after the start), the retry finds the workflow
    // its first attempt started and answers with how far it has come.
    await dataSource.query(
      "UPDATE idempotent_request SET status = NULL, body = NULL WHERE key = 'aftale-1'",
    );
    const resumed = await http
      .post(agreementPath(), { packageId: packageA, version: 1 }, as.coordinator)
      .set('Idempotency-Key', 'aftale-1')
      .expect(202);
    expect(resumed.body).toMatchObject({ state: 'concluded', progress: { done: 6 } });
    const again = await http
      .post(agreementPath(), { packageId: packageA, version: 1 }, as.coordinator)
      .expect(409);
    expect(again.body).toMatchObject({ code: 'agreementExists' });
    const preview = await http
      .get(`${agreementPath()}/preview?package=${packageA}`, as.coordinator)
      .expect(200);
    expect(preview.body.canConclude).toBe(false);
    expect(preview.body.problems).toEqual([
      {
        code: 'agreementExists',
        field: 'roundId',
        message: 'Budgetrunden har allerede en budgetaftale (Forligspakke A, version 1)',
      },
    ]);
  });

  it('records a step the initiative refuses as its outcome and carries on', async () => {
    // A round of its own, so that its agreement can be started by hand with a stale plan: the
    // party withdrew 1.2 after the plan was made, and a coordinator rejected 1.3 by hand.
    const { http, temporal } = system;
    const roundId = uniqueId('aftale');
    await http
      .post(
        '/rounds',
        { id: roundId, name: 'Budget 2027-2030', firstYear: 2027, lastYear: 2030 },
        as.coordinator,
      )
      .expect(201);
    const path = (number: string, action = '') =>
      `/rounds/${roundId}/initiatives/${number}${action ? `/${action}` : ''}`;
    const party = as.party('Enhedslisten');
    for (const number of ['1.1', '1.2', '1.3']) {
      await http
        .post(
          `/rounds/${roundId}/initiatives`,
          { number, ...partyForm('Enhedslisten', { economy: { otherOperations: { '2027': 1 } } }) },
          party,
        )
        .expect(201);
      await http.post(path(number, 'submit'), {}, party).expect(200);
    }
    await http.post(path('1.2', 'withdraw'), { reason: 'Trukket' }, party).expect(200);
    await http.post(path('1.3', 'reject'), { reason: 'Nej' }, as.coordinator).expect(200);
    const { id: packageId } = (
      await http
        .post(
          `/rounds/${roundId}/packages`,
          { name: 'P', items: [{ number: '1.1' }] },
          as.coordinator,
        )
        .expect(201)
    ).body;
    const reason = 'Ikke med i budgetaftalen (P, version 1)';
    const handle = await temporal.workflow.start(agreementWorkflow, {
      workflowId: agreementWorkflowId(roundId),
      taskQueue: system.config.TEMPORAL_TASK_QUEUE,
      args: [
        {
          roundId,
          package: { id: packageId, version: 1, name: 'P' },
          steps: [
            { number: '1.1', command: { type: 'reject', reason } },
            { number: '1.2', command: { type: 'reject', reason } },
            { number: '1.3', command: { type: 'reject', reason } },
          ],
          actor: { id: 'koordinator', role: 'coordinator', partyGroups: [] },
          startedAt: new Date().toISOString(),
        },
      ],
    });
    const result = await handle.result();
    expect(result.outcomes.map(({ number, result, message }) => [number, result, message])).toEqual(
      [
        ['1.1', 'taken', null],
        ['1.2', 'refused', 'Forslag 1.2 er trukket tilbage; det kan ikke afvises nu'],
        // Already where the step leads: done, not taken twice.
        ['1.3', 'alreadyTaken', null],
      ],
    );
    const { body } = await http.get(`/rounds/${roundId}/agreement`, party).expect(200);
    expect(body).toMatchObject({ state: 'concluded', progress: { done: 3, refused: 1 } });
    expect(body.steps[1]).toMatchObject({ result: 'refused', resultLabel: 'Ikke udført' });
  });
});
