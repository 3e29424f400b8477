import type { INestApplication } from '@nestjs/common';
import request, { type Test } from 'supertest';
import type { TestActor } from './actors';
import type { TestSessions } from './sessions';

/**
 * Requests to the API under /api: with an actor, as a script sends them (the bearer token of the
 * actor's session); without one, anonymously. Each is a supertest Test, so `.expect` chains work.
 */
export function testHttp(app: INestApplication, sessions: TestSessions) {
  const server = app.getHttpServer();
  const signed = (test: Test, actor: TestActor | undefined) =>
    actor ? withSession(test, () => sessions.sessionOf(actor)) : test;
  return {
    get: (path: string, actor?: TestActor) => signed(request(server).get(`/api${path}`), actor),
    post: (path: string, body: object, actor?: TestActor) =>
      signed(request(server).post(`/api${path}`).send(body), actor),
    put: (path: string, body: object, actor?: TestActor) =>
      signed(request(server).put(`/api${path}`).send(body), actor),
    patch: (path: string, body: object, actor?: TestActor) =>
      signed(request(server).patch(`/api${path}`).send(body), actor),
    delete: (path: string, actor?: TestActor) =>
      signed(request(server).delete(`/api${path}`), actor),
  };
}

export type TestHttp = ReturnType<typeof testHttp>;

/**
 * Opening a session takes a moment, and a Test must be returned at once: supertest sends a request
 * only on end() (which awaiting it calls), so the token is set there, just before it goes out.
 */
export function withSession(test: Test, session: () => Promise<{ token: string }>): Test {
  const send = test.end.bind(test);
  test.end = (callback) => {
    void session().then(
      ({ token }) => {
        test.set('authorization', `Bearer ${token}`);
        send(callback);
      },
      (error: unknown) => callback?.(error, undefined as never),
    );
    return test;
  };
  return test;
}
