import { as } from './support/actors';
import { partyForm } from './support/forms';
import { startTestSystem, type TestSystem } from './support/test-system';

// Who backs a negotiation package over the API: the party groups' stances on it (a member for
// their own group, a coordinator for any), kept through new versions and marked with the version
// they were given on, and whether the supporters hold a majority of the round's seats.

const council = [
  { partyGroup: 'Socialdemokratiet', seats: 12 },
  { partyGroup: 'Det Konservative Folkeparti', seats: 10 },
  { partyGroup: 'Enhedslisten', seats: 6 },
  { partyGroup: 'SF', seats: 6 },
  { partyGroup: 'Venstre', seats: 5 },
  { partyGroup: 'Dansk Folkeparti', seats: 2 },
];

interface BackingStance {
  partyGroup: string;
  seats: number;
  stance: string;
  version: number | null;
  versionLabel: string | null;
}
interface Backing {
  stances: BackingStance[];
  majority: { supporting: number; opposing: number; hasMajority: boolean; label: string };
}

describe('who backs a negotiation package, over the API', () => {
  let system: TestSystem;
  let packages: string;
  let first: number;
  let second: number;
  const stancePath = (id: number | string, partyGroup: string) =>
    `${packages}/${id}/stances/${encodeURIComponent(partyGroup)}`;
  const item = { number: '4.2' };

  beforeAll(async () => {
    system = await startTestSystem();
    const { http, roundId } = system;
    packages = `/rounds/${roundId}/packages`;
    for (const { partyGroup } of council) await system.register(as.party(partyGroup));
    await http.put(`/rounds/${roundId}/seats`, { seats: council }, as.coordinator).expect(200);
    await http
      .post(
        `/rounds/${roundId}/initiatives`,
        { number: '4.2', ...partyForm('Enhedslisten') },
        as.party('Enhedslisten'),
      )
      .expect(201);
    await http
      .post(system.initiativePath('4.2', 'submit'), {}, as.party('Enhedslisten'))
      .expect(200);
    const create = async (name: string) =>
      (await http.post(packages, { name, items: [item] }, as.coordinator).expect(201)).body
        .id as number;
    first = await create('Forligspakke A');
    second = await create('Forligspakke B');
  });
  afterAll(() => system.stop());

  const backingOf = async (id: number) =>
    (await system.http.get(`${packages}/${id}`, as.party('Venstre')).expect(200)).body
      .backing as Backing;

  it('has every party group of the council undecided, and no majority, before anyone speaks', async () => {
    const backing = await backingOf(first);
    expect(backing.stances.map((one) => [one.partyGroup, one.seats, one.stance])).toEqual(
      council.map(({ partyGroup, seats }) => [partyGroup, seats, 'undecided']),
    );
    expect(backing.majority).toMatchObject({ supporting: 0, hasMajority: false });
    expect(backing.majority.label).toBe('Ikke flertal: 0 af 41 mandater (21 kræves)');
  });

  it("lets a party back a package and a coordinator record another's opposition", async () => {
    const { http } = system;
    const backed = await http
      .put(
        stancePath(first, 'Socialdemokratiet'),
        { stance: 'support' },
        as.party('Socialdemokratiet'),
      )
      .expect(200);
    expect(backed.body).toMatchObject({
      roundId: system.roundId,
      packageId: first,
      partyGroup: 'Socialdemokratiet',
      stance: 'support',
      stanceLabel: 'Støtter',
      version: 1,
      versionLabel: null,
      setBy: { role: 'partyGroupMember' },
      majority: { supporting: 12, hasMajority: false },
    });
    await http
      .put(stancePath(first, 'Venstre'), { stance: 'oppose', comment: 'For dyr' }, as.coordinator)
      .expect(200)
      .expect(({ body }) => {
        expect(body).toMatchObject({ stance: 'oppose', setBy: { id: 'koordinator' } });
      });
    // Repeating a stance changes nothing.
    await http
      .put(stancePath(first, 'Venstre'), { stance: 'oppose', comment: 'For dyr' }, as.coordinator)
      .expect(200);
    const history = await http.get(`${packages}/${first}/stances`, as.party('SF')).expect(200);
    expect(history.body.history.map((one: BackingStance) => [one.partyGroup, one.stance])).toEqual([
      ['Venstre', 'oppose'],
      ['Socialdemokratiet', 'support'],
    ]);
  });

  it('gives the majority from the seats in the package and in the comparison', async () => {
    const { http } = system;
    await http
      .put(stancePath(first, 'Det Konservative Folkeparti'), { stance: 'support' }, as.coordinator)
      .expect(200);
    await http.put(stancePath(second, 'SF'), { stance: 'support' }, as.party('SF')).expect(200);
    const backing = await backingOf(first);
    expect(backing.majority).toMatchObject({ supporting: 22, opposing: 5, hasMajority: true });
    expect(backing.majority.label).toBe('Flertal: 22 af 41 mandater');
    const compared = await http
      .get(`${packages}/compare?ids=${first},${second}`, as.party('SF'))
      .expect(200);
    const [a, b] = compared.body.packages as { id: number; backing: Backing }[];
    expect(a!.backing).toEqual(backing);
    expect(b!.backing.majority).toMatchObject({ supporting: 6, hasMajority: false });
  });

  it('keeps the stances through a new version, marked with the version they were given on', async () => {
    const { http } = system;
    await http
      .put(
        `${packages}/${first}`,
        { name: 'Forligspakke A', items: [item], note: 'v2' },
        as.coordinator,
      )
      .expect(200);
    await http
      .put(stancePath(first, 'Enhedslisten'), { stance: 'support' }, as.party('Enhedslisten'))
      .expect(200);
    const backing = await backingOf(first);
    const of = (party: string) => backing.stances.find((one) => one.partyGroup === party)!;
    expect(of('Socialdemokratiet')).toMatchObject({
      version: 1,
      versionLabel: 'Angivet på version 1',
    });
    expect(of('Enhedslisten')).toMatchObject({ version: 2, versionLabel: null });
    expect(of('SF')).toMatchObject({ stance: 'undecided', version: null });
    expect(backing.majority.supporting).toBe(28);
    // Saying the same on the newer version is a change: it is given on version 2 now.
    await http
      .put(
        stancePath(first, 'Socialdemokratiet'),
        { stance: 'support' },
        as.party('Socialdemokratiet'),
      )
      .expect(200)
      .expect(({ body }) => expect(body.version).toBe(2));
  });

  it("refuses a member another group's stance, and an unknown package or party group", async () => {
    const { http } = system;
    const refused = await http
      .put(stancePath(first, 'Venstre'), { stance: 'support' }, as.party('SF'))
      .expect(403);
    expect(refused.body.detail).toBe(
      'Du kan kun angive holdningen for din egen partigruppe, ikke for Venstre',
    );
    await http.put(stancePath(9999, 'SF'), { stance: 'support' }, as.party('SF')).expect(404);
    await http.put(stancePath('x', 'SF'), { stance: 'support' }, as.party('SF')).expect(404);
    await http.get(`${packages}/9999/stances`, as.party('SF')).expect(404);
    await http.put(stancePath(first, 'Ukendt'), { stance: 'support' }, as.coordinator).expect(404);
    await http
      .put(stancePath(first, 'SF'), { stance: 'maybe' }, as.party('SF'))
      .expect(400)
      .expect(({ body }) => expect(body.errors[0].field).toBe('stance'));
    const rows = await system.dataSource.query(
      'SELECT count(*)::int AS n FROM package_stance WHERE package_id = $1',
      [first],
    );
    expect(rows[0].n).toBe(5);
  });
});
