import { createHash } from 'node:crypto';
import { AccountRepository } from '@budgetflow/persistence';
import request from 'supertest';
import { AuthService } from '../src/auth/auth.service';
import { hashPassword } from '../src/auth/passwords';
import { as, type TestActor } from './support/actors';
import { type OidcApi, startOidcApi } from './oidc-api';
import { startTestSystem, type TestSystem } from './support/test-system';

// A person's change of their own password: proven by the current one, which a session alone
// cannot guess at (the sign-in lock-out counts the wrong ones), ending every other session of
// the person and audited; impossible where the organisation's login owns the passwords.

const PASSWORD = 'korrekt-hest-batteri-hæfteklamme';
const NEW_PASSWORD = 'nyt-og-mindst-tolv-tegn-langt';

describe("a person's own password", () => {
  let system: TestSystem;
  const server = () => system.app.getHttpServer();

  beforeAll(async () => {
    system = await startTestSystem({
      inProcessWorker: false,
      env: { SIGN_IN_LOCK_AFTER: '3', SIGN_IN_LOCK_MINUTES: '15' },
    });
  });
  afterAll(() => system.stop());

  /** A person in the directory with PASSWORD, and no session yet. */
  async function personWithPassword(id: string): Promise<TestActor> {
    const person = as.person(id, 'partyGroupMember', ['Enhedslisten']);
    await system.register(person);
    await new AccountRepository(system.dataSource).setPassword(id, await hashPassword(PASSWORD));
    return person;
  }

  /** A browser's session: its cookie and CSRF token. */
  async function browserSession(login: string, password = PASSWORD) {
    const signedIn = await request(server())
      .post('/api/auth/sign-in')
      .send({ login, password })
      .expect(200);
    return {
      cookie: String(signedIn.headers['set-cookie']).split(';')[0]!,
      csrf: signedIn.body.csrfToken as string,
    };
  }

  const change = (browser: { cookie: string; csrf: string }, body: object) =>
    request(server())
      .post('/api/me/password')
      .set('cookie', browser.cookie)
      .set('x-csrf-token', browser.csrf)
      .send(body);
  const signIn = (login: string, password: string) =>
    request(server()).post('/api/auth/tokens').send({ login, password });
  const sessionWith = (browser: { cookie: string }) =>
    request(server()).get('/api/auth/session').set('cookie', browser.cookie);
  const sessionWithToken = (token: string) =>
    request(server()).get('/api/auth/session').set('authorization', `Bearer ${token}`);
  const auditOf = async (id: string) =>
    (
      (await system.dataSource.query(
        'SELECT actor_id, action, detail FROM account_audit WHERE target_id = $1 ORDER BY id',
        [id],
      )) as { actor_id: string | null; action: string; detail: unknown }[]
    ).filter((entry) => !['signedIn', 'signedOut'].includes(entry.action));

  it('replaces the password, ends the other sessions and keeps this one, audited', async () => {
    const person = await personWithPassword('skift.selv');
    const browser = await browserSession(person.id);
    const elsewhere = (await signIn(person.id, PASSWORD).expect(201)).body.token as string;
    expect((await sessionWith(browser).expect(200)).body.passwordSignIn).toBe(true);

    const body = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD };
    const changed = await change(browser, body).set('idempotency-key', 'skift-1').expect(200);
    expect(changed.body).toEqual({ changed: true, otherSessionsEnded: 1 });

    await sessionWith(browser).expect(200);
    await sessionWithToken(elsewhere).expect(401);
    await signIn(person.id, PASSWORD).expect(401);
    await signIn(person.id, NEW_PASSWORD).expect(201);

    // A retry of the change (its answer lost) is answered as the first, and changes nothing.
    const retried = await change(browser, body).set('idempotency-key', 'skift-1').expect(200);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    expect(retried.body).toEqual(changed.body);
    await signIn(person.id, NEW_PASSWORD).expect(201);

    const trail = await system.http
      .get('/audit?kind=accounts&limit=200', as.systemAdministrator)
      .expect(200);
    expect(
      (trail.body.items as { action: string; target: { id: string } | null }[]).filter(
        (item) => item.target?.id === person.id && item.action === 'passwordChanged',
      ),
    ).toEqual([
      expect.objectContaining({
        label: 'Adgangskode skiftet',
        actor: { id: person.id, name: person.id },
        detail: { otherSessionsEnded: 1 },
      }),
    ]);
    // Neither the passwords nor a quick hash of them are kept anywhere.
    const kept = JSON.stringify([
      await system.dataSource.query('SELECT * FROM account_audit'),
      await system.dataSource.query('SELECT * FROM idempotent_request'),
    ]);
    const bodyHash = createHash('sha256')
      .update(`POST /api/me/password\n${JSON.stringify(body)}`)
      .digest('hex');
    for (const secret of [PASSWORD, NEW_PASSWORD, bodyHash]) expect(kept).not.toContain(secret);
  });

  it('refuses a wrong current password at its field, and changes nothing', async () => {
    const person = await personWithPassword('forkert.nuvaerende');
    const browser = await browserSession(person.id);
    const elsewhere = (await signIn(person.id, PASSWORD).expect(201)).body.token as string;

    const refused = await change(browser, {
      currentPassword: 'ikke-den-rigtige',
      newPassword: NEW_PASSWORD,
    }).expect(400);
    expect(refused.body).toMatchObject({
      code: 'wrongCurrentPassword',
      errors: [{ field: 'currentPassword', message: 'Den nuværende adgangskode er forkert' }],
    });

    await sessionWithToken(elsewhere).expect(200);
    await signIn(person.id, NEW_PASSWORD).expect(401);
    await signIn(person.id, PASSWORD).expect(201);
    expect(await auditOf(person.id)).toEqual([
      { actor_id: person.id, action: 'passwordChangeFailed', detail: null },
      { actor_id: null, action: 'signInFailed', detail: null }, // the new one, tried above
    ]);
  });

  it('counts wrong current passwords toward the sign-in lock-out', async () => {
    const person = await personWithPassword('gaetter.loes');
    const browser = await browserSession(person.id);
    const wrong = (attempt: number) =>
      change(browser, { currentPassword: `forkert-${attempt}`, newPassword: NEW_PASSWORD });

    await wrong(1).expect(400);
    await signIn(person.id, 'forkert-2').expect(401);
    const locked = await wrong(3).expect(429);
    expect(locked.body).toMatchObject({ code: 'lockedOut' });
    // Locked: not even the right password changes it, nor signs in.
    await change(browser, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }).expect(429);
    await signIn(person.id, PASSWORD).expect(429);
    expect((await auditOf(person.id)).map((entry) => entry.action)).toEqual([
      'passwordChangeFailed',
      'signInFailed',
      'lockedOut',
    ]);
  });

  it('needs a new password of 12 characters, another than the current one', async () => {
    const person = await personWithPassword('kort.kode');
    const browser = await browserSession(person.id);

    const short = await change(browser, {
      currentPassword: PASSWORD,
      newPassword: 'for-kort',
    }).expect(400);
    expect(short.body.errors).toEqual([
      { field: 'newPassword', message: 'Adgangskoden skal være mindst 12 tegn' },
    ]);
    const same = await change(browser, {
      currentPassword: PASSWORD,
      newPassword: PASSWORD,
    }).expect(400);
    expect(same.body.errors).toEqual([
      { field: 'newPassword', message: 'Den nye adgangskode skal være en anden end den nuværende' },
    ]);
    const missing = await change(browser, { newPassword: NEW_PASSWORD }).expect(400);
    expect(missing.body.errors).toEqual([
      { field: 'currentPassword', message: 'Angiv din nuværende adgangskode' },
    ]);

    await signIn(person.id, PASSWORD).expect(201);
    expect(await auditOf(person.id)).toEqual([]);
  });

  it('needs the CSRF token on a cookie session, and a session at all', async () => {
    const person = await personWithPassword('uden.csrf');
    const browser = await browserSession(person.id);
    const body = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD };

    const forged = await request(server())
      .post('/api/me/password')
      .set('cookie', browser.cookie)
      .send(body)
      .expect(403);
    expect(forged.body.code).toBe('csrf');
    await request(server()).post('/api/me/password').send(body).expect(401);

    await signIn(person.id, PASSWORD).expect(201);
    await signIn(person.id, NEW_PASSWORD).expect(401);
  });

  it('is not for a person without a password of Budgetflow (409)', async () => {
    const person = as.person('ingen.kode', 'coordinator');
    const { token } = await system.sessionOf(person);
    expect((await sessionWithToken(token).expect(200)).body.passwordSignIn).toBe(false);
    const refused = await request(server())
      .post('/api/me/password')
      .set('authorization', `Bearer ${token}`)
      .send({ currentPassword: 'hvad-som-helst', newPassword: NEW_PASSWORD })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'noPassword',
      detail:
        'Din konto har ingen adgangskode i Budgetflow; du logger ind gennem organisationens login',
    });
  });
});

