import request from 'supertest';
import { as } from './support/actors';
import { partyForm } from './support/forms';
import { eventually } from './support/people';
import { startTestSystem, type TestSystem } from './support/test-system';

// The audit view: who took which step of which initiative, and what happened to accounts, for
// coordinators and system administrators; never a word of another party's drafts.

interface Entry {
  kind: 'step' | 'account';
  key: string;
  number?: string;
  command?: string;
  action?: string;
  actor: { id: string } | null;
  target?: { id: string } | null;
}

describe('the audit view', () => {
  let system: TestSystem;
  const enhedslisten = as.party('Enhedslisten');
  const venstre = as.party('Venstre');

  const trail = async (query = '', actor = as.coordinator) =>
    (await system.http.get(`/audit?round=${system.roundId}${query}`, actor).expect(200)).body as {
      items: Entry[];
      total: number;
      limit: number;
      offset: number;
    };

  beforeAll(async () => {
    system = await startTestSystem();
    const { http, roundId, initiativePath } = system;
    const create = (number: string, party: string, actor = enhedslisten) =>
      http
        .post(`/rounds/${roundId}/initiatives`, { number, ...partyForm(party) }, actor)
        .expect(201);
    // 4.1: submitted by Enhedslisten, taken into review by the administration.
    await create('4.1', 'Enhedslisten');
    await http
      .put(initiativePath('4.1', 'draft'), partyForm('Enhedslisten'), enhedslisten)
      .expect(200);
    await http.post(initiativePath('4.1', 'submit'), {}, enhedslisten).expect(200);
    await http
      .post(initiativePath('4.1', 'start-review'), { comment: 'Vi går i gang' }, as.administration)
      .expect(200);
    // 4.2: Venstre's draft, edited but never submitted.
    await create('4.2', 'Venstre', venstre);
    await http.put(initiativePath('4.2', 'draft'), partyForm('Venstre'), venstre).expect(200);
  });
  afterAll(() => system.stop());

  it('shows the steps with the acting user, newest first, in Danish', async () => {
    const { items, total } = await eventually(
      () => trail('&kind=steps'),
      (page) => page.total >= 2,
    );
    expect(total).toBe(2);
    expect(items).toEqual([
      {
        kind: 'step',
        key: expect.any(String),
        at: expect.any(String),
        actor: {
          id: as.administration.id,
          name: as.administration.id,
          role: 'administration',
          roleLabel: 'administrationen',
        },
        label: 'Forslag 4.1: Administrativ behandling påbegyndt',
        round: system.roundId,
        number: '4.1',
        command: 'startReview',
        commandLabel: 'Administrativ behandling påbegyndt',
        from: 'submitted',
        fromLabel: 'Indsendt',
        to: 'inReview',
        toLabel: 'Til administrativ behandling',
        comment: 'Vi går i gang',
      },
      expect.objectContaining({
        actor: expect.objectContaining({ id: enhedslisten.id, role: 'partyGroupMember' }),
        command: 'submit',
        from: 'draft',
        to: 'submitted',
      }),
    ]);
  });

  it("never shows a draft's steps, nor the drafting of any initiative", async () => {
    for (const actor of [as.coordinator, as.systemAdministrator]) {
      const { items } = await trail('', actor);
      expect(items.filter((item) => item.number === '4.2')).toEqual([]);
      expect(items.map((item) => item.command)).not.toContain('create');
      expect(items.map((item) => item.command)).not.toContain('editDraft');
    }
    // They are recorded all the same: the view leaves them out.
    const recorded: { command: string }[] = await system.dataSource.query(
      'SELECT command FROM audit_entry WHERE round_id = $1 AND number = $2 ORDER BY seq',
      [system.roundId, '4.2'],
    );
    expect(recorded.map((row) => row.command)).toEqual(['create', 'editDraft']);
    const byVenstre = await system.http
      .get(`/audit?actor=${venstre.id}`, as.systemAdministrator)
      .expect(200);
    expect(byVenstre.body).toMatchObject({ items: [], total: 0 });

    // Once submitted, its submission is everyone's business; its drafting stays out.
    await system.http.post(system.initiativePath('4.2', 'submit'), {}, venstre).expect(200);
    const after = await eventually(
      () => trail('&number=4.2'),
      (page) => page.total > 0,
    );
    expect(after.items.map((item) => item.command)).toEqual(['submit']);
  });

  it('filters by initiative, actor and kind, and pages stably', async () => {
    const own = await trail(`&number=4.1&actor=${enhedslisten.id}`);
    expect(own.items.map((item) => item.command)).toEqual(['submit']);

    const all = await trail('&kind=steps');
    const pages = [];
    for (let offset = 0; offset < all.total; offset++) {
      const page = await trail(`&kind=steps&limit=1&offset=${offset}`);
      expect(page).toMatchObject({ total: all.total, limit: 1, offset });
      pages.push(...page.items.map((item) => item.key));
    }
    expect(pages).toEqual(all.items.map((item) => item.key));

    const bad = await system.http.get('/audit?kind=alt&limit=0', as.coordinator).expect(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'kind', message: 'kind skal være steps eller accounts' },
        { field: 'limit', message: 'limit skal være mindst 1' },
      ]),
    );
  });

  it('shows what happened to accounts, with who did it', async () => {
    await system.http
      .put('/party-groups/Alternativet', { shortName: 'Å' }, as.systemAdministrator)
      .expect(201);
    await system.http
      .put(
        '/users/sofie.s',
        { name: 'Sofie S', role: 'partyGroupMember', partyGroups: ['Alternativet'] },
        as.systemAdministrator,
      )
      .expect(201);
    await system.http
      .post('/users/sofie.s/password', { password: 'sofies-lange-kodeord' }, as.systemAdministrator)
      .expect(200);
    await request(system.app.getHttpServer())
      .post('/api/auth/tokens')
      .send({ login: 'sofie.s', password: 'sofies-lange-kodeord' })
      .expect(201);

    const { body } = await system.http.get('/audit?kind=accounts', as.coordinator).expect(200);
    const sofie = (body.items as Entry[]).filter((item) => item.target?.id === 'sofie.s');
    expect(sofie).toEqual([
      expect.objectContaining({
        kind: 'account',
        action: 'signedIn',
        label: 'Logget ind',
        actor: { id: 'sofie.s', name: 'Sofie S' },
      }),
      expect.objectContaining({
        action: 'passwordReset',
        label: 'Adgangskode nulstillet',
        actor: { id: as.systemAdministrator.id, name: as.systemAdministrator.id },
        detail: { temporary: false },
      }),
      expect.objectContaining({
        action: 'userSaved',
        label: 'Bruger oprettet',
        actor: { id: as.systemAdministrator.id, name: as.systemAdministrator.id },
        target: { id: 'sofie.s', name: 'Sofie S' },
      }),
    ]);
    // Account events belong to no round: a round's trail has steps only.
    const round = await trail();
    expect(round.items.every((item) => item.kind === 'step')).toBe(true);
  });

  it('is for coordinators and system administrators only', async () => {
    for (const actor of [enhedslisten, venstre, as.administration]) {
      const refused = await system.http.get('/audit', actor).expect(403);
      expect(refused.body).toMatchObject({ status: 403, code: 'forbidden' });
    }
    await system.http.get('/audit').expect(401);
  });
});
