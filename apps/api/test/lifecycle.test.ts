import { as, type TestActor } from './support/actors';
import { costBody, partyForm, reviewBody } from './support/forms';
import { startTestSystem, type TestSystem } from './support/test-system';

describe('an initiative through its whole lifecycle, over the API', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system.stop());

  it('goes from draft to the budget agreement, recording every step in the audit trail', async () => {
    const { http, initiativePath, roundId } = system;
    const party = as.party('Enhedslisten');

    const created = await http.post(
      `/rounds/${roundId}/initiatives`,
      { number: '4.2', ...partyForm('Enhedslisten') },
      party,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ number: '4.2', committee: 4, state: 'draft', version: 1 });
    expect(created.body.economy.total).toEqual({ '2026': 0.3, '2027': 0, '2028': 0, '2029': 0 });

    const edited = await http.put(
      initiativePath('4.2', 'draft'),
      partyForm('Enhedslisten', { title: 'Omsorgstopmøde' }),
      party,
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Omsorgstopmøde', state: 'draft', version: 2 });

    const steps: [string, object, TestActor, string][] = [
      ['submit', {}, party, 'submitted'],
      ['start-review', {}, as.administration, 'inReview'],
      ['complete-review', reviewBody, as.administration, 'inReview'],
      ['cost', costBody, as.administration, 'costed'],
      ['open-negotiation', { comment: 'Med i forhandlingen' }, as.coordinator, 'inNegotiation'],
      ['include', {}, as.coordinator, 'included'],
    ];
    for (const [action, body, actor, state] of steps) {
      const response = await http.post(initiativePath('4.2', action), body, actor);
      expect({ action, status: response.status, state: response.body.state }).toEqual({
        action,
        status: 200,
        state,
      });
    }

    const final = await http.get(initiativePath('4.2'), party).expect(200);
    expect(final.body).toMatchObject({
      state: 'included',
      stateLabel: 'Med i budgetaftalen',
      version: 8,
      review: {
        comments: reviewBody.comments,
        assessment: { conclusion: 'requiresFunding' },
        by: 'embedsmand',
      },
      costing: { economy: { otherOperations: { '2026': 0.3 } }, by: 'embedsmand' },
    });
    expect(
      final.body.history.map((h: { command: string; to: string; actor: { id: string } }) => [
        h.command,
        h.to,
        h.actor.id,
      ]),
    ).toEqual([
      ['create', 'draft', 'medlem-enhedslisten'],
      ['editDraft', 'draft', 'medlem-enhedslisten'],
      ['submit', 'submitted', 'medlem-enhedslisten'],
      ['startReview', 'inReview', 'embedsmand'],
      ['completeReview', 'inReview', 'embedsmand'],
      ['cost', 'costed', 'embedsmand'],
      ['openNegotiation', 'inNegotiation', 'koordinator'],
      ['include', 'included', 'koordinator'],
    ]);
    expect(final.body.history[6]).toMatchObject({ comment: 'Med i forhandlingen', from: 'costed' });
  });

  it('lists with filters and paging, and totals what is included exactly (0,1 + 0,2 = 0,3)', async () => {
    const { http, initiativePath, roundId } = system;
    const sf = as.party('Socialdemokratiet', 'SF');
    const joint = { kind: 'partyGroups', partyGroups: ['Socialdemokratiet', 'SF'] };
    const amounts: [string, number, object[]][] = [
      [
        '5.1',
        0.1,
        [
          { area: 'health', share: '1/3' },
          { area: 'regionalDevelopment', share: '2/3' },
        ],
      ],
      ['5.2', 0.2, [{ area: 'health', share: '1' }]],
    ];
    for (const [number, amount, financing] of amounts) {
      await http
        .post(
          `/rounds/${roundId}/initiatives`,
          {
            number,
            ...partyForm('SF', {
              submittedBy: joint,
              financing,
              economy: { otherOperations: { '2027': amount } },
            }),
          },
          sf,
        )
        .expect(201);
      await http.post(initiativePath(number, 'submit'), {}, sf).expect(200);
      await http.post(initiativePath(number, 'start-review'), {}, as.administration).expect(200);
      await http
        .post(initiativePath(number, 'complete-review'), reviewBody, as.administration)
        .expect(200);
      await http
        .post(
          initiativePath(number, 'cost'),
          { economy: { otherOperations: { '2027': amount } } },
          as.administration,
        )
        .expect(200);
      await http.post(initiativePath(number, 'open-negotiation'), {}, as.coordinator).expect(200);
      await http.post(initiativePath(number, 'include'), {}, as.coordinator).expect(200);
    }

    const bySf = await http
      .get(`/initiatives?round=${roundId}&party=SF`, as.coordinator)
      .expect(200);
    expect(bySf.body.items.map((i: { number: string }) => i.number)).toEqual(['5.1', '5.2']);
    const paged = await http
      .get(`/initiatives?round=${roundId}&pageSize=1&page=2`, as.coordinator)
      .expect(200);
    expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(paged.body.items.map((i: { number: string }) => i.number)).toEqual(['5.1']);
    const regional = await http
      .get(`/initiatives?round=${roundId}&financingArea=regionalDevelopment`, as.coordinator)
      .expect(200);
    expect(regional.body.items.map((i: { number: string }) => i.number)).toEqual(['5.1']);
    const committee5 = await http
      .get(`/initiatives?round=${roundId}&committee=5&state=included`, as.coordinator)
      .expect(200);
    expect(committee5.body.total).toBe(2);

    const totals = await http
      .get(`/initiatives/totals?round=${roundId}&committee=5&state=included`, as.coordinator)
      .expect(200);
    expect(totals.body.total).toEqual({ kroner: 300_000, mioKr: 0.3, formatted: '0,3 mio. kr.' });
    const year2027 = totals.body.years.find((y: { year: number }) => y.year === 2027);
    expect(year2027.areas).toEqual([
      {
        area: 'health',
        areaLabel: 'Sundhedskassen',
        kroner: 233_333,
        mioKr: 0.233333,
        formatted: '0,2 mio. kr.',
      },
      {
        area: 'regionalDevelopment',
        areaLabel: 'Den regionale udviklingskasse',
        kroner: 66_667,
        mioKr: 0.066667,
        formatted: '0,1 mio. kr.',
      },
    ]);
  });

  it('answers 400 with field-level messages for a bad body and leaves nothing behind', async () => {
    const { http, roundId } = system;
    const response = await http.post(
      `/rounds/${roundId}/initiatives`,
      {
        number: '4',
        ...partyForm('Enhedslisten', {
          economy: { otherOperations: { '2026': 0.25 } },
          financing: [{ area: 'health', share: 'meget' }],
        }),
      },
      as.party('Enhedslisten'),
    );
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'economy.otherOperations.2026',
      'financing.0.share',
      'number',
    ]);
    expect(
      response.body.errors.find((e: { field: string }) => e.field === 'number').message,
    ).toContain('fx 4.2');
    await http.get(`/rounds/${roundId}/initiatives/4`, as.party('Enhedslisten')).expect(404);
  });

  it('reports PostgreSQL and Temporal in its health check', async () => {
    const health = await system.http.get('/health').expect(200);
    expect(health.body).toEqual({ status: 'up', postgres: 'up', temporal: 'up' });
  });

  it('serves its OpenAPI document', async () => {
    const doc = await system.http.get('/docs/openapi.json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/rounds/{roundId}/initiatives/{number}/merge',
        '/api/initiatives/totals',
      ]),
    );
  });
});
