import request from 'supertest';
import { as } from './support/actors';
import { startTestSystem, type TestSystem } from './support/test-system';

// The system administrators' work on people and party groups: roles, party groups that must
// exist, review areas, password resets that end the person's sessions, and the audit of it all.

const admin = as.systemAdministrator;

describe('accounts', () => {
  let system: TestSystem;
  const server = () => system.app.getHttpServer();
  const signIn = (login: string, password: string) =>
    request(server()).post('/api/auth/tokens').send({ login, password });
  const sessionWith = (token: string) =>
    request(server()).get('/api/auth/session').set('authorization', `Bearer ${token}`);
  const accountEvents = async (targetId: string) => {
    const trail = await system.http.get('/audit?kind=accounts&limit=200', admin).expect(200);
    return (
      trail.body.items as { action: string; target: { id: string } | null; actor: unknown }[]
    ).filter((item) => item.target?.id === targetId);
  };

  beforeAll(async () => {
    system = await startTestSystem({ inProcessWorker: false });
    // The organisation's configuration has these already (201 or 200: there, either way).
    for (const [name, shortName] of [
      ['Enhedslisten', 'Ø'],
      ['SF', 'F'],
    ] as const) {
      const saved = await system.http.put(`/party-groups/${name}`, { shortName }, admin);
      expect([200, 201]).toContain(saved.status);
    }
  });
  afterAll(() => system.stop());

  describe('party groups', () => {
    it('are data a system administrator keeps, listed with their members for everyone', async () => {
      // A party group the organisation's configuration does not have: new to the system.
      await system.http
        .put('/party-groups/Liberal Alliance', { shortName: 'L' }, admin)
        .expect(201);
      const renamed = await system.http
        .put('/party-groups/Liberal Alliance', { shortName: 'I' }, admin)
        .expect(200);
      expect(renamed.body).toEqual({
        name: 'Liberal Alliance',
        shortName: 'I',
        members: 0,
      });
      await system.register(as.party('SF'));
      const list = await system.http.get('/party-groups', as.party('SF')).expect(200);
      expect(list.body.items).toEqual(
        expect.arrayContaining([
          { name: 'Liberal Alliance', shortName: 'I', members: 0 },
          { name: 'SF', shortName: 'F', members: 1 },
        ]),
      );
      const events = await system.http.get('/audit?kind=accounts', admin).expect(200);
      expect(events.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            action: 'partyGroupSaved',
            label: 'Partigruppe ændret',
            actor: { id: admin.id, name: admin.id },
            detail: {
              name: 'Liberal Alliance',
              shortName: 'I',
              previousShortName: 'L',
            },
          }),
        ]),
      );
    });

    it('need a short name', async () => {
      const response = await system.http.put('/party-groups/Venstre', {}, admin).expect(400);
      expect(response.body.errors).toEqual([
        { field: 'shortName', message: 'Angiv partigruppens forkortelse' },
      ]);
    });
  });

  describe('people', () => {
    it('are created (201) and updated (200), each change audited with what changed', async () => {
      const anna = {
        name: 'Anna A',
        email: 'anna@region.example.dk',
        role: 'partyGroupMember',
        partyGroups: ['Enhedslisten', 'SF'],
      };
      const created = await system.http.put('/users/anna.a', anna, admin).expect(201);
      expect(created.body).toMatchObject({
        id: 'anna.a',
        ...anna,
        reviewAreas: [],
        active: true,
        hasPassword: false,
        roleLabel: 'partigruppemedlem',
      });
      const updated = await system.http
        .put('/users/anna.a', { ...anna, partyGroups: ['SF'] }, admin)
        .expect(200);
      expect(updated.body.partyGroups).toEqual(['SF']);

      const list = await system.http.get('/users', admin).expect(200);
      expect(list.body.items).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: 'anna.a', partyGroups: ['SF'] })]),
      );
      expect(JSON.stringify(list.body)).not.toMatch(/hash/i);

      const events = await accountEvents('anna.a');
      expect(events).toEqual([
        expect.objectContaining({
          action: 'userSaved',
          label: 'Bruger ændret',
          actor: { id: admin.id, name: admin.id },
          detail: { changes: { partyGroups: { from: ['Enhedslisten', 'SF'], to: ['SF'] } } },
        }),
        expect.objectContaining({ action: 'userSaved', label: 'Bruger oprettet' }),
      ]);
    });

    it('can only be put in party groups that exist (400, naming the unknown group)', async () => {
      const response = await system.http
        .put(
          '/users/bo.b',
          {
            name: 'Bo B',
            role: 'partyGroupMember',
            partyGroups: ['SF', 'Radikale Venstre'],
          },
          admin,
        )
        .expect(400);
      expect(response.type).toBe('application/problem+json');
      expect(response.body.errors).toEqual([
        { field: 'partyGroups.1', message: 'Partigruppen "Radikale Venstre" findes ikke' },
      ]);
      const list = await system.http.get('/users', admin).expect(200);
      expect(list.body.items.map((user: { id: string }) => user.id)).not.toContain('bo.b');
    });

    it('in a party need a group, and only the administration has review areas', async () => {
      const noGroup = await system.http
        .put('/users/c', { name: 'C', role: 'partyGroupMember' }, admin)
        .expect(400);
      expect(noGroup.body.errors).toEqual([
        {
          field: 'partyGroups',
          message: 'Et partigruppemedlem skal høre til mindst én partigruppe',
        },
      ]);
      const coordinatorWithAreas = await system.http
        .put('/users/d', { name: 'D', role: 'coordinator', reviewAreas: ['health'] }, admin)
        .expect(400);
      expect(coordinatorWithAreas.body.errors).toEqual([
        {
          field: 'reviewAreas',
          message: 'Kun administrationen kan begrænses til bestemte finansieringsområder',
        },
      ]);
      const unknownArea = await system.http
        .put('/users/e', { name: 'E', role: 'administration', reviewAreas: ['skoler'] }, admin)
        .expect(400);
      expect(unknownArea.body.errors[0]).toMatchObject({
        field: 'reviewAreas.0',
        message: expect.stringContaining('Finansieringsområdet skal være et af: health'),
      });
    });

    it('keep their review areas when a save leaves them out, and lose them with the role', async () => {
      const reviewer = { name: 'Rikke Revisor', email: null, role: 'administration' };
      const created = await system.http
        .put('/users/rikke.r', { ...reviewer, reviewAreas: ['health', 'social'] }, admin)
        .expect(201);
      expect(created.body.reviewAreas).toEqual(['health', 'social']);
      const renamed = await system.http
        .put('/users/rikke.r', { ...reviewer, name: 'Rikke R' }, admin)
        .expect(200);
      expect(renamed.body.reviewAreas).toEqual(['health', 'social']);
      const moved = await system.http
        .put('/users/rikke.r', { ...reviewer, role: 'coordinator' }, admin)
        .expect(200);
      expect(moved.body.reviewAreas).toEqual([]);
    });

    it('have an e-mail address of their own', async () => {
      await system.http
        .put('/users/f.1', { name: 'F', email: 'f@region.example.dk', role: 'coordinator' }, admin)
        .expect(201);
      const response = await system.http
        .put('/users/f.2', { name: 'F', email: 'F@Region.example.dk', role: 'coordinator' }, admin)
        .expect(409);
      expect(response.body).toMatchObject({ code: 'emailTaken' });
    });

    it('keep at least one active system administrator', async () => {
      const response = await system.http
        .put('/users/sysadm', { name: 'sysadm', role: 'coordinator' }, admin)
        .expect(409);
      expect(response.body).toMatchObject({
        code: 'lastSystemAdministrator',
        detail: 'Der skal være mindst én aktiv systemadministrator; udnævn en anden først',
      });
    });

    it('lose their sessions when deactivated, and cannot sign in', async () => {
      const gone = as.person('gone.g', 'coordinator');
      const { token } = await system.sessionOf(gone);
      await sessionWith(token).expect(200);
      await system.http
        .post('/users/gone.g/password', { password: 'et-godt-langt-kodeord' }, admin)
        .expect(200);
      await system.http
        .put('/users/gone.g', { name: 'gone.g', role: 'coordinator', active: false }, admin)
        .expect(200);
      await sessionWith(token).expect(401);
      await signIn('gone.g', 'et-godt-langt-kodeord').expect(401);
    });
  });

  describe('a password reset', () => {
    const peter = as.person('peter.p', 'administration');
    const chosen = 'peters-nye-lange-kodeord';

    beforeAll(() => system.register(peter));

    it('sets the password chosen by the administrator, audited without it', async () => {
      const response = await system.http
        .post('/users/peter.p/password', { password: chosen }, admin)
        .expect(200);
      expect(response.body).toEqual({
        id: 'peter.p',
        temporaryPassword: null,
        sessionsEnded: true,
      });
      const signedIn = await signIn('peter.p', chosen).expect(201);
      expect(signedIn.body.user).toMatchObject({ id: 'peter.p', role: 'administration' });
    });

    it('makes a temporary password, shown once, and ends the old sessions', async () => {
      const old = (await signIn('peter.p', chosen).expect(201)).body.token as string;
      await sessionWith(old).expect(200);

      const response = await system.http.post('/users/peter.p/password', {}, admin).expect(200);
      expect(response.headers['cache-control']).toBe('no-store');
      const temporary = response.body.temporaryPassword as string;
      expect(temporary).toMatch(/^[\w-]{20}$/);

      await sessionWith(old).expect(401);
      await signIn('peter.p', chosen).expect(401);
      const fresh = await signIn('peter.p', temporary).expect(201);
      await sessionWith(fresh.body.token).expect(200);

      const events = await accountEvents('peter.p');
      const resets = events.filter((event) => event.action === 'passwordReset');
      expect(resets).toEqual([
        expect.objectContaining({
          actor: { id: admin.id, name: admin.id },
          detail: { temporary: true },
        }),
        expect.objectContaining({
          actor: { id: admin.id, name: admin.id },
          detail: { temporary: false },
        }),
      ]);
      const stored: { detail: unknown }[] = await system.dataSource.query(
        'SELECT detail FROM account_audit',
      );
      expect(JSON.stringify(stored)).not.toContain(temporary);
      expect(JSON.stringify(stored)).not.toContain(chosen);
    });

    it('keeps no temporary password for a replay: it is shown once', async () => {
      const key = 'reset-peter-once';
      const first = await system.http
        .post('/users/peter.p/password', {}, admin)
        .set('Idempotency-Key', key)
        .expect(200);
      const temporary = first.body.temporaryPassword as string;
      expect(temporary).toMatch(/^[\w-]{20}$/);

      const replay = await system.http
        .post('/users/peter.p/password', {}, admin)
        .set('Idempotency-Key', key)
        .expect(200);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body).toMatchObject({ id: 'peter.p', temporaryPassword: null });
      const kept: unknown[] = await system.dataSource.query('SELECT * FROM idempotent_request');
      expect(JSON.stringify(kept)).not.toContain(temporary);
      // The reset was done once: the password of the first answer signs in.
      await signIn('peter.p', temporary).expect(201);
    });

    it('lifts a lock-out', async () => {
      const password = 'laas-mig-op-igen-tak';
      await system.http.post('/users/peter.p/password', { password }, admin).expect(200);
      for (let attempt = 0; attempt < 5; attempt++) await signIn('peter.p', 'forkert');
      await signIn('peter.p', password).expect(429);
      await system.http.post('/users/peter.p/password', { password }, admin).expect(200);
      await signIn('peter.p', password).expect(201);
    });

    it('needs 12 characters, and a person who exists', async () => {
      const short = await system.http
        .post('/users/peter.p/password', { password: 'for-kort' }, admin)
        .expect(400);
      expect(short.body.errors).toEqual([
        { field: 'password', message: 'Adgangskoden skal være mindst 12 tegn' },
      ]);
      const unknown = await system.http.post('/users/ingen/password', {}, admin).expect(404);
      expect(unknown.body.detail).toBe('Brugeren findes ikke');
    });
  });

  it('is for system administrators only', async () => {
    for (const actor of [as.coordinator, as.administration, as.party('SF')]) {
      await system.http.get('/users', actor).expect(403);
      await system.http.put('/users/x', { name: 'X', role: 'coordinator' }, actor).expect(403);
      await system.http.post('/users/peter.p/password', {}, actor).expect(403);
      await system.http.put('/party-groups/SF', { shortName: 'SF' }, actor).expect(403);
    }
    await system.http.get('/users').expect(401);
    await system.http.post('/users/peter.p/password', {}).expect(401);
    await system.http.get('/party-groups').expect(401);
  });
});
