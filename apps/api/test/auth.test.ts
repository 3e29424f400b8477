import { AccountRepository } from '@budgetflow/persistence';
import request from 'supertest';
import { hashPassword } from '../src/auth/passwords';
import { as } from './support/actors';
import { partyForm } from './support/forms';
import { startTestSystem, type TestSystem } from './support/test-system';

// Signing in and out, lock-out, session expiry, CSRF on cookie sessions, the security headers,
// and the actor always being the signed-in user.

const PASSWORD = 'korrekt-hest-batteri-hæfteklamme';

describe('sign-in and sessions', () => {
  let system: TestSystem;
  const member = as.party('Enhedslisten');
  const server = () => system.app.getHttpServer();

  beforeAll(async () => {
    system = await startTestSystem({
      env: { SIGN_IN_LOCK_AFTER: '3', SIGN_IN_LOCK_MINUTES: '15' },
    });
    await system.sessionOf(member); // puts the member in the directory
    await new AccountRepository(system.dataSource).setPassword(
      member.id,
      await hashPassword(PASSWORD),
    );
  });
  afterAll(() => system.stop());

  const signIn = (login: string, password: string) =>
    request(server()).post('/api/auth/sign-in').send({ login, password });

  it('signs in with the right password: an httpOnly, SameSite session cookie and a CSRF token', async () => {
    const response = await signIn(member.id, PASSWORD).expect(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^budgetflow_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(response.body).toMatchObject({
      user: { id: member.id, role: 'partyGroupMember', partyGroups: ['Enhedslisten'] },
      csrfToken: expect.any(String),
    });
    expect(JSON.stringify(response.body)).not.toContain('password');
  });

  it('answers a wrong password and an unknown person alike', async () => {
    const wrong = await signIn(member.id, 'forkert').expect(401);
    const unknown = await signIn('ingen-saadan', 'forkert').expect(401);
    expect(wrong.body.detail).toBe('Forkert brugernavn eller adgangskode');
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('locks the account after repeated wrong passwords, even against the right one', async () => {
    const victim = as.person('laast.medlem', 'partyGroupMember', ['SF']);
    await system.sessionOf(victim);
    await new AccountRepository(system.dataSource).setPassword(
      victim.id,
      await hashPassword(PASSWORD),
    );
    await signIn(victim.id, 'forkert-1').expect(401);
    await signIn(victim.id, 'forkert-2').expect(401);
    const locked = await signIn(victim.id, 'forkert-3').expect(429);
    expect(locked.body).toMatchObject({ code: 'lockedOut' });
    expect(locked.body.detail).toContain('låst');
    await signIn(victim.id, PASSWORD).expect(429);
    const audit: { action: string }[] = await system.dataSource.query(
      'SELECT action FROM account_audit WHERE target_id = $1 ORDER BY id',
      [victim.id],
    );
    expect(audit.map((entry) => entry.action)).toEqual([
      'signInFailed',
      'signInFailed',
      'lockedOut',
    ]);
  });

  it('ends the session on sign-out; a cookie session needs the CSRF token to change anything', async () => {
    const signedIn = await signIn(member.id, PASSWORD).expect(200);
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0]!;
    const csrf = signedIn.body.csrfToken as string;

    await request(server()).get('/api/auth/session').set('cookie', cookie).expect(200);
    const forged = await request(server()).post('/api/auth/sign-out').set('cookie', cookie);
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('csrf');

    await request(server())
      .post('/api/auth/sign-out')
      .set('cookie', cookie)
      .set('x-csrf-token', csrf)
      .expect(204);
    await request(server()).get('/api/auth/session').set('cookie', cookie).expect(401);
  });

  it('refuses an expired session', async () => {
    const token = (
      await request(server())
        .post('/api/auth/tokens')
        .send({ login: member.id, password: PASSWORD })
        .expect(201)
    ).body.token as string;
    await request(server())
      .get('/api/auth/session')
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    await system.dataSource.query(
      `UPDATE session SET expires_at = now() - interval '1 minute' WHERE user_id = $1`,
      [member.id],
    );
    const expired = await request(server())
      .get('/api/auth/session')
      .set('authorization', `Bearer ${token}`)
      .expect(401);
    expect(expired.body.code).toBe('unauthenticated');
  });

  it('takes the actor from the session, whatever the request claims', async () => {
    const { http, roundId } = system;
    // A body that names an actor is refused outright.
    await http
      .post(
        `/rounds/${roundId}/initiatives`,
        {
          number: '4.8',
          ...partyForm('Enhedslisten'),
          actor: { id: 'koordinator', role: 'coordinator' },
        },
        member,
      )
      .expect(400);
    // Headers of the old kind are ignored.
    const { token } = await system.sessionOf(member);
    await request(server())
      .post(`/api/rounds/${roundId}/initiatives`)
      .set('authorization', `Bearer ${token}`)
      .set('x-actor-id', 'koordinator')
      .set('x-actor-role', 'coordinator')
      .send({ number: '4.8', ...partyForm('Enhedslisten') })
      .expect(201);
    const rows: { actor_id: string; actor_role: string }[] = await system.dataSource.query(
      `SELECT actor_id, actor_role FROM audit_entry WHERE round_id = $1 AND number = '4.8'`,
      [roundId],
    );
    expect(rows).toEqual([{ actor_id: member.id, actor_role: 'partyGroupMember' }]);
  });

  it('sends security headers, keeps CORS closed and never shows a stack trace', async () => {
    const response = await request(server())
      .get('/api/health')
      .set('origin', 'https://fremmed.example')
      .expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['access-control-allow-origin']).toBeUndefined();

    const malformed = await request(server())
      .post('/api/auth/sign-in')
      .set('content-type', 'application/json')
      .send('{"login": ')
      .expect(400);
    expect(Object.keys(malformed.body).sort()).toEqual([
      'detail',
      'instance',
      'status',
      'title',
      'type',
    ]);
    expect(JSON.stringify(malformed.body)).not.toMatch(/at \w+ \(|node_modules|SELECT/);

    const tooLarge = await request(server())
      .post('/api/auth/sign-in')
      .send({ login: 'x', password: 'y'.repeat(2_000_000) });
    expect(tooLarge.status).toBe(413);
  });

  it('answers nothing but sign-in and health without a session', async () => {
    await request(server()).get('/api/initiatives').expect(401);
    await request(server()).get('/api/rounds').expect(401);
    await request(server()).get('/api/me/notifications').expect(401);
    await request(server()).get('/api/health').expect(200);
  });
});
