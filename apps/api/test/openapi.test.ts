import { as } from './support/actors';
import { startTestSystem, type TestSystem } from './support/test-system';

// The OpenAPI document describes every operation whole; `npm run test:fuzz` checks the answers
// against it. Here: that nothing is left out.

interface Operation {
  'x-operation'?: string;
  security?: unknown[];
  parameters: { name: string; in: string; required: boolean }[];
  responses: Record<
    string,
    { content?: Record<string, { schema: { $ref?: string; type?: string } }> }
  >;
}

describe('the OpenAPI document', () => {
  let system: TestSystem;
  let operations: [string, Operation][];

  beforeAll(async () => {
    system = await startTestSystem();
    const document = await system.http.get('/docs/openapi.json').expect(200);
    expect(document.body.openapi).toBe('3.1.0');
    operations = Object.entries(
      document.body.paths as Record<string, Record<string, Operation>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]): [string, Operation] => [
        `${method.toUpperCase()} ${path}`,
        operation,
      ]),
    );
  });

  afterAll(() => system.stop());

  it('names the access rule of every operation, and documents its success', () => {
    expect(operations.length).toBeGreaterThan(40);
    for (const [name, operation] of operations) {
      expect([name, operation['x-operation']]).toEqual([name, expect.any(String)]);
      const successes = Object.keys(operation.responses).filter((status) => status < '400');
      expect([name, successes.length > 0]).toEqual([name, true]);
      for (const status of successes.filter((code) => code !== '204' && code !== '302')) {
        const content = operation.responses[status]!.content ?? {};
        expect([name, status, Object.values(content)[0]?.schema]).toEqual([
          name,
          status,
          expect.any(Object),
        ]);
      }
    }
  });

  it('documents the problems of every operation as problem+json with field-level errors', () => {
    for (const [name, operation] of operations) {
      const problems = Object.entries(operation.responses).filter(
        ([status]) => status >= '400' && status !== '431',
      );
      expect([name, problems.map(([status]) => status)]).toEqual([
        name,
        expect.arrayContaining(['500', '503']),
      ]);
      for (const [status, response] of problems) {
        // The health checks answer 503 with their own body: which of the checks failed.
        const healthCheck = name === 'GET /api/health' || name === 'GET /api/health/ready';
        if (healthCheck && status === '503') continue;
        expect([name, status, response.content]).toEqual([
          name,
          status,
          { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        ]);
      }
    }
  });

  it('takes an optional Idempotency-Key on every change, and a session on all but the public', () => {
    for (const [name, operation] of operations) {
      const key = operation.parameters.find((parameter) => parameter.name === 'Idempotency-Key');
      expect([name, key?.required]).toEqual([name, name.startsWith('GET') ? undefined : false]);
      expect(operation.security).toBeDefined();
    }
    const security = Object.fromEntries(operations.map(([name, { security }]) => [name, security]));
    expect(security['POST /api/auth/tokens']).toEqual([]);
    expect(security['POST /api/rounds']).toEqual([{ bearer: [] }, { session: [] }]);
  });

  it('answers a method an address does not take with 405 and the methods it takes', async () => {
    const response = await system.http.patch('/rounds', {}, as.coordinator).expect(405);
    expect(response.headers['allow']).toBe('GET, HEAD, POST, OPTIONS');
    expect(response.body.title).toBe('Metoden er ikke tilladt');
  });
});
