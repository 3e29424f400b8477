import type { Request } from 'express';

/**
 * The route a request was answered by, as a pattern (`/api/rounds/:round/initiatives/:number`),
 * never the path itself: metrics labels and log fields must not grow with every initiative.
 */
export function routeOf(request: Request): string {
  const route = (request as { route?: { path?: unknown } }).route;
  if (typeof route?.path === 'string') return `${request.baseUrl ?? ''}${route.path}`;
  return (request.originalUrl ?? request.url ?? '').startsWith('/api') ? 'unmatched' : 'web';
}
