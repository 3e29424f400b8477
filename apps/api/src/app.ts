import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import type { ApiConfig } from './config/api-config';
import { methodNotAllowed } from './http/method-not-allowed';
import { storableText } from './http/storable-text';
import { openApiDocument } from './openapi/document';
import { securityHeaders } from './web/security-headers';
import { serveWebApp } from './web/web-app';

/**
 * Builds the API (not yet listening): routes under /api, OpenAPI at /api/docs, and the web app's
 * build (WEB_DIST) at every other address.
 */
export async function createApp(
  config: ApiConfig,
  options: { logger?: false } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config), {
    bodyParser: false,
    ...(options.logger === false ? { logger: false } : {}),
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.use(securityHeaders({ https: config.COOKIE_SECURE === 'true' }));
  app.use(cookieParser());
  // Closed unless origins are named: the web app is served from the API's own origin.
  if (config.CORS_ORIGINS.length > 0) {
    app.enableCors({ origin: config.CORS_ORIGINS, credentials: true });
  }
  app.set('trust proxy', 'loopback');
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  const document = openApiDocument(app, 'api');
  app.use(methodNotAllowed(document), storableText(document));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  serveWebApp(app, config.WEB_DIST);
  return app;
}
