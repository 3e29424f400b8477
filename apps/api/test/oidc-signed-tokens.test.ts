import {
  CALLBACK_URL,
  cookieSet,
  type OidcApi,
  pathOf,
  PUBLIC_URL,
  setCookieLine,
  startOidcApi,
} from './oidc-api';
import { type Proven, TestIssuer } from './oidc-test-issuer';

// The mapping of a proven login to the directory, and the checks of the ID token, against a
// tiny issuer whose tokens the test signs (and spoils) itself.

const CLIENT = { id: 'budgetflow-test', secret: 'test-only secret: with ~ + & and æøå' };
const NOT_REGISTERED = 'Du er ikke oprettet i Budgetflow; kontakt en systemadministrator';

describe('OpenID Connect sign-in with signed test tokens', () => {
  let issuer: TestIssuer;
  let api: OidcApi;

  beforeAll(async () => {
    issuer = await TestIssuer.start(CLIENT);
    api = await startOidcApi({
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: issuer.issuer,
      OIDC_CLIENT_ID: CLIENT.id,
      OIDC_CLIENT_SECRET: CLIENT.secret,
    });
    await api.addPerson({
      id: 'mette',
      email: 'mette.holm@region.example',
      role: 'partyGroupMember',
      partyGroups: ['Enhedslisten'],
    });
    await api.addPerson({ id: 'bo', email: 'bo@region.example', role: 'administration' });
    await api.addPerson({ id: 'lukket', email: 'lukket@region.example', role: 'coordinator' });
    // Closed behind the audit's back, so that the audit holds only what the sign-in writes.
    await api.dataSource.query(`UPDATE app_user SET active = false WHERE id = 'lukket'`);
  });
  afterAll(async () => {
    await api?.stop();
    await issuer?.stop();
  });

  /** Budgetflow's login, the provider proving the person as given, and the callback's answer. */
  async function signIn(proven: Proven) {
    const login = await api.get('/api/auth/oidc/login').expect(302);
    const back = issuer.authorize(String(login.headers['location']), proven);
    return api.get(pathOf(back), [cookieSet(login, 'budgetflow_oidc')!]);
  }

  async function userOf(callback: Awaited<ReturnType<typeof signIn>>) {
    expect(callback.status).toBe(302);
    const session = await api
      .get('/api/auth/session', [cookieSet(callback, 'budgetflow_session')!])
      .expect(200);
    return session.body.user as { id: string; role: string; partyGroups: string[] };
  }

  it('sends the browser to the provider with PKCE, state and nonce in a short-lived cookie', async () => {
    const login = await api.get('/api/auth/oidc/login').expect(302);
    const location = new URL(String(login.headers['location']));
    expect(`${location.origin}${location.pathname}`).toBe(`${issuer.issuer}/authorize`);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      response_type: 'code',
      client_id: CLIENT.id,
      redirect_uri: CALLBACK_URL,
      scope: 'openid email profile',
      state: expect.stringMatching(/^[\w-]{43}$/),
      nonce: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge_method: 'S256',
    });
    const cookie = setCookieLine(login, 'budgetflow_oidc')!;
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/api/auth/oidc');
    expect(cookie).toContain('Max-Age=600');
    // Sealed: neither the state nor the verifier can be read from it.
    expect(cookie).not.toContain(location.searchParams.get('state'));
  });

  it('maps a first sign-in by e-mail (case aside) and links the subject; role and party groups are the directory’s', async () => {
    const callback = await signIn({
      sub: 'sub-mette',
      // What the token says about roles and groups is not read.
      claims: {
        email: 'Mette.Holm@REGION.example',
        roles: ['systemAdministrator'],
        role: 'coordinator',
        groups: ['Venstre'],
      },
    });
    expect(callback.headers['location']).toBe(PUBLIC_URL);
    expect(await userOf(callback)).toMatchObject({
      id: 'mette',
      role: 'partyGroupMember',
      partyGroups: ['Enhedslisten'],
    });
    expect(await api.externalSubjectOf('mette')).toBe(`${issuer.issuer}|sub-mette`);
    expect(await api.auditOf('mette')).toEqual([
      { action: 'signedIn', detail: { via: 'oidc', linked: true } },
    ]);
  });

  it('finds a linked person by the subject later, even when the e-mail changed (to a colleague’s)', async () => {
    const callback = await signIn({ sub: 'sub-mette', claims: { email: 'bo@region.example' } });
    expect((await userOf(callback)).id).toBe('mette');
    expect(await api.externalSubjectOf('bo')).toBeNull();
  });

  it('does not move a linked person to another login that claims the same e-mail', async () => {
    const callback = await signIn({
      sub: 'sub-impostor',
      claims: { email: 'mette.holm@region.example' },
    });
    expect(callback.status).toBe(403);
    expect(callback.body).toMatchObject({ code: 'linkedElsewhere' });
    expect(await api.externalSubjectOf('mette')).toBe(`${issuer.issuer}|sub-mette`);
  });

  it.each([
    ['another audience', { claims: { aud: 'another-client' } }, /"aud" claim/],
    ['another nonce', { claims: { nonce: 'not-the-one-sent' } }, /another nonce/],
    ['an expired token', { claims: { exp: Math.floor(Date.now() / 1000) - 600 } }, /"exp" claim/],
    ['another issuer', { claims: { iss: 'https://login.example/another' } }, /"iss" claim/],
    ['a key the issuer never published', { foreignKey: true }, /signature verification failed/],
  ])('refuses an ID token with %s', async (_, spoil, why) => {
    const callback = await signIn({ sub: 'sub-bo', claims: { email: 'bo@region.example' }, spoil });
    expect(callback.status).toBe(401);
    expect(callback.body).toMatchObject({ code: 'oidcInvalid', title: 'Ikke logget ind' });
    expect(cookieSet(callback, 'budgetflow_session')).toBeUndefined();
    expect(await api.externalSubjectOf('bo')).toBeNull();
    expect((await api.auditOf(null)).at(-1)).toEqual({
      action: 'signInFailed',
      detail: { via: 'oidc', reason: 'invalidResponse', why: expect.stringMatching(why) },
    });
  });

  it('refuses an unknown person with 403, in Danish, and audits it', async () => {
    const callback = await signIn({
      sub: 'sub-ukendt',
      claims: { email: 'ukendt@region.example' },
    });
    expect(callback.status).toBe(403);
    expect(callback.headers['content-type']).toContain('application/problem+json');
    expect(callback.body).toMatchObject({ title: 'Ikke tilladt', detail: NOT_REGISTERED });
    expect(await api.auditOf(null)).toContainEqual({
      action: 'signInFailed',
      detail: {
        via: 'oidc',
        reason: 'notRegistered',
        subject: `${issuer.issuer}|sub-ukendt`,
        userClaim: 'ukendt@region.example',
      },
    });
  });

  it('refuses a closed account alike, and does not link it', async () => {
    const callback = await signIn({
      sub: 'sub-lukket',
      claims: { email: 'lukket@region.example' },
    });
    expect(callback.status).toBe(403);
    expect(callback.body.detail).toBe(NOT_REGISTERED);
    expect(await api.externalSubjectOf('lukket')).toBeNull();
    expect(await api.auditOf('lukket')).toEqual([
      expect.objectContaining({
        action: 'signInFailed',
        detail: expect.objectContaining({ reason: 'inactive' }),
      }),
    ]);
  });

  it('does not match by an e-mail address the provider marks unverified, nor by a user id', async () => {
    const unverified = await signIn({
      sub: 'sub-bo-1',
      claims: { email: 'bo@region.example', email_verified: false },
    });
    expect(unverified.status).toBe(403);
    const byId = await signIn({ sub: 'sub-bo-2', claims: { email: 'bo' } });
    expect(byId.status).toBe(403);
    expect(await api.externalSubjectOf('bo')).toBeNull();
  });

  it('refuses a return that this browser did not start, or whose state differs', async () => {
    const login = await api.get('/api/auth/oidc/login').expect(302);
    const back = pathOf(issuer.authorize(String(login.headers['location']), { sub: 'sub-mette' }));
    const withoutCookie = await api.get(back);
    expect(withoutCookie.status).toBe(400);
    expect(withoutCookie.body).toMatchObject({ code: 'oidcExpired' });
    const otherState = await api.get(back.replace(/state=[^&]+/, 'state=forged'), [
      cookieSet(login, 'budgetflow_oidc')!,
    ]);
    expect(otherState.status).toBe(400);
    const forgedCookie = await api.get(back, ['budgetflow_oidc=forged']);
    expect(forgedCookie.status).toBe(400);
  });

  it('answers the provider’s own refusal as not signed in', async () => {
    const login = await api.get('/api/auth/oidc/login').expect(302);
    const state = new URL(String(login.headers['location'])).searchParams.get('state')!;
    const denied = await api.get(`/api/auth/oidc/callback?error=access_denied&state=${state}`, [
      cookieSet(login, 'budgetflow_oidc')!,
    ]);
    expect(denied.status).toBe(401);
    expect(denied.body).toMatchObject({ code: 'oidcDenied' });
  });
});

