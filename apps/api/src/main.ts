import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@budgetflow/observability';
import { createApp } from './app';
import { readApiConfig } from './config/api-config';
import { shutDownGracefully } from './health/graceful-shutdown';

// The API process. SIGTERM (or SIGINT) drains it: no new connections, /api/health/ready 503, the
// requests under way answered (SHUTDOWN_TIMEOUT_MS at most), then everything closed; a second
// signal ends it at once.
async function main(): Promise<void> {
  const config = readApiConfig();
  const logger = createLogger({ service: 'api', level: config.LOG_LEVEL });
  const tracing =
    config.OTEL_ENABLED === 'true'
      ? (await import('@budgetflow/tracing')).startTracing({
          serviceName: 'budgetflow-api',
          endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
        })
      : undefined;
  const app = await createApp(config, { logger });
  await app.listen(config.API_PORT, config.API_HOST);
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  logger.info({ port }, `API listening on http://localhost:${port}/api (docs: /api/docs)`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} again: stopping at once`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: finishing the requests under way, taking no new ones`);
    shutDownGracefully(app, { timeoutMs: config.SHUTDOWN_TIMEOUT_MS, logger })
      .then(() => tracing?.shutdown())
      .then(
        () => {
          logger.info('API stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'The API did not stop cleanly');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
