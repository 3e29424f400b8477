import { z } from 'zod';
import { problemStatuses } from './problems';
import type { RouteContract } from './routes';

const route = (overrides: Partial<RouteContract> & Pick<RouteContract, 'operation'>) =>
  ({ method: 'get', path: '/api/x', handler: 'X.x', responses: [], ...overrides }) as RouteContract;

describe('the problem answers a route documents', () => {
  it('for a public read without input: only failures of the server', () => {
    expect(problemStatuses(route({ operation: 'health' }))).toEqual([500, 503]);
  });

  it('for a signed-in read: no session (401), and a path names what may not exist (404)', () => {
    expect(
      problemStatuses(route({ operation: 'getRound', path: '/api/rounds/{roundId}' })),
    ).toEqual([401, 404, 500, 503]);
  });

  it('for a read with query parameters and roles: bad parameters (400), the wrong role (403)', () => {
    expect(
      problemStatuses(route({ operation: 'auditTrail', query: z.object({ limit: z.string() }) })),
    ).toEqual([400, 401, 403, 500, 503]);
  });

  it("for a step of the lifecycle: its body, CSRF, a reused key and the lifecycle's refusals", () => {
    expect(
      problemStatuses(
        route({
          operation: 'submit',
          method: 'post',
          path: '/api/rounds/{roundId}/initiatives/{number}/submit',
        }),
      ),
    ).toEqual([400, 401, 403, 404, 409, 413, 422, 500, 503]);
  });

  it('for signing in: wrong credentials, passwords switched off, locked out', () => {
    expect(
      problemStatuses(
        route({ operation: 'createToken', method: 'post', path: '/api/auth/tokens' }),
      ),
    ).toEqual([400, 401, 403, 404, 413, 422, 429, 500, 503]);
  });
});
