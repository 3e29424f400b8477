import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** The API's own addresses: never the web app's, whatever the method. */
export const isApiPath = (path: string): boolean => /^\/api(\/|$)/i.test(path);

/** Vite's content-hashed files: a new build gives them new names, so they never change. */
const isAssetPath = (path: string): boolean => /^\/assets(\/|$)/i.test(path);

/**
 * Serves the built web app beside the API: its files, and index.html for every other GET or
 * HEAD outside /api and /assets, so that the client's own routes (/runder/…/forslag) load the
 * app on a reload or from a link. /api keeps answering as before, problems included.
 */
export function serveWebApp(app: NestExpressApplication, dist: string | undefined): void {
  const logger = new Logger('WebApp');
  if (!dist) {
    logger.log(
      'No web app: WEB_DIST is not set and dist/apps/web holds no build ' +
        '(npm run build:web makes one); serving the API only',
    );
    return;
  }
  logger.log(`Serving the web app from ${dist}`);
  app.useStaticAssets(join(dist, 'assets'), {
    prefix: '/assets',
    immutable: true,
    maxAge: '365d',
    index: false,
    redirect: false,
  });
  app.useStaticAssets(dist, {
    index: false,
    redirect: false,
    // index.html names the hashed files of the current build: always asked again.
    setHeaders: (response: Response, path: string) => {
      if (path.endsWith('.html')) response.setHeader('Cache-Control', 'no-cache');
    },
  });
  app.use(indexFallback(join(dist, 'index.html')));
}

function indexFallback(indexFile: string): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const read = request.method === 'GET' || request.method === 'HEAD';
    if (!read || isApiPath(request.path) || isAssetPath(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile, (error) => {
      if (error && !response.headersSent) next(error);
    });
  };
}
