import { organisation } from '@budgetflow/domain';
import { as } from './support/actors';
import { partyForm } from './support/forms';
import { startTestSystem, type TestSystem } from './support/test-system';

// Support and majority over the API: the council's seats per round, the party groups' stances on
// initiatives (a member for their own group, a coordinator for any), and the support grid that
// tells whether the supporters hold a majority.

/** A party group's short name: the organisation's configuration gives the council's groups. */
function shortName(partyGroup: string): string {
  const configured = organisation.partyGroups.find((group) => group.name === partyGroup);
  if (!configured) throw new Error(`${partyGroup} is not among the configured party groups`);
  return configured.shortName;
}

/** An illustrative council of 41 seats, as a region's. */
const council = [
  { partyGroup: 'Socialdemokratiet', seats: 12 },
  { partyGroup: 'Det Konservative Folkeparti', seats: 10 },
  { partyGroup: 'Enhedslisten', seats: 6 },
  { partyGroup: 'SF', seats: 6 },
  { partyGroup: 'Venstre', seats: 5 },
  { partyGroup: 'Dansk Folkeparti', seats: 2 },
];

interface GridRow {
  number: string;
  state: string;
  stancesOpen: boolean;
  stances: { partyGroup: string; stance: string; setBy: { id: string } | null }[];
  majority: { supporting: number; hasMajority: boolean; label: string };
}

