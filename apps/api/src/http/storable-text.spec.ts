import type { OpenAPIObject } from '@nestjs/swagger';
import express from 'express';
import request from 'supertest';
import { storableText } from './storable-text';

const document = {
  openapi: '3.1.0',
  info: { title: 'test', version: '0' },
  paths: { '/api/rounds/{roundId}/initiatives/{number}/reject': { post: {} } },
} as unknown as OpenAPIObject;

function app() {
  const server = express();
  server.use(express.json(), storableText(document));
  server.all('/{*path}', (_request, response) => {
    response.status(299).send('passed on');
  });
  return server;
}

const path = '/api/rounds/budget-2026-2029/initiatives/4.2/reject';
const refusal = 'Teksten indeholder et tegn, der ikke kan gemmes (NUL eller et halvt Unicode-tegn)';

describe('text PostgreSQL cannot store', () => {
  it('is refused in the body, at the field, in Danish', async () => {
    const response = await request(app())
      .post(path)
      .send({ reason: 'Afvist\u0000', tags: ['ok', 'x\ud800'], ['key\u0000']: 1 })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual([
      { field: 'reason', message: refusal },
      { field: 'tags.1', message: refusal },
      { field: 'key\u0000', message: refusal },
    ]);
  });

  it('is refused in the query and in the path, naming the parameter', async () => {
    const response = await request(app())
      .post('/api/rounds/budget%00/initiatives/4.2/reject?note=a%00b')
      .send({})
      .expect(400);
    expect(response.body.errors.map(({ field }: { field: string }) => field)).toEqual([
      'path.roundId',
      'note',
    ]);
  });

  it('lets any other text through, a whole surrogate pair (an emoji) too', async () => {
    await request(app()).post(path).send({ reason: 'Afvist 🙂 – æøå\t\n' }).expect(299);
    await request(app()).post('/api/somewhere?q=%C3%A6').send({ a: null }).expect(299);
  });
});
