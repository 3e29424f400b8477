import { type Logger, requestIdFrom, runWithRequestId } from '@budgetflow/observability';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import { routeOf } from './route';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** Paths probed every few seconds: their lines would drown the others. */
const UNLOGGED = /^\/api\/health(\/|$)/;

/**
 * Every request gets an id (the client's `X-Request-Id` when it is a sensible one, else a new
 * one), answered in `X-Request-Id`, and runs in it: every log line written meanwhile names it,
 * and so do the Temporal calls it makes (the client interceptor), into the workflow's and the
 * activities' lines. One JSON line per answered request: method, path, route, status, time.
 */
export function httpLogging(logger: Logger): RequestHandler[] {
  const access = pinoHttp({
    logger,
    genReqId: (request, response) => {
      const id = requestIdFrom(request.headers['x-request-id']);
      response.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    autoLogging: { ignore: (request) => UNLOGGED.test(request.url ?? '') },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : 'info',
    // No headers (cookies, tokens) and no query strings (an OpenID Connect code) in the log.
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        path: pathOf(request.url),
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    customSuccessObject: (request, _response, value: object) => ({
      ...value,
      requestId: request.id,
      route: routeOf(request as Request),
    }),
    customErrorObject: (request, _response, _error, value: object) => ({
      ...value,
      requestId: request.id,
      route: routeOf(request as Request),
    }),
    customSuccessMessage: (request, response) =>
      `${request.method} ${pathOf(request.url ?? '')} ${response.statusCode}`,
    customErrorMessage: (request, response) =>
      `${request.method} ${pathOf(request.url ?? '')} ${response.statusCode}`,
  });
  const inContext = (request: Request, _response: Response, next: NextFunction) =>
    runWithRequestId(String(request.id), next);
  return [access as unknown as RequestHandler, inContext];
}

/** The path without its query, and a calendar feed's token (its credential) left out. */
function pathOf(url: string): string {
  return url.split('?')[0]!.replace(/(\/calendar\/feeds\/)[^/]+/, '$1…');
}