describe('OpenID Connect sign-in with a provider that cannot be reached', () => {
  let api: OidcApi;
  beforeAll(async () => {
    const gone = await TestIssuer.start(CLIENT);
    await gone.stop();
    api = await startOidcApi({
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: gone.issuer,
      OIDC_CLIENT_ID: CLIENT.id,
      OIDC_CLIENT_SECRET: CLIENT.secret,
    });
  });
  afterAll(() => api?.stop());

  it('answers 503, in Danish, and sends nobody anywhere', async () => {
    const login = await api.get('/api/auth/oidc/login');
    expect(login.status).toBe(503);
    expect(login.body).toMatchObject({
      code: 'oidcUnavailable',
      detail: 'Organisationens login svarer ikke; prøv igen om lidt',
    });
    expect(cookieSet(login, 'budgetflow_oidc')).toBeUndefined();
  });
});

describe('OpenID Connect sign-in switched off (AUTH_MODE=local)', () => {
  let api: OidcApi;
  beforeAll(async () => {
    api = await startOidcApi({ AUTH_MODE: 'local' });
  });
  afterAll(() => api?.stop());

  it('has no login and no callback', async () => {
    await api.get('/api/auth/oidc/login').expect(404);
    await api.get('/api/auth/oidc/callback?code=x&state=y').expect(404);
  });
});
