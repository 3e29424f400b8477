import { type Operation, operationRules, type Role } from '@budgetflow/domain';
import { as, type TestActor } from './support/actors';
import { partyForm } from './support/forms';
import { type Route, routesOf } from './support/routes';
import { startTestSystem, type TestSystem } from './support/test-system';

// Every route × every role (and nobody signed in): the status each gets at the gate, generated
// from the application's own route table and libs/domain's operation table. A route without an
// access rule fails here, as does a rule that the guard does not apply.

const personas: Record<string, TestActor | undefined> = {
  'nobody signed in': undefined,
  'party member (Enhedslisten)': as.party('Enhedslisten'),
  administration: as.administration,
  coordinator: as.coordinator,
  'system administrator': as.systemAdministrator,
};

/** What a persona may expect of an operation at the gate. */
function expectedAtGate(operation: Operation, actor: TestActor | undefined): 401 | 403 | 'through' {
  const audience: (typeof operationRules)[Operation] = operationRules[operation];
  if (audience === 'public') return 'through';
  if (!actor) return 401;
  if (audience === 'signedIn') return 'through';
  return (audience as readonly Role[]).includes(actor.role) ? 'through' : 403;
}

const GATE_REFUSAL = 'Din rolle giver ikke adgang til dette';

describe('the authorization matrix', () => {
  let system: TestSystem;
  let routes: Route[];

  beforeAll(async () => {
    system = await startTestSystem();
    routes = routesOf(system.app);
  });
  afterAll(() => system.stop());

  it('knows every route, and every route has an access rule', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((route) => !route.operation).map((r) => `${r.method} ${r.path}`)).toEqual(
      [],
    );
  });

  it('answers only sign-in, health and the signed calendar feeds without a session', () => {
    const open = routes.filter((route) => operationRules[route.operation!] === 'public');
    expect(open.map((route) => route.operation).sort()).toEqual(
      expect.arrayContaining(['calendarFeed', 'createToken', 'health', 'signIn']),
    );
    for (const route of open) {
      expect([
        'calendarFeed',
        'createToken',
        'health',
        'signIn',
        'oidcLogin',
        'oidcCallback',
      ]).toContain(route.operation);
    }
  });

  it('lets each role through exactly where the table says, and stops the others', async () => {
    const results: string[] = [];
    const mismatches: string[] = [];
    // Sign-out last: it ends the persona's session.
    const ordered = [...routes].sort(
      (a, b) => Number(a.operation === 'signOut') - Number(b.operation === 'signOut'),
    );
    for (const [name, actor] of Object.entries(personas)) {
      for (const route of ordered) {
        const expected = expectedAtGate(route.operation!, actor);
        const response = await send(system, route, actor);
        const stoppedByGate =
          response.status === 401 ||
          (response.status === 403 && response.body?.detail === GATE_REFUSAL);
        const got = response.status === 401 ? 401 : stoppedByGate ? 403 : 'through';
        results.push(
          `${name.padEnd(28)} ${route.method.padEnd(6)} ${route.path} → ${response.status}`,
        );
        if (got !== expected) {
          mismatches.push(
            `${name}: ${route.method} ${route.path} (${route.operation}) expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(results.length).toBe(routes.length * Object.keys(personas).length);
  });

  it("hides another party's draft from every endpoint that names or counts it", async () => {
    const { http, roundId } = system;
    const owner = as.party('Enhedslisten');
    const other = as.party('Venstre');
    await http
      .post(
        `/rounds/${roundId}/initiatives`,
        {
          number: '4.7',
          ...partyForm('Enhedslisten', { economy: { otherOperations: { '2026': 9.9 } } }),
        },
        owner,
      )
      .expect(201);
    await http.get(`/rounds/${roundId}/initiatives/4.7`, owner).expect(200);

    for (const actor of [other, as.coordinator, as.administration, as.systemAdministrator]) {
      await http.get(`/rounds/${roundId}/initiatives/4.7`, actor).expect(404);
      const list = await http.get(`/initiatives?round=${roundId}`, actor);
      // By number, not by text: a timestamp such as 12:50:04.712Z holds "4.7" too.
      const listed = (list.body as { items: { number: string }[] }).items.map((i) => i.number);
      expect(listed).not.toContain('4.7');
      const totals = await http.get(`/initiatives/totals?round=${roundId}`, actor);
      expect(JSON.stringify(totals.body)).not.toContain('9,9');
    }
    // Changing it by any step: as if it were not there. Whoever the gate stops is stopped
    // alike for an initiative that does not exist; whoever it lets through finds nothing.
    for (const [action, body] of [
      ['submit', {}],
      ['withdraw', { reason: 'Ikke vores' }],
      ['start-review', {}],
      ['reject', { reason: 'Nej' }],
      ['merge', { into: '4.2' }],
    ] as const) {
      for (const actor of [other, as.coordinator, as.administration]) {
        const hidden = await http.post(`/rounds/${roundId}/initiatives/4.7/${action}`, body, actor);
        const absent = await http.post(`/rounds/${roundId}/initiatives/9.8/${action}`, body, actor);
        expect([hidden.status, String(hidden.body.detail).replace('4.7', 'N')]).toEqual([
          absent.status,
          String(absent.body.detail).replace('9.8', 'N'),
        ]);
        expect([403, 404]).toContain(hidden.status);
      }
    }
    await http
      .put(`/rounds/${roundId}/initiatives/4.7/draft`, partyForm('Venstre'), other)
      .expect(404);
    // The owner's own list and totals count it.
    const own = await http.get(`/initiatives/totals?round=${roundId}`, owner);
    expect(JSON.stringify(own.body)).toContain('9,9');
  });
});

/** One request of the matrix, with the route's parameters filled in and an empty body. */
function send(system: TestSystem, route: Route, actor: TestActor | undefined) {
  const path = route.path
    .replace(/^\/api/, '')
    .replace(':roundId', system.roundId)
    .replace(':number', '9.9')
    .replace(':token', 'ukendt')
    .replace(/:[A-Za-z]+/g, 'ukendt');
  switch (route.method) {
    case 'GET':
      return system.http.get(path, actor);
    case 'POST':
      return system.http.post(path, {}, actor);
    case 'PUT':
      return system.http.put(path, {}, actor);
    case 'PATCH':
      return system.http.patch(path, {}, actor);
    case 'DELETE':
      return system.http.delete(path, actor);
  }
}
