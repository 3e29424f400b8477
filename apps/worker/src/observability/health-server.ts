import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from '@temporalio/worker';

/**
 * /live (the process answers) and /ready (the worker is polling its task queue) for an
 * orchestrator's probes; not for people, so plain JSON and nothing else.
 */
export async function startHealthServer(
  worker: Worker,
  options: { host: string; port: number },
): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = request.url?.split('?')[0];
    const state = worker.getState();
    const answer = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'GET') return answer(405, { error: 'method not allowed' });
    if (path === '/live') return answer(200, { status: 'up', state });
    if (path === '/ready')
      return answer(state === 'RUNNING' ? 200 : 503, {
        status: state === 'RUNNING' ? 'up' : 'down',
        state,
      });
    return answer(404, { error: 'not found' });
  });
  server.listen(options.port, options.host);
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
