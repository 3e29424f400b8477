import type { OpenAPIObject } from '@nestjs/swagger';
import express from 'express';
import request from 'supertest';
import { methodNotAllowed } from './method-not-allowed';

const document = {
  openapi: '3.1.0',
  info: { title: 'test', version: '0' },
  paths: {
    '/api/rounds': { get: {}, post: {} },
    '/api/rounds/{roundId}': { get: {} },
    '/api/calendar/feeds/{token}.ics': { get: {} },
  },
} as unknown as OpenAPIObject;

function app() {
  const server = express();
  server.use(methodNotAllowed(document));
  server.all('/{*path}', (_request, response) => {
    response.status(299).send('passed on');
  });
  return server;
}

describe('an address asked with a method it does not take', () => {
  it('answers 405 with the methods it takes, as a problem in Danish', async () => {
    const response = await request(app()).patch('/api/rounds').expect(405);
    expect(response.headers['allow']).toBe('GET, HEAD, POST, OPTIONS');
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 405,
      title: 'Metoden er ikke tilladt',
      detail: 'PATCH kan ikke bruges på denne adresse; brug GET, HEAD, POST, OPTIONS',
      instance: '/api/rounds',
    });
  });

  it('knows addresses with parameters, also in the middle of a segment', async () => {
    await request(app()).delete('/api/rounds/budget-2026-2029').expect(405);
    const response = await request(app()).post('/api/calendar/feeds/abc.def.ics').expect(405);
    expect(response.headers['allow']).toBe('GET, HEAD, OPTIONS');
  });

  it('matches as the router does: any case, a trailing slash', async () => {
    await request(app()).put('/API/Rounds/').expect(405);
  });

  it('answers OPTIONS with Allow and no body', async () => {
    const response = await request(app()).options('/api/rounds/x').expect(204);
    expect(response.headers['allow']).toBe('GET, HEAD, OPTIONS');
  });

  it('passes on the methods an address takes, and addresses it does not know', async () => {
    await request(app()).get('/api/rounds').expect(299);
    await request(app()).head('/api/rounds/x').expect(299);
    await request(app()).post('/api/rounds').expect(299);
    await request(app()).patch('/api/rounds/x/initiatives').expect(299);
    await request(app()).get('/api/docs').expect(299);
  });
});
