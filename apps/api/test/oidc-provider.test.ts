import { fork } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import {
  CALLBACK_URL,
  cookieSet,
  type OidcApi,
  pathOf,
  PUBLIC_URL,
  setCookieLine,
  startOidcApi,
} from './oidc-api';

// The whole authorization code flow against a real OpenID Provider (panva's oidc-provider, the
// certified Node.js implementation): the browser is played by plain HTTP requests, through
// Budgetflow's login, the provider's own login and consent pages, and back to the callback.
// Its ID tokens carry only the subject, so the e-mail address comes from its user info endpoint,
// and it takes the client secret in the form (the signed-token tests cover HTTP Basic).

const CLIENT_ID = 'budgetflow';
const CLIENT_SECRET = 'test-only-client-secret-0123456789';

/** Who the provider knows (subject → claims); only some of them are in Budgetflow's directory. */
const PROVIDER_ACCOUNTS = {
  'entra-anna': { email: 'Anna.Holm@Region.example', email_verified: true, name: 'Anna Holm' },
  'entra-ukendt': { email: 'ukendt@region.example', email_verified: true, name: 'Ukendt' },
};

describe('sign-in through a real OpenID Provider', () => {
  let provider: { issuer: string; stop(): Promise<void> };
  let api: OidcApi;

  beforeAll(async () => {
    provider = await startProvider();
    api = await startOidcApi({
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
    });
    await api.addPerson({
      id: 'anna.holm',
      email: 'anna.holm@region.example',
      role: 'coordinator',
    });
  });
  afterAll(async () => {
    await api?.stop();
    await provider?.stop();
  });

  /** Budgetflow's login, the provider's pages, and Budgetflow's callback: its answer. */
  async function signInAs(subject: string) {
    const login = await api.get('/api/auth/oidc/login').expect(302);
    const transaction = cookieSet(login, 'budgetflow_oidc');
    expect(transaction).toBeDefined();
    const back = await signInAtProvider(String(login.headers['location']), subject);
    return api.get(pathOf(back), [transaction!]);
  }

  it('signs a person of the directory in with their own role, and links the login', async () => {
    const callback = await signInAs('entra-anna');
    expect(callback.status).toBe(302);
    expect(callback.headers['location']).toBe(PUBLIC_URL);
    const line = setCookieLine(callback, 'budgetflow_session');
    expect(line).toMatch(/^budgetflow_session=[\w-]{40,};/);
    expect(line).toContain('HttpOnly');
    expect(line).toContain('SameSite=Lax');

    const session = await api.get('/api/auth/session', [
      cookieSet(callback, 'budgetflow_session')!,
    ]);
    expect(session.status).toBe(200);
    expect(session.body.user).toEqual({
      id: 'anna.holm',
      name: 'anna.holm',
      role: 'coordinator',
      partyGroups: [],
      reviewAreas: [],
    });
    expect(await api.externalSubjectOf('anna.holm')).toBe(`${provider.issuer}|entra-anna`);
    expect(await api.auditOf('anna.holm')).toEqual([
      { action: 'signedIn', detail: { via: 'oidc', linked: true } },
    ]);

    // The next time, the link finds her.
    const again = await signInAs('entra-anna');
    expect(again.status).toBe(302);
    expect((await api.auditOf('anna.holm')).at(-1)).toEqual({
      action: 'signedIn',
      detail: { via: 'oidc' },
    });
  });

  it('refuses, in Danish, a person the provider knows but Budgetflow does not', async () => {
    const callback = await signInAs('entra-ukendt');
    expect(callback.status).toBe(403);
    expect(callback.body).toMatchObject({
      status: 403,
      code: 'notRegistered',
      detail: 'Du er ikke oprettet i Budgetflow; kontakt en systemadministrator',
    });
    expect(cookieSet(callback, 'budgetflow_session')).toBeUndefined();
    expect(await api.auditOf(null)).toContainEqual({
      action: 'signInFailed',
      detail: {
        via: 'oidc',
        reason: 'notRegistered',
        subject: `${provider.issuer}|entra-ukendt`,
        userClaim: 'ukendt@region.example',
      },
    });
  });
});

/** The provider in a process of its own (see oidc-provider-process.mjs), on a free port. */
async function startProvider(): Promise<{ issuer: string; stop(): Promise<void> }> {
  const options = {
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: CALLBACK_URL,
    accounts: PROVIDER_ACCOUNTS,
  };
  const child = fork(join(__dirname, 'oidc-provider-process.mjs'), [JSON.stringify(options)], {
    execArgv: [],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { issuer: string }).issuer));
    child.once('exit', (code) =>
      reject(new Error(`The OpenID Provider exited (${code}): ${stderr}`)),
    );
  });
  return {
    issuer,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/**
 * A person at the provider: follows its redirects, fills in its development login form (any
 * password) and consents, until it sends the browser back to Budgetflow; that address.
 */
async function signInAtProvider(authorizationUrl: string, subject: string): Promise<string> {
  const origin = new URL(authorizationUrl).origin;
  const browser = request.agent(origin);
  let next = pathOf(authorizationUrl);
  for (let step = 0; step < 12; step++) {
    const page = await browser.get(next);
    let location: string | undefined = page.headers['location'];
    if (page.status === 200) {
      const prompt = /name="prompt" value="(\w+)"/.exec(page.text)?.[1];
      const action = /<form[^>]* action="([^"]+)"/.exec(page.text)?.[1];
      if (!prompt || !action) throw new Error(`Not a login or consent page:\n${page.text}`);
      const form =
        prompt === 'login' ? { prompt, login: subject, password: 'hvad-som-helst' } : { prompt };
      const submitted = await browser
        .post(pathOf(new URL(action, origin).href))
        .type('form')
        .send(form);
      location = submitted.headers['location'];
    }
    if (!location) throw new Error(`The provider answered ${page.status}:\n${page.text}`);
    const absolute = new URL(location, origin).href;
    if (absolute.startsWith(CALLBACK_URL)) return absolute;
    next = pathOf(absolute);
  }
  throw new Error('The provider never sent the browser back');
}
