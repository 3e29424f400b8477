import { as } from './support/actors';
import { partyForm, reviewBody } from './support/forms';
import { startTestSystem, type TestSystem } from './support/test-system';

// The costing history: each costing of an initiative as a version, and where it departs from the
// party's own estimate, read by whoever may see the initiative.

const amount = (kroner: number, formatted: string) => ({
  kroner,
  mioKr: kroner / 1_000_000,
  formatted,
});

describe('the costing history over the API', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system.stop());

  const costings = (number: string) => `${system.initiativePath(number)}/costings`;

  async function submitted(number: string, party: string, economy: object) {
    const { http, roundId, initiativePath } = system;
    await http
      .post(
        `/rounds/${roundId}/initiatives`,
        { number, ...partyForm(party, { economy }) },
        as.party(party),
      )
      .expect(201);
    await http.post(initiativePath(number, 'submit'), {}, as.party(party)).expect(200);
  }

  it("shows the administration's costing as version 1, with its difference from the party's estimate", async () => {
    const { http, initiativePath } = system;
    await submitted('3.1', 'Enhedslisten', {
      salaries: { '2026': 1.2, '2027': 1.2 },
      otherOperations: { '2027': -0.3 },
      staffFte: { '2026': 2 },
    });
    await http.post(initiativePath('3.1', 'start-review'), {}, as.administration).expect(200);
    await http
      .post(initiativePath('3.1', 'complete-review'), reviewBody, as.administration)
      .expect(200);
    await http
      .post(
        initiativePath('3.1', 'cost'),
        {
          economy: {
            salaries: { '2026': 1.4, '2027': 1.4, '2028': 1.4 },
            otherOperations: { '2027': -0.5 },
            staffFte: { '2026': 2.5 },
          },
          comment: 'Lønnen følger overenskomsten',
        },
        as.administration,
      )
      .expect(200);

    // Another party group reads it as well as the one that put it forward.
    const { body } = await http.get(costings('3.1'), as.party('Venstre')).expect(200);
    expect(body.estimate).toMatchObject({
      salaries: { '2026': 1.2, '2027': 1.2 },
      total: { '2026': 1.2, '2027': 0.9, '2028': 0, '2029': 0 },
    });
    expect(body.versions).toHaveLength(1);
    const [version] = body.versions;
    expect(version).toMatchObject({
      version: 1,
      purpose: 'review',
      purposeLabel: 'Administrationens prisfastsættelse',
      economy: { salaries: { '2026': 1.4, '2027': 1.4, '2028': 1.4 } },
      financing: [{ area: 'health', share: '1' }],
      by: 'embedsmand',
      byName: 'embedsmand',
      comment: 'Lønnen følger overenskomsten',
    });
    expect(version.difference).toEqual({
      establishmentCosts: {},
      salaries: {
        '2026': amount(200_000, '0,2 mio. kr.'),
        '2027': amount(200_000, '0,2 mio. kr.'),
        '2028': amount(1_400_000, '1,4 mio. kr.'),
      },
      // A larger saving than the party's: a negative difference.
      otherOperations: { '2027': amount(-200_000, '-0,2 mio. kr.') },
      total: {
        '2026': amount(200_000, '0,2 mio. kr.'),
        '2027': amount(0, '0,0 mio. kr.'),
        '2028': amount(1_400_000, '1,4 mio. kr.'),
        '2029': amount(0, '0,0 mio. kr.'),
      },
      staffFte: { '2026': 0.5 },
      allYears: {
        establishmentCosts: {
          estimate: amount(0, '0,0 mio. kr.'),
          costing: amount(0, '0,0 mio. kr.'),
          difference: amount(0, '0,0 mio. kr.'),
        },
        salaries: {
          estimate: amount(2_400_000, '2,4 mio. kr.'),
          costing: amount(4_200_000, '4,2 mio. kr.'),
          difference: amount(1_800_000, '1,8 mio. kr.'),
        },
        otherOperations: {
          estimate: amount(-300_000, '-0,3 mio. kr.'),
          costing: amount(-500_000, '-0,5 mio. kr.'),
          difference: amount(-200_000, '-0,2 mio. kr.'),
        },
        total: {
          estimate: amount(2_100_000, '2,1 mio. kr.'),
          costing: amount(3_700_000, '3,7 mio. kr.'),
          difference: amount(1_600_000, '1,6 mio. kr.'),
        },
        staffFte: { estimate: 2, costing: 2.5, difference: 0.5 },
      },
    });

    // The version is the costing the initiative itself shows.
    const initiative = await http.get(initiativePath('3.1'), as.coordinator).expect(200);
    expect(version.at).toBe(initiative.body.costing.at);
    expect(version.economy).toEqual(initiative.body.costing.economy);
  });

  it("answers 404 for another party's draft, and the party itself sees no costing yet", async () => {
    const { http, roundId } = system;
    await http
      .post(`/rounds/${roundId}/initiatives`, { number: '3.2', ...partyForm('SF') }, as.party('SF'))
      .expect(201);

    for (const reader of [as.party('Venstre'), as.coordinator, as.administration]) {
      const refused = await http.get(costings('3.2'), reader).expect(404);
      expect(refused.body.detail).toBe(`Forslag 3.2 findes ikke i budgetrunden ${roundId}`);
    }
    const own = await http.get(costings('3.2'), as.party('SF')).expect(200);
    expect(own.body.versions).toEqual([]);
    await http.get(costings('3.99'), as.party('SF')).expect(404);
  });

  it('shows an initiative not yet costed with its estimate and no versions', async () => {
    await submitted('3.3', 'Venstre', { establishmentCosts: { '2026': 0.5 } });
    await system.http
      .post(system.initiativePath('3.3', 'start-review'), {}, as.administration)
      .expect(200);

    const { body } = await system.http.get(costings('3.3'), as.coordinator).expect(200);
    expect(body.versions).toEqual([]);
    expect(body.estimate.establishmentCosts).toEqual({ '2026': 0.5 });
  });
});