describe('support and majority over the API', () => {
  let system: TestSystem;
  const stancePath = (number: string, partyGroup: string) =>
    `/rounds/${system.roundId}/initiatives/${number}/stances/${encodeURIComponent(partyGroup)}`;
  const seatsPath = () => `/rounds/${system.roundId}/seats`;

  beforeAll(async () => {
    system = await startTestSystem();
    // Party groups exist once one of their members is in the directory.
    for (const { partyGroup } of council) await system.register(as.party(partyGroup));
  });
  afterAll(() => system.stop());

  async function submitted(number: string, party: string) {
    await system.http
      .post(
        `/rounds/${system.roundId}/initiatives`,
        { number, ...partyForm(party) },
        as.party(party),
      )
      .expect(201);
    await system.http
      .post(system.initiativePath(number, 'submit'), {}, as.party(party))
      .expect(200);
  }

  const grid = async (query = '') =>
    (await system.http.get(`/rounds/${system.roundId}/support${query}`, as.party('SF')).expect(200))
      .body as { parties: unknown[]; totalSeats: number; initiatives: GridRow[] };

  it('keeps the seats as a whole, refusing a bad set and leaving the last one as it was', async () => {
    const { http } = system;
    expect((await http.get(seatsPath(), as.party('Venstre')).expect(200)).body).toEqual({
      roundId: system.roundId,
      seats: [],
      total: 0,
      needed: 1,
    });

    const set = await http.put(seatsPath(), { seats: council }, as.coordinator).expect(200);
    expect(set.body).toEqual({
      roundId: system.roundId,
      seats: [
        { partyGroup: 'Socialdemokratiet', shortName: shortName('Socialdemokratiet'), seats: 12 },
        {
          partyGroup: 'Det Konservative Folkeparti',
          shortName: shortName('Det Konservative Folkeparti'),
          seats: 10,
        },
        { partyGroup: 'Enhedslisten', shortName: shortName('Enhedslisten'), seats: 6 },
        { partyGroup: 'SF', shortName: shortName('SF'), seats: 6 },
        { partyGroup: 'Venstre', shortName: shortName('Venstre'), seats: 5 },
        { partyGroup: 'Dansk Folkeparti', shortName: shortName('Dansk Folkeparti'), seats: 2 },
      ],
      total: 41,
      needed: 21,
    });

    const badNumbers = await http
      .put(
        seatsPath(),
        {
          seats: [
            { partyGroup: 'SF', seats: -1 },
            { partyGroup: 'Venstre', seats: 2.5 },
            { partyGroup: '', seats: 3 },
          ],
        },
        as.coordinator,
      )
      .expect(400);
    expect(badNumbers.body.errors).toEqual([
      { field: 'seats.0.seats', message: 'Mandater angives som et helt tal, 0 eller flere' },
      { field: 'seats.1.seats', message: 'Mandater angives som et helt tal, 0 eller flere' },
      { field: 'seats.2.partyGroup', message: 'Angiv partigruppens navn' },
    ]);
    const badGroups = await http
      .put(
        seatsPath(),
        {
          seats: [
            { partyGroup: 'SF', seats: 20 },
            { partyGroup: 'Piratpartiet', seats: 1 },
            { partyGroup: 'SF', seats: 21 },
          ],
        },
        as.coordinator,
      )
      .expect(400);
    expect(badGroups.body.errors).toEqual([
      { field: 'seats.1.partyGroup', message: 'Partigruppen Piratpartiet findes ikke' },
      { field: 'seats.2.partyGroup', message: 'SF er angivet mere end én gang' },
    ]);

    await http.put(seatsPath(), { seats: [] }, as.party('SF')).expect(403);
    await http.put('/rounds/ingen-runde/seats', { seats: [] }, as.coordinator).expect(404);
    await http.get('/rounds/ingen-runde/seats', as.coordinator).expect(404);
    expect((await http.get(seatsPath(), as.administration).expect(200)).body).toEqual(set.body);
  });

  it("lets a member state their own group's stance only, and a coordinator record any", async () => {
    const { http } = system;
    await submitted('2.1', 'Enhedslisten');

    const own = await http
      .put(stancePath('2.1', 'Enhedslisten'), { stance: 'support' }, as.party('Enhedslisten'))
      .expect(200);
    expect(own.body).toEqual({
      roundId: system.roundId,
      number: '2.1',
      partyGroup: 'Enhedslisten',
      shortName: shortName('Enhedslisten'),
      stance: 'support',
      stanceLabel: 'Støtter',
      comment: null,
      setBy: {
        id: as.party('Enhedslisten').id,
        role: 'partyGroupMember',
        name: as.party('Enhedslisten').id,
      },
      setAt: expect.any(String),
      majority: {
        supporting: 6,
        opposing: 0,
        undecided: 35,
        total: 41,
        needed: 21,
        hasMajority: false,
        label: 'Ikke flertal: 6 af 41 mandater (21 kræves)',
      },
    });

    const other = await http
      .put(stancePath('2.1', 'Venstre'), { stance: 'oppose' }, as.party('Enhedslisten'))
      .expect(403);
    expect(other.body.detail).toBe(
      'Du kan kun angive holdningen for din egen partigruppe, ikke for Venstre',
    );
    await http
      .put(stancePath('2.1', 'Venstre'), { stance: 'oppose' }, as.administration)
      .expect(403);

    const noted = await http
      .put(
        stancePath('2.1', 'Socialdemokratiet'),
        { stance: 'support', comment: 'Sagt ved forhandlingsbordet' },
        as.coordinator,
      )
      .expect(200);
    expect(noted.body).toMatchObject({
      comment: 'Sagt ved forhandlingsbordet',
      setBy: { id: as.coordinator.id, role: 'coordinator' },
      majority: { supporting: 18, hasMajority: false },
    });
    await http.put(stancePath('2.1', 'Venstre'), { stance: 'oppose' }, as.coordinator).expect(200);
    const majority = await http
      .put(stancePath('2.1', 'SF'), { stance: 'support' }, as.party('SF'))
      .expect(200);
    expect(majority.body.majority).toEqual({
      supporting: 24,
      opposing: 5,
      undecided: 12,
      total: 41,
      needed: 21,
      hasMajority: true,
      label: 'Flertal: 24 af 41 mandater',
    });

    // Bad bodies and unknown party groups change nothing.
    const bad = await http
      .put(stancePath('2.1', 'SF'), { stance: 'måske' }, as.party('SF'))
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field)).toEqual(['stance']);
    const unknown = await http
      .put(stancePath('2.1', 'Piratpartiet'), { stance: 'support' }, as.coordinator)
      .expect(404);
    expect(unknown.body.detail).toBe('Partigruppen Piratpartiet findes ikke');
    await http
      .put(`/rounds/ingen-runde/initiatives/2.1/stances/SF`, { stance: 'support' }, as.party('SF'))
      .expect(404);
    await http.put(stancePath('2.9', 'SF'), { stance: 'support' }, as.party('SF')).expect(404);
  });

  it('shows in the grid each party group, its stance, and the majority from the seats', async () => {
    const { initiatives, parties, totalSeats } = await grid();
    expect(totalSeats).toBe(41);
    expect(parties).toHaveLength(6);
    const row = initiatives.find((initiative) => initiative.number === '2.1')!;
    expect(row.state).toBe('submitted');
    expect(row.stancesOpen).toBe(true);
    expect(row.stances.map((one) => [one.partyGroup, one.stance])).toEqual([
      ['Socialdemokratiet', 'support'],
      ['Det Konservative Folkeparti', 'undecided'],
      ['Enhedslisten', 'support'],
      ['SF', 'support'],
      ['Venstre', 'oppose'],
      ['Dansk Folkeparti', 'undecided'],
    ]);
    // Nothing said is undecided, and nobody recorded it.
    expect(row.stances[1]!.setBy).toBeNull();
    expect(row.majority).toMatchObject({
      supporting: 24,
      hasMajority: true,
      label: 'Flertal: 24 af 41 mandater',
    });
    // Fewer seats, another majority: the grid is always read from the round's seats.
    await system.http
      .put(
        seatsPath(),
        {
          seats: council.map((one) => ({ ...one, seats: one.partyGroup === 'SF' ? 0 : one.seats })),
        },
        as.coordinator,
      )
      .expect(200);
    const [after] = (await grid('?number=2.1')).initiatives;
    expect(after!.majority).toMatchObject({
      supporting: 18,
      hasMajority: true,
      label: 'Flertal: 18 af 35 mandater',
    });
    await system.http.put(seatsPath(), { seats: council }, as.coordinator).expect(200);
  });

  it("keeps another party's draft out of sight: 404 on its stances, absent from the grid", async () => {
    const { http } = system;
    await http
      .post(
        `/rounds/${system.roundId}/initiatives`,
        { number: '3.1', ...partyForm('Venstre') },
        as.party('Venstre'),
      )
      .expect(201);

    const hidden = await http
      .put(stancePath('3.1', 'Enhedslisten'), { stance: 'oppose' }, as.party('Enhedslisten'))
      .expect(404);
    expect(hidden.body.detail).toBe(`Forslag 3.1 findes ikke i budgetrunden ${system.roundId}`);
    await http.put(stancePath('3.1', 'Venstre'), { stance: 'support' }, as.coordinator).expect(404);
    await http.get(`/rounds/${system.roundId}/initiatives/3.1/stances`, as.coordinator).expect(404);
    // By number, not by text: a timestamp such as 12:50:03.145Z holds "3.1" too.
    expect((await grid()).initiatives.map((row) => row.number)).not.toContain('3.1');
    expect((await grid('?number=3.1')).initiatives).toEqual([]);

    // Its own party sees it, and is told why not yet.
    const own = await http
      .put(stancePath('3.1', 'Venstre'), { stance: 'support' }, as.party('Venstre'))
      .expect(409);
    expect(own.body.detail).toBe(
      'Forslaget er en kladde: partiernes holdninger kan først angives, når det er indsendt',
    );
  });

  it('keeps every change as history, and the stances of an ended initiative readable but fixed', async () => {
    const { http } = system;
    await submitted('2.2', 'SF');
    await http.put(stancePath('2.2', 'SF'), { stance: 'support' }, as.party('SF')).expect(200);
    await http
      .put(stancePath('2.2', 'Venstre'), { stance: 'undecided' }, as.coordinator)
      .expect(200);
    await http.put(stancePath('2.2', 'Venstre'), { stance: 'oppose' }, as.coordinator).expect(200);
    // The same again is no change.
    await http.put(stancePath('2.2', 'Venstre'), { stance: 'oppose' }, as.coordinator).expect(200);

    const history = await http
      .get(`/rounds/${system.roundId}/initiatives/2.2/stances`, as.party('Venstre'))
      .expect(200);
    expect(
      history.body.history.map((one: { partyGroup: string; stance: string }) => [
        one.partyGroup,
        one.stance,
      ]),
    ).toEqual([
      ['Venstre', 'oppose'],
      ['Venstre', 'undecided'],
      ['SF', 'support'],
    ]);

    await http
      .post(system.initiativePath('2.2', 'withdraw'), { reason: 'Indgår i 2.1' }, as.party('SF'))
      .expect(200);
    const ended = await http
      .put(stancePath('2.2', 'Venstre'), { stance: 'support' }, as.coordinator)
      .expect(409);
    expect(ended.body.detail).toBe(
      'Forslaget er afsluttet (Trukket tilbage): holdningerne kan ikke længere ændres',
    );
    const [row] = (await grid('?number=2.2')).initiatives;
    expect(row).toMatchObject({ state: 'withdrawn', stancesOpen: false });
    expect(row!.stances.find((one) => one.partyGroup === 'Venstre')!.stance).toBe('oppose');
    await http.get(`/rounds/ingen-runde/support`, as.coordinator).expect(404);
    await http.get(`/rounds/${system.roundId}/support?number=x`, as.coordinator).expect(400);
  });
});
