import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { AppModule } from './app.module';
import type { ApiConfig } from './config/api-config';

/** Builds the API (not yet listening): routes under /api, OpenAPI at /api/docs. */
export async function createApp(
  config: ApiConfig,
  options: { logger?: false } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config), {
    bodyParser: false,
    ...(options.logger === false ? { logger: false } : {}),
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.use(
    helmet({
      // Over plain http (development) an upgrade to https would break every page's own assets.
      contentSecurityPolicy: {
        directives: { upgradeInsecureRequests: config.COOKIE_SECURE === 'true' ? [] : null },
      },
    }),
  );
  app.use(cookieParser());
  // Closed unless origins are named: the web app is served from the API's own origin.
  if (config.CORS_ORIGINS.length > 0) {
    app.enableCors({ origin: config.CORS_ORIGINS, credentials: true });
  }
  app.set('trust proxy', 'loopback');
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Budgetflow API')
      .setDescription('Budgetinitiativer fra kladde til budgetaftale')
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, cleanupOpenApiDoc(document), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
  return app;
}
