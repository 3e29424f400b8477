import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { createLogger, type Logger, silentLogger } from '@budgetflow/observability';
import { AppModule } from './app.module';
import type { ApiConfig } from './config/api-config';
import { Readiness } from './health/readiness';
import { methodNotAllowed } from './http/method-not-allowed';
import { storableText } from './http/storable-text';
import { ApiMetrics } from './observability/api-metrics';
import { httpLogging } from './observability/http-logging';
import { NestPinoLogger } from './observability/nest-logger';
import { openApiDocument } from './openapi/document';
import { securityHeaders } from './web/security-headers';
import { serveWebApp } from './web/web-app';

/**
 * Builds the API (not yet listening): routes under /api, OpenAPI at /api/docs, and the web app's
 * build (WEB_DIST) at every other address. Logs as JSON (pino) at LOG_LEVEL unless given a
 * logger, or `false` for none (tests). Signals are main.ts's: it drains before closing.
 */
export async function createApp(
  config: ApiConfig,
  options: { logger?: false | Logger } = {},
): Promise<INestApplication> {
  const logger =
    options.logger === false
      ? silentLogger()
      : (options.logger ?? createLogger({ service: 'api', level: config.LOG_LEVEL }));
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config), {
    bodyParser: false,
    ...(options.logger === false ? { logger: false } : { bufferLogs: true }),
  });
  if (options.logger !== false) app.useLogger(new NestPinoLogger(logger));
  // First of all: the request id, the access log and the metrics see every request.
  app.use(
    app.get(Readiness).middleware(),
    ...httpLogging(logger),
    app.get(ApiMetrics).middleware(),
  );
  if (config.OTEL_ENABLED === 'true') {
    app.use((await import('./observability/http-tracing')).httpTracing());
  }
  app.useBodyParser('json', { limit: '1mb' });
  app.use(securityHeaders({ https: config.COOKIE_SECURE === 'true' }));
  app.use(cookieParser());
  // Closed unless origins are named: the web app is served from the API's own origin.
  if (config.CORS_ORIGINS.length > 0) {
    app.enableCors({ origin: config.CORS_ORIGINS, credentials: true });
  }
  app.set('trust proxy', trustProxy(config.TRUST_PROXY));
  app.setGlobalPrefix('api');
  const document = openApiDocument(app, 'api');
  app.use(methodNotAllowed(document), storableText(document));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  serveWebApp(app, config.WEB_DIST);
  return app;
}

/** Express's "trust proxy" from the setting: a number of hops, or addresses and subnets. */
function trustProxy(setting: string): number | string {
  return /^\d+$/.test(setting) ? Number(setting) : setting;
}
