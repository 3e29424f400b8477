import helmet from 'helmet';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Helmet's headers. The web app's Content-Security-Policy lets only its own built files run:
 * scripts, styles, images (and data: images), fetches to the API, all from this origin; inline
 * style attributes are allowed because the charts set them, inline scripts and style blocks
 * are not. The OpenAPI page (/api/docs) keeps helmet's defaults: Swagger UI has style blocks.
 */
export function securityHeaders(options: { https: boolean }): RequestHandler {
  // Over plain http (development) an upgrade to https would break every page's own assets.
  const upgradeInsecureRequests = options.https ? [] : null;
  const webApp = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests,
      },
    },
  });
  const docs = helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests } } });
  return (request: Request, response: Response, next: NextFunction) =>
    (/^\/api\/docs(\/|$)/i.test(request.path) ? docs : webApp)(request, response, next);
}
