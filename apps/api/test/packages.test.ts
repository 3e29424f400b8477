import { as } from './support/actors';
import { partyForm } from './support/forms';
import { startTestSystem, type TestSystem } from './support/test-system';

// Negotiation packages over the API: saved as versions by the coordinators, read by everyone,
// counted against the round's frames area by area, compared side by side.

interface Amount {
  kroner: number;
  formatted: string;
}

describe('negotiation packages over the API', () => {
  let system: TestSystem;
  let packages: string;
  beforeAll(async () => {
    system = await startTestSystem();
    const { http, roundId } = system;
    packages = `/rounds/${roundId}/packages`;
    const put = async (number: string, party: string, overrides: Record<string, unknown>) => {
      await http
        .post(
          `/rounds/${roundId}/initiatives`,
          { number, ...partyForm(party, overrides) },
          as.party(party),
        )
        .expect(201);
    };
    const submit = (number: string, party: string) =>
      http.post(system.initiativePath(number, 'submit'), {}, as.party(party)).expect(200);
    await put('4.2', 'Enhedslisten', {
      title: 'Omsorgstopmøde',
      economy: { otherOperations: { '2026': 3, '2027': 3 } },
    });
    await put('4.3', 'Venstre', {
      title: 'Flere hænder i akutmodtagelserne',
      economy: { salaries: { '2026': 2, '2027': 2 } },
      financing: [
        { area: 'health', share: '1/2' },
        { area: 'regionalDevelopment', share: '1/2' },
      ],
    });
    await put('4.4', 'SF', {
      title: 'Færre konsulenter',
      economy: { otherOperations: { '2026': -1, '2027': -1 } },
      financing: [{ area: 'regionalDevelopment', share: '1' }],
    });
    await put('4.5', 'Dansk Folkeparti', { title: 'Partiets hemmelige kladde' });
    await put('4.6', 'Det Konservative Folkeparti', {
      title: 'Bedre parkering',
      economy: { establishmentCosts: { '2026': 4 } },
    });
    for (const [number, party] of [
      ['4.2', 'Enhedslisten'],
      ['4.3', 'Venstre'],
      ['4.4', 'SF'],
      ['4.6', 'Det Konservative Folkeparti'],
    ] as const) {
      await submit(number, party);
    }
    await http
      .put(
        `/rounds/${roundId}/frames`,
        {
          frames: [
            { year: 2026, area: 'health', amount: 5 },
            { year: 2027, area: 'health', amount: 5 },
            { year: 2026, area: 'regionalDevelopment', amount: 1 },
            { year: 2027, area: 'regionalDevelopment', amount: 0 },
          ],
        },
        as.coordinator,
      )
      .expect(200);
  });
  afterAll(() => system.stop());

  const count = async () =>
    (
      await system.dataSource.query(
        'SELECT (SELECT count(*) FROM negotiation_package)::int AS packages, (SELECT count(*) FROM negotiation_package_version)::int AS versions',
      )
    )[0] as { packages: number; versions: number };

  const areaOf = (
    body: { balance: { areas: { area: string; years: Record<string, unknown>[] }[] } },
    area: string,
    year: number,
  ) => body.balance.areas.find((a) => a.area === area)!.years.find((y) => y['year'] === year)!;

  let packageA: number;
  let packageB: number;

  it('creates a package as version 1, counted per year and area against the frames', async () => {
    const { http } = system;
    const created = await http
      .post(
        packages,
        {
          name: 'Forligspakke A',
          note: 'Første udkast',
          items: [
            { number: '4.2', adjustment: { share: '0,5', note: 'Halvdelen' } },
            { number: '4.3' },
            { number: '4.4', adjustment: null },
          ],
        },
        as.coordinator,
      )
      .expect(201);
    packageA = created.body.id;
    expect(created.body).toMatchObject({
      roundId: system.roundId,
      name: 'Forligspakke A',
      version: 1,
      latestVersion: 1,
      note: 'Første udkast',
      restoredFrom: null,
      savedBy: { id: 'koordinator' },
    });
    expect(created.body.items.map((i: { number: string; state: string }) => i.number)).toEqual([
      '4.2',
      '4.3',
      '4.4',
    ]);
    expect(created.body.items[0]).toMatchObject({
      title: 'Omsorgstopmøde',
      state: 'submitted',
      stateLabel: 'Indsendt',
      counts: true,
      adjustment: { share: '1/2', moves: [], amounts: [], note: 'Halvdelen' },
      total: { kroner: 3_000_000 },
    });
    // 2026: health 1,5 (half of 4.2) + 1,0 (half of 4.3) = 2,5; regional 1,0 − 1,0 = 0.
    const year2026 = created.body.totals.years[0];
    expect(year2026.year).toBe(2026);
    expect(year2026.total.kroner).toBe(2_500_000);
    expect(year2026.areas.map((a: { area: string; kroner: number }) => [a.area, a.kroner])).toEqual(
      [
        ['health', 2_500_000],
        ['regionalDevelopment', 0],
        ['social', 0],
      ],
    );
    expect(areaOf(created.body, 'health', 2026)).toMatchObject({
      frame: { kroner: 5_000_000 },
      amount: { kroner: 2_500_000 },
      remainder: { kroner: 2_500_000 },
      status: 'within',
      label: '2,5 mio. kr. tilbage',
    });
    // Regional development in 2027 has a frame of 0: the saving pays for 4.3's half exactly.
    expect(areaOf(created.body, 'regionalDevelopment', 2027)).toMatchObject({
      frame: { kroner: 0 },
      amount: { kroner: 0 },
      remainder: { kroner: 0 },
      status: 'within',
    });
    // No frame for 2028: no balance, not a frame of zero.
    expect(areaOf(created.body, 'health', 2028)).toMatchObject({
      frame: null,
      remainder: null,
      status: 'noFrame',
      label: 'Ingen ramme for Sundhedskassen i 2028',
    });
    expect(created.body.balance).toMatchObject({ withinFrames: true, label: 'Inden for rammerne' });
    // Nobody has said anything and the round has no seats: no one backs it, and no majority.
    expect(created.body.backing).toEqual({
      stances: [],
      majority: expect.objectContaining({
        total: 0,
        hasMajority: false,
        label: 'Ingen mandatfordeling for budgetrunden',
      }),
    });
  });

  it('saves every change as a new version, keeping the earlier one to look at', async () => {
    const { http } = system;
    const saved = await http
      .put(
        `${packages}/${packageA}`,
        {
          name: 'Forligspakke A',
          note: 'Hele 4.2, og 4.3 et år senere',
          items: [
            { number: '4.2' },
            { number: '4.3', adjustment: { moves: [{ from: 2026, to: 2027 }] } },
            { number: '4.4' },
            { number: '4.6' },
          ],
        },
        as.coordinator,
      )
      .expect(200);
    expect(saved.body).toMatchObject({ version: 2, latestVersion: 2 });
    // Health 2026: 3,0 (4.2) + 4,0 (4.6) = 7,0 against 5,0; regional 2027: 2,0 − 1,0 against 0.
    expect(areaOf(saved.body, 'health', 2026)).toMatchObject({
      remainder: { kroner: -2_000_000 },
      status: 'exceeded',
      label: '2,0 mio. kr. over rammen',
    });
    expect(areaOf(saved.body, 'regionalDevelopment', 2026)).toMatchObject({
      amount: { kroner: -1_000_000 },
      remainder: { kroner: 2_000_000 },
      status: 'within',
    });
    expect(areaOf(saved.body, 'regionalDevelopment', 2027)).toMatchObject({
      amount: { kroner: 1_000_000 },
      status: 'exceeded',
    });
    // Regional development's surplus in 2026 covers nothing in health.
    expect(saved.body.balance.withinFrames).toBe(false);

    const latest = await http.get(`${packages}/${packageA}`, as.party('SF')).expect(200);
    expect(latest.body.version).toBe(2);
    const first = await http.get(`${packages}/${packageA}?version=1`, as.party('SF')).expect(200);
    expect(first.body).toMatchObject({ version: 1, latestVersion: 2, note: 'Første udkast' });
    expect(first.body.items).toHaveLength(3);
    await http.get(`${packages}/${packageA}?version=9`, as.coordinator).expect(404);

    // A version is never changed, not even from inside the database.
    await expect(
      system.dataSource.query(`UPDATE negotiation_package_version SET note = 'Ændret bagefter'`),
    ).rejects.toThrow(/never changed/);
    await expect(
      system.dataSource.query('DELETE FROM negotiation_package_version'),
    ).rejects.toThrow(/never changed/);

    const versions = await http.get(`${packages}/${packageA}/versions`, as.administration);
    expect(versions.status).toBe(200);
    expect(
      versions.body.versions.map((v: { version: number; itemCount: number }) => [
        v.version,
        v.itemCount,
      ]),
    ).toEqual([
      [2, 4],
      [1, 3],
    ]);
  });

  it('restores an earlier version as a new version equal to it', async () => {
    const { http } = system;
    const restored = await http
      .post(`${packages}/${packageA}/restore`, { version: 1 }, as.coordinator)
      .expect(201);
    expect(restored.body).toMatchObject({
      version: 3,
      latestVersion: 3,
      restoredFrom: 1,
      note: 'Gendannet fra version 1',
    });
    const first = await http.get(`${packages}/${packageA}?version=1`, as.coordinator);
    const strip = (body: Record<string, unknown>) => {
      const { version, latestVersion, note, restoredFrom, savedAt, ...rest } = body;
      void [version, latestVersion, note, restoredFrom, savedAt];
      return rest;
    };
    expect(strip(restored.body)).toEqual(strip(first.body));
    const refused = await http
      .post(`${packages}/${packageA}/restore`, { version: 7 }, as.coordinator)
      .expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'version', message: 'Pakken har ingen version 7' },
    ]);
  });

  it('compares packages side by side, with the difference of the first two', async () => {
    const { http } = system;
    const created = await http
      .post(
        packages,
        {
          name: 'Forligspakke B',
          items: [
            { number: '4.2', adjustment: { share: '1/2', note: 'Halvdelen' } },
            {
              number: '4.3',
              adjustment: { amounts: [{ row: 'salaries', year: 2026, amount: 1 }] },
            },
            { number: '4.6', adjustment: { share: '1/4' } },
          ],
        },
        as.coordinator,
      )
      .expect(201);
    packageB = created.body.id;
    const compared = await http
      .get(`${packages}/compare?ids=${packageA},${packageB}`, as.party('Venstre'))
      .expect(200);
    expect(compared.body.packages.map((p: { name: string }) => p.name)).toEqual([
      'Forligspakke A',
      'Forligspakke B',
    ]);
    const { difference } = compared.body;
    expect(difference.first).toBe(packageA);
    expect(difference.second).toBe(packageB);
    expect(difference.onlyInFirst).toEqual([{ number: '4.4', title: 'Færre konsulenter' }]);
    expect(difference.onlyInSecond).toEqual([{ number: '4.6', title: 'Bedre parkering' }]);
    expect(difference.adjustedDifferently).toEqual([
      {
        number: '4.3',
        title: 'Flere hænder i akutmodtagelserne',
        first: null,
        second: {
          share: null,
          moves: [],
          amounts: [
            {
              row: 'salaries',
              rowLabel: 'Løn (til evt. nye årsværk)',
              year: 2026,
              amount: { kroner: 1_000_000, mioKr: 1, formatted: '1,0 mio. kr.' },
            },
          ],
          note: null,
        },
      },
    ]);
    // 2026, A: health 1,5 + 1,0; regional 1,0 − 1,0. B: health 1,5 + 0,5 + 1,0; regional 0,5.
    const year2026 = difference.years[0];
    const byArea = Object.fromEntries(
      year2026.areas.map(
        (a: { area: string; first: Amount; second: Amount; difference: Amount }) => [
          a.area,
          [a.first.kroner, a.second.kroner, a.difference.kroner],
        ],
      ),
    );
    expect(byArea).toEqual({
      health: [2_500_000, 3_000_000, 500_000],
      regionalDevelopment: [0, 500_000, 500_000],
      social: [0, 0, 0],
    });
    expect(year2026.total.difference.kroner).toBe(1_000_000);

    await http.get(`${packages}/compare?ids=${packageA}`, as.coordinator).expect(400);
    await http.get(`${packages}/compare?ids=${packageA},${packageA}`, as.coordinator).expect(400);
    await http.get(`${packages}/compare?ids=${packageA},999`, as.coordinator).expect(404);
    const list = await http.get(packages, as.party('Enhedslisten')).expect(200);
    expect(
      list.body.packages.map((p: { name: string; latestVersion: number }) => [
        p.name,
        p.latestVersion,
      ]),
    ).toEqual([
      ['Forligspakke A', 3],
      ['Forligspakke B', 1],
    ]);
  });

  it('refuses a draft, an unknown initiative and a year outside the round, leaving nothing', async () => {
    const { http } = system;
    const before = await count();
    const refused = await http
      .post(
        packages,
        {
          name: 'Forligspakke C',
          items: [
            { number: '4.2' },
            { number: '4.5' },
            { number: '4.9' },
            { number: '4.3', adjustment: { moves: [{ from: 2029, to: 2030 }] } },
          ],
        },
        as.coordinator,
      )
      .expect(400);
    expect(refused.body.errors).toEqual([
      // Another party's draft is, to a coordinator, an initiative that does not exist.
      { field: 'items.1.number', message: 'Forslag 4.5 findes ikke i budgetrunden' },
      { field: 'items.2.number', message: 'Forslag 4.9 findes ikke i budgetrunden' },
      {
        field: 'items.3.adjustment.moves.0.to',
        message: 'Beløbene kan ikke flyttes til 2030, som ligger uden for budgetrunden (2026-2029)',
      },
    ]);
    await http
      .put(
        `${packages}/${packageB}`,
        { name: 'Forligspakke B', items: [{ number: '4.5' }] },
        as.coordinator,
      )
      .expect(400);
    const taken = await http
      .post(packages, { name: ' forligspakke a ', items: [] }, as.coordinator)
      .expect(400);
    expect(taken.body.errors).toEqual([
      { field: 'name', message: 'Budgetrunden har allerede en pakke med navnet forligspakke a' },
    ]);
    expect(await count()).toEqual(before);
    const stillB = await http.get(`${packages}/${packageB}`, as.coordinator).expect(200);
    expect(stillB.body.latestVersion).toBe(1);
  });

  it("lets only coordinators save, and no one's draft shows through a package", async () => {
    const { http } = system;
    const before = await count();
    for (const actor of [as.party('Enhedslisten'), as.administration]) {
      await http.post(packages, { name: 'Partiets pakke', items: [] }, actor).expect(403);
      await http
        .put(`${packages}/${packageA}`, { name: 'Forligspakke A', items: [] }, actor)
        .expect(403);
      await http.post(`${packages}/${packageA}/restore`, { version: 1 }, actor).expect(403);
    }
    expect(await count()).toEqual(before);
    const seen = await http.get(`${packages}/compare?ids=${packageA},${packageB}`, as.party('SF'));
    expect(JSON.stringify(seen.body)).not.toContain('hemmelige');
    await http.get(`${packages}/ukendt`, as.coordinator).expect(404);
  });

  it('shows an initiative withdrawn after it was put in a package with its state, counting nothing', async () => {
    const { http } = system;
    await http
      .post(
        system.initiativePath('4.6', 'withdraw'),
        { reason: 'Indgår i et andet forslag' },
        as.party('Det Konservative Folkeparti'),
      )
      .expect(200);
    const b = await http.get(`${packages}/${packageB}`, as.coordinator).expect(200);
    const withdrawn = b.body.items.find((i: { number: string }) => i.number === '4.6');
    expect(withdrawn).toMatchObject({
      state: 'withdrawn',
      stateLabel: 'Trukket tilbage',
      counts: false,
      total: { kroner: 0 },
    });
    // 2026 health: 1,5 (half of 4.2) + 1,0 (4.3's changed salaries, half to health).
    expect(b.body.totals.years[0].areas[0]).toMatchObject({ area: 'health', kroner: 2_000_000 });
  });
});
