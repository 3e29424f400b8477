import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { readApiConfig } from '../src/config/api-config';
import { startTestSystem, type TestSystem } from './support/test-system';

// The API serves the web app's build (WEB_DIST) beside itself: the client's own routes answer
// index.html, the hashed files are cached for good, and /api answers as it always did.

const indexHtml =
  '<!doctype html><html lang="da"><head><title>Budgetflow</title>' +
  '<script type="module" src="/assets/app-abc123.js"></script></head>' +
  '<body><div id="root"></div></body></html>';

describe('the web app beside the API', () => {
  let dist: string;
  let system: TestSystem;
  const get = (path: string) => request(system.app.getHttpServer()).get(path);

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'budgetflow-web-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), indexHtml);
    await writeFile(join(dist, 'assets', 'app-abc123.js'), 'console.log("budgetflow");\n');
    system = await startTestSystem({ inProcessWorker: false, env: { WEB_DIST: dist } });
  });

  afterAll(async () => {
    await system?.stop();
    await rm(dist, { recursive: true, force: true });
  });

  it.each(['/', '/runder/x/forslag', '/runder/x/forslag/4.2', '/log-ind'])(
    'answers %s with the app, asked again every time',
    async (path) => {
      const response = await get(path).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toBe(indexHtml);
    },
  );

  it('answers HEAD on a client route without a body', async () => {
    const response = await request(system.app.getHttpServer()).head('/beskeder').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toBeUndefined();
  });

  it('serves the hashed files as JavaScript, cached for good', async () => {
    const response = await get('/assets/app-abc123.js').expect(200);
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.text).toContain('budgetflow');
  });

  it('answers a missing asset with a 404, not with the app', async () => {
    const response = await get('/assets/app-old999.js').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('keeps /api answering problems: an unknown address, a wrong method', async () => {
    const unknown = await get('/api/nope').expect(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body).toMatchObject({
      status: 404,
      title: 'Ikke fundet',
      instance: '/api/nope',
    });

    const wrongMethod = await request(system.app.getHttpServer()).delete('/api/health').expect(405);
    expect(wrongMethod.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrongMethod.headers['allow']).toBe('GET, HEAD, OPTIONS');
  });

  it('takes no other method than GET and HEAD outside /api', async () => {
    const response = await request(system.app.getHttpServer()).post('/runder/x/forslag').send({});
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it("lets the app's own scripts, styles, images and fetches run, and nothing inline but style attributes", async () => {
    const csp = String((await get('/').expect(200)).headers['content-security-policy']);
    const directives = Object.fromEntries(
      csp.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'script-src-attr': "'none'",
      'style-src': "'self'",
      'style-src-attr': "'unsafe-inline'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
    });
  });

  it('keeps the OpenAPI page working', async () => {
    const response = await get('/api/docs/').expect(200);
    expect(response.text).toContain('swagger-ui');
    expect(response.headers['content-security-policy']).toContain(
      "style-src 'self' https: 'unsafe-inline'",
    );
    await get('/api/docs/openapi.json').expect(200);
  });

  it('refuses to start with a WEB_DIST that holds no build', () => {
    expect(() =>
      readApiConfig({ DATABASE_URL: 'postgres://x', TEMPORAL_ADDRESS: 'x:1', WEB_DIST: tmpdir() }),
    ).toThrow(/WEB_DIST: .*index\.html is missing \(npm run build:web/);
  });
});
