import { isOperation, type Operation } from '@budgetflow/domain';
import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { OPERATION_KEY } from '../../src/auth/operation.decorator';

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** With the global prefix, e.g. /api/rounds/:roundId/calendar. */
  readonly path: string;
  readonly handler: string;
  /** undefined when the route declares no operation: a route without an access rule. */
  readonly operation: Operation | undefined;
}

/** Every route of the running application, read from its controllers' own metadata. */
export function routesOf(app: INestApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const base = joinPaths(Reflect.getMetadata(PATH_METADATA, type) as string | string[]);
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const own = joinPaths(Reflect.getMetadata(PATH_METADATA, handler) as string | string[]);
        const operation = Reflect.getMetadata(OPERATION_KEY, handler) as string | undefined;
        routes.push({
          method: RequestMethod[method] as Route['method'],
          path: `/api${base}${own}`.replace(/\/+$/, '') || '/api',
          handler: `${type.name}.${name}`,
          operation: operation && isOperation(operation) ? operation : undefined,
        });
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

function joinPaths(path: string | string[] | undefined): string {
  const first = Array.isArray(path) ? path[0] : path;
  if (!first || first === '/') return '';
  return `/${first.replace(/^\/+|\/+$/g, '')}`;
}
