import { isOperation, type Operation } from '@budgetflow/domain';
import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { z } from 'zod';
import { OPERATION_KEY } from '../auth/operation.decorator';
import { respondsOf, type SuccessResponse } from './responds.decorator';
import { type UploadBody, uploadBodyOf } from './upload-body.decorator';

/** One route as its controller declares it: what it takes and what it answers. */
export interface RouteContract {
  /** Lower case, as OpenAPI writes it. */
  readonly method: 'get' | 'post' | 'put' | 'delete' | 'patch';
  /** As OpenAPI writes it, e.g. /api/rounds/{roundId}/calendar. */
  readonly path: string;
  readonly handler: string;
  readonly operation: Operation;
  readonly body?: { readonly name: string; readonly schema: z.ZodType };
  /** Files sent as multipart/form-data instead of a JSON body. */
  readonly upload?: UploadBody;
  readonly query?: z.ZodType;
  readonly responses: readonly SuccessResponse[];
}

interface ZodDtoClass {
  readonly name: string;
  readonly isZodDto: true;
  readonly schema: z.ZodType;
}

/** Every route of the application, read from its controllers' metadata. */
export function routeContracts(app: INestApplication, prefix: string): RouteContract[] {
  const routes: RouteContract[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!type) continue;
      const base = pathOf(Reflect.getMetadata(PATH_METADATA, type));
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const operation = Reflect.getMetadata(OPERATION_KEY, handler) as string | undefined;
        const where = `${type.name}.${name}`;
        if (!operation || !isOperation(operation)) throw new Error(`${where} names no operation`);
        const args = argumentsOf(type, name);
        const body = args.get(RouteParamtypes.BODY);
        const query = args.get(RouteParamtypes.QUERY);
        const upload = uploadBodyOf(handler);
        routes.push({
          method: RequestMethod[method].toLowerCase() as RouteContract['method'],
          path: `/${prefix}${base}${pathOf(Reflect.getMetadata(PATH_METADATA, handler))}`
            .replace(/\/+$/, '')
            .replace(/:(\w+)/g, '{$1}'),
          handler: where,
          operation,
          ...(body
            ? { body: { name: `${body.name.replace(/Dto$/, '')}Body`, schema: body.schema } }
            : {}),
          ...(query ? { query: query.schema } : {}),
          ...(upload ? { upload } : {}),
          responses: respondsOf(handler),
        });
      }
    }
  }
  return routes;
}

/** The zod DTOs a handler's @Body, @Query and @Param arguments are typed with. */
function argumentsOf(type: new (...args: never[]) => object, name: string) {
  const declared = (Reflect.getMetadata(ROUTE_ARGS_METADATA, type, name) ?? {}) as Record<
    string,
    { index: number; data?: unknown }
  >;
  const types = (Reflect.getMetadata('design:paramtypes', type.prototype, name) ?? []) as unknown[];
  const found = new Map<RouteParamtypes, ZodDtoClass>();
  for (const [key, { index, data }] of Object.entries(declared)) {
    const kind = Number(key.split(':')[0]) as RouteParamtypes;
    const dto = types[index];
    // A named argument (@Param('id')) is one value, not the whole DTO.
    if (data === undefined && isZodDto(dto)) found.set(kind, dto);
  }
  return found;
}

function isZodDto(value: unknown): value is ZodDtoClass {
  return typeof value === 'function' && 'isZodDto' in value && value.isZodDto === true;
}

function pathOf(path: string | string[] | undefined): string {
  const first = Array.isArray(path) ? path[0] : path;
  if (!first || first === '/') return '';
  return `/${first.replace(/^\/+|\/+$/g, '')}`;
}
