import { as, type TestActor } from './support/actors';
import { costBody, partyForm } from './support/forms';
import { recorded } from './support/recorded';
import { startTestSystem, type TestSystem } from './support/test-system';

/**
 * Every lifecycle rule, broken once over the API: refused with the rule's reason (409, or 403 for
 * the wrong role, 404 for a draft the actor may not see), and nothing recorded: not in the read
 * model, the audit trail or the workflow's history (a rejected Update leaves no event).
 */
describe('refused transitions', () => {
  let system: TestSystem;
  const party = as.party('Enhedslisten');

  beforeAll(async () => {
    system = await startTestSystem();
    const { http, initiativePath, roundId } = system;
    const create = (number: string, overrides = {}) =>
      http
        .post(
          `/rounds/${roundId}/initiatives`,
          { number, ...partyForm('Enhedslisten', overrides) },
          party,
        )
        .expect(201);
    const step = (number: string, action: string, body: object, actor: TestActor) =>
      http.post(initiativePath(number, action), body, actor).expect(200);

    await create('1.1'); // stays a draft
    await create('1.2', { purpose: '' }); // a draft that cannot be submitted
    await create('1.3');
    await step('1.3', 'submit', {}, party); // submitted
    await create('1.4');
    await step('1.4', 'submit', {}, party);
    await step('1.4', 'start-review', {}, as.administration); // in review, no comments yet
    await create('1.5');
    await step('1.5', 'submit', {}, party);
    await step('1.5', 'start-review', {}, as.administration);
    await step(
      '1.5',
      'complete-review',
      { comments: 'Kan løftes i driften', assessment: { conclusion: 'withinExistingFrame' } },
      as.administration,
    );
    await create('1.6');
    await step('1.6', 'withdraw', { reason: 'Indgår i et fælles forslag' }, party); // terminal
    await http // the administration's own draft: only the administration sees it
      .post(
        `/rounds/${roundId}/initiatives`,
        {
          number: '1.7',
          ...partyForm('Enhedslisten', { submittedBy: { kind: 'administration' } }),
        },
        as.administration,
      )
      .expect(201);
  });
  afterAll(() => system.stop());

  const cases: {
    rule: string;
    number: string;
    action: string;
    body: object;
    actor: () => TestActor;
    /** Who reads the initiative before and after: its submitters unless told. */
    reader?: () => TestActor;
    status: number;
    code: string;
    reason: RegExp;
  }[] = [
    {
      rule: 'a step from the wrong state',
      number: '1.3',
      action: 'include',
      body: {},
      actor: () => as.coordinator,
      status: 409,
      code: 'invalidState',
      reason: /Forslag 1.3 er indsendt; det kan ikke optages i budgetaftalen nu/,
    },
    {
      rule: 'review before submission',
      number: '1.7',
      action: 'start-review',
      body: {},
      actor: () => as.administration,
      reader: () => as.administration,
      status: 409,
      code: 'invalidState',
      reason: /Forslag 1.7 er kladde; det kan ikke tages under administrativ behandling/,
    },
    {
      // Another party's draft is not there for them: they cannot submit what they cannot see.
      rule: 'only the submitter submits',
      number: '1.1',
      action: 'submit',
      body: {},
      actor: () => as.party('Venstre'),
      status: 404,
      code: '',
      reason: /^Forslag 1.1 findes ikke i budgetrunden/,
    },
    {
      // Refused by the role before the initiative is asked (libs/domain's operation table).
      rule: 'only the administration reviews',
      number: '1.3',
      action: 'start-review',
      body: {},
      actor: () => as.coordinator,
      status: 403,
      code: 'forbidden',
      reason: /^Din rolle giver ikke adgang til dette$/,
    },
    {
      rule: 'only coordinators include',
      number: '1.3',
      action: 'reject',
      body: { reason: 'Nej' },
      actor: () => as.administration,
      status: 403,
      code: 'forbidden',
      reason: /^Din rolle giver ikke adgang til dette$/,
    },
    {
      rule: 'submission needs the purpose',
      number: '1.2',
      action: 'submit',
      body: {},
      actor: () => party,
      status: 409,
      code: 'invalidData',
      reason: /Formål og indhold skal udfyldes/,
    },
    {
      rule: 'editing a draft only while it is a draft',
      number: '1.3',
      action: 'draft',
      body: partyForm('Enhedslisten'),
      actor: () => party,
      status: 409,
      code: 'invalidState',
      reason: /kan ikke redigeres/,
    },
    {
      rule: 'costing needs the review first',
      number: '1.4',
      action: 'cost',
      body: costBody,
      actor: () => as.administration,
      status: 409,
      code: 'invalidData',
      reason: /før administrationens bemærkninger er afgivet/,
    },
    {
      rule: 'within the existing frame means no new money',
      number: '1.5',
      action: 'cost',
      body: costBody,
      actor: () => as.administration,
      status: 409,
      code: 'invalidData',
      reason: /eksisterende økonomiske ramme/,
    },
    {
      rule: 'costing years must be the round’s',
      number: '1.5',
      action: 'cost',
      body: { economy: { otherOperations: { '2031': 0 } } },
      actor: () => as.administration,
      status: 409,
      code: 'invalidData',
      reason: /uden for budgetrunden \(2031\)/,
    },
    {
      rule: 'negotiation only once costed',
      number: '1.4',
      action: 'open-negotiation',
      body: {},
      actor: () => as.coordinator,
      status: 409,
      code: 'invalidState',
      reason: /kan ikke sendes til forhandling/,
    },
    {
      rule: 'a merge needs another initiative as target',
      number: '1.3',
      action: 'merge',
      body: { into: '1.3' },
      actor: () => as.coordinator,
      status: 409,
      code: 'invalidMergeTarget',
      reason: /kan ikke indarbejdes i sig selv/,
    },
    {
      // A party's draft is its own business: the coordinators, who merge, do not see it.
      rule: 'a draft cannot be merged',
      number: '1.1',
      action: 'merge',
      body: { into: '1.3' },
      actor: () => as.coordinator,
      status: 404,
      code: '',
      reason: /^Forslag 1.1 findes ikke i budgetrunden/,
    },
    {
      rule: 'nothing happens after the end',
      number: '1.6',
      action: 'withdraw',
      body: { reason: 'Igen' },
      actor: () => party,
      status: 409,
      code: 'invalidState',
      reason: /er trukket tilbage/,
    },
    {
      rule: 'only the submitter withdraws',
      number: '1.3',
      action: 'withdraw',
      body: { reason: 'Ikke vores' },
      actor: () => as.party('Venstre'),
      status: 403,
      code: 'forbidden',
      reason: /Kun forslagsstilleren kan trække forslag 1.3 tilbage/,
    },
    {
      rule: 'the review needs the administration’s comments',
      number: '1.4',
      action: 'complete-review',
      body: { comments: '   ', assessment: { conclusion: 'requiresFunding' } },
      actor: () => as.administration,
      status: 400,
      code: '',
      reason: /Administrationens bemærkninger skal udfyldes/,
    },
    {
      rule: 'rejection needs a reason',
      number: '1.3',
      action: 'reject',
      body: {},
      actor: () => as.coordinator,
      status: 400,
      code: '',
      reason: /Der skal angives en begrundelse/,
    },
    {
      rule: 'withdrawal needs a reason',
      number: '1.3',
      action: 'withdraw',
      body: { reason: '' },
      actor: () => party,
      status: 400,
      code: '',
      reason: /Der skal angives en begrundelse/,
    },
  ];

  it.each(cases)(
    '$rule: answered $status and nothing recorded',
    async ({ number, action, body, actor, reader = () => party, status, code, reason }) => {
      const before = await recorded(system, number, reader());
      const path = system.initiativePath(number, action);
      const response =
        action === 'draft'
          ? await system.http.put(path, body, actor())
          : await system.http.post(path, body, actor());

      expect(response.status).toBe(status);
      expect(response.body.detail).toMatch(reason);
      if (code) expect(response.body.code).toBe(code);
      const after = await recorded(system, number, reader());
      expect(after).toEqual(before);
      expect(after.acceptedUpdates).toBe(after.version);
      expect(after.rejectedUpdates).toBe(0);
    },
  );

  it('answers 404 for an unknown initiative or round, and 409 for a number already used', async () => {
    const { http, initiativePath, roundId } = system;
    await http.post(initiativePath('9.9', 'submit'), {}, party).expect(404);
    await http.get(initiativePath('9.9'), party).expect(404);
    const unknownRound = await http.post(
      '/rounds/budget-1999-2002/initiatives',
      { number: '1.1', ...partyForm('Enhedslisten') },
      party,
    );
    expect(unknownRound.status).toBe(404);
    expect(unknownRound.body.detail).toContain('budget-1999-2002');

    const before = await recorded(system, '1.3');
    const duplicate = await http.post(
      `/rounds/${roundId}/initiatives`,
      { number: '1.3', ...partyForm('Enhedslisten', { title: 'Noget andet' }) },
      party,
    );
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.detail).toBe(
      'Forslag 1.3 findes allerede i budgetrunden Budget 2026-2029',
    );
    expect(await recorded(system, '1.3')).toEqual(before);
  });

  it('lets only coordinators open a round, creating nothing otherwise', async () => {
    const round = {
      id: `${system.roundId}-x`,
      name: 'Budget 2027-2030',
      firstYear: 2027,
      lastYear: 2030,
    };
    const refused = await system.http.post('/rounds', round, as.administration);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      code: 'forbidden',
      detail: 'Din rolle giver ikke adgang til dette',
    });
    await system.http.get(`/rounds/${round.id}`, as.coordinator).expect(404);
  });

  it('refuses a command without a session, whatever the request says about who sends it', async () => {
    const path = system.initiativePath('1.3', 'start-review');
    const before = await recorded(system, '1.3');
    const anonymous = await system.http.post(path, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ status: 401, code: 'unauthenticated' });
    const claiming = await system.http
      .post(path, {})
      .set({ 'x-actor-id': 'embedsmand', 'x-actor-role': 'administration' });
    expect(claiming.status).toBe(401);
    const forged = await system.http.post(path, {}).set('authorization', 'Bearer forfalsket');
    expect(forged.status).toBe(401);
    expect(await recorded(system, '1.3')).toEqual(before);
  });

  it('refuses a draft whose financing shares do not sum to exactly 1', async () => {
    const response = await system.http.post(
      `/rounds/${system.roundId}/initiatives`,
      {
        number: '1.9',
        ...partyForm('Enhedslisten', {
          financing: [
            { area: 'health', share: '1/3' },
            { area: 'social', share: '1/3' },
          ],
        }),
      },
      party,
    );
    expect(response.status).toBe(409);
    expect(response.body.detail).toContain('tilsammen give præcis 1 (de giver 2/3)');
    await system.http.get(system.initiativePath('1.9'), party).expect(404);
  });
});
