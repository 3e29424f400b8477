import type { Server } from 'node:http';
import type { Logger } from '@budgetflow/observability';
import type { INestApplication } from '@nestjs/common';
import { Readiness } from './readiness';

/**
 * Stops the API without cutting anyone off: it stops accepting connections and reports itself
 * not ready; the requests under way are answered (each connection closes after its answer), for
 * at most `timeoutMs`, after which the connections still open are cut; then the application
 * closes: the mail dispatcher finishes the e-mail it is sending, the connections to PostgreSQL
 * and Temporal close.
 */
export async function shutDownGracefully(
  app: INestApplication,
  options: { timeoutMs: number; logger: Logger },
): Promise<void> {
  app.get(Readiness).drain();
  const server = app.getHttpServer() as Server;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A keep-alive connection with no request on it is closed at once; one with a request, once it
  // is answered (Connection: close), or by this sweep.
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const deadline = setTimeout(() => {
    options.logger.warn(
      `Requests still running after ${options.timeoutMs} ms (SHUTDOWN_TIMEOUT_MS): their connections are cut`,
    );
    server.closeAllConnections();
  }, options.timeoutMs);
  try {
    await closed;
  } finally {
    clearInterval(sweep);
    clearTimeout(deadline);
  }
  options.logger.info('Every request answered; closing the application');
  await app.close();
}