describe("a person's own password with AUTH_MODE=oidc", () => {
  let api: OidcApi;

  beforeAll(async () => {
    // The provider is never asked: the session is opened directly, as after a sign-in.
    api = await startOidcApi({
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: 'http://issuer.invalid',
      OIDC_CLIENT_ID: 'budgetflow-test',
      OIDC_CLIENT_SECRET: 'test-only secret',
    });
  });
  afterAll(() => api?.stop());

  it("is the provider's business (409), even for an account that has a password", async () => {
    await api.addPerson({ id: 'mette', email: 'mette@region.example', role: 'coordinator' });
    const accounts = new AccountRepository(api.dataSource);
    await accounts.setPassword('mette', await hashPassword(PASSWORD));
    const { token } = await api.app
      .get(AuthService)
      .open((await accounts.findById('mette'))!, 'oidc');
    const bearer = `Bearer ${token}`;

    const session = await request(api.app.getHttpServer())
      .get('/api/auth/session')
      .set('authorization', bearer)
      .expect(200);
    expect(session.body.passwordSignIn).toBe(false);
    const refused = await request(api.app.getHttpServer())
      .post('/api/me/password')
      .set('authorization', bearer)
      .send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'passwordsOff',
      detail: 'Adgangskoden hører til organisationens login (OpenID Connect) og skiftes dér',
    });
  });
});
