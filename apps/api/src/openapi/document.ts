import { isDeepStrictEqual } from 'node:util';
import { operationRules } from '@budgetflow/domain';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/session-token';
import { STORABLE_TEXT_PATTERN } from '../http/storable-text';
import { problemDescriptions, problemSchema, problemStatuses } from './problems';
import { type RouteContract, routeContracts } from './routes';
import type { UploadBody } from './upload-body.decorator';

type Json = Record<string, unknown>;

/** Printable ASCII, 1-255 characters; what the idempotency interceptor accepts. */
export const IDEMPOTENCY_KEY_PATTERN = '^[\\x21-\\x7E][\\x20-\\x7E]{0,254}$';

/**
 * The OpenAPI 3.1 document. @nestjs/swagger gives the paths, summaries and tags; every schema in
 * it (bodies, query parameters, answers, problems) is generated here from the routes' zod
 * schemas with zod's own JSON Schema (the dialect of OpenAPI 3.1), so the document says what the
 * validation does. Each route's problem answers follow from its operation in libs/domain's
 * access table and from what it takes (see problemStatuses).
 */
export function openApiDocument(app: INestApplication, prefix: string): OpenAPIObject {
  const skeleton = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setOpenAPIVersion('3.1.0')
      .setTitle('Budgetflow API')
      .setDescription('Budgetinitiativer fra kladde til budgetaftale')
      .setVersion('0.1.0')
      .build(),
  );
  const schemas = new SchemaComponents();
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routeContracts(app, prefix)) {
    const generated = skeleton.paths[route.path]?.[route.method];
    if (!generated) throw new Error(`${route.handler}: ${route.path} is not in the document`);
    paths[route.path] = {
      ...paths[route.path],
      [route.method]: {
        operationId: generated.operationId,
        summary: generated.summary,
        tags: generated.tags,
        // The operation of libs/domain's access table: who may call it.
        'x-operation': route.operation,
        security:
          operationRules[route.operation] === 'public' ? [] : [{ bearer: [] }, { session: [] }],
        parameters: parametersOf(route, schemas),
        ...(route.body
          ? {
              requestBody: {
                required: true,
                content: {
                  'application/json': {
                    schema: schemas.named(route.body.name, route.body.schema, 'input'),
                  },
                },
              },
            }
          : {}),
        ...(route.upload ? { requestBody: uploadBodyOf(route.upload) } : {}),
        responses: responsesOf(route, schemas),
      },
    };
  }
  return {
    ...skeleton,
    paths,
    components: {
      schemas: schemas.all(),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Et token fra POST /api/auth/tokens (programmer)',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description:
            'Sessionscookien fra POST /api/auth/sign-in (browser); POST, PUT og DELETE skal da have sessionens CSRF-token i X-CSRF-Token',
        },
      },
    },
  } as OpenAPIObject;
}

/** Files as a browser's form sends them: multipart/form-data, one field holding them all. */
function uploadBodyOf(upload: UploadBody): Json {
  const file = { type: 'string', format: 'binary', maxLength: upload.maxBytes };
  return {
    required: true,
    description: upload.description,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: [upload.field],
          properties: {
            [upload.field]:
              upload.maxFiles === 1
                ? file
                : { type: 'array', items: file, minItems: 1, maxItems: upload.maxFiles },
          },
        },
      },
    },
  };
}

function parametersOf(route: RouteContract, schemas: SchemaComponents): Json[] {
  const path = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string', pattern: STORABLE_TEXT_PATTERN },
  }));
  const query = route.query ? schemas.json(route.query, 'input') : {};
  const required = new Set((query['required'] as string[] | undefined) ?? []);
  const queries = Object.entries(
    (query['properties'] as Record<string, Json> | undefined) ?? {},
  ).map(([name, schema]) => ({ name, in: 'query', required: required.has(name), schema }));
  const idempotencyKey =
    route.method === 'get'
      ? []
      : [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description:
              'Sendes samme ændring igen med samme nøgle (fx efter en timeout), svares der som første gang, og intet sker to gange',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 255,
              pattern: IDEMPOTENCY_KEY_PATTERN,
            },
          },
        ];
  return [...path, ...queries, ...idempotencyKey];
}

function responsesOf(route: RouteContract, schemas: SchemaComponents): Record<string, Json> {
  if (route.responses.length === 0) throw new Error(`${route.handler} declares no @Responds`);
  const responses: Record<string, Json> = {};
  for (const answer of route.responses) {
    responses[answer.status] = {
      description: answer.description,
      ...(answer.schema
        ? {
            content: {
              [answer.mediaType ?? 'application/json']: {
                schema: schemas.json(answer.schema, 'output'),
              },
            },
          }
        : {}),
      ...(answer.headers
        ? {
            headers: Object.fromEntries(
              Object.entries(answer.headers).map(([name, { description }]) => [
                name,
                { description, required: true, schema: { type: 'string' } },
              ]),
            ),
          }
        : {}),
    };
  }
  const problem = schemas.json(problemSchema, 'output');
  for (const status of problemStatuses(route)) {
    responses[status] ??= {
      description: problemDescriptions[status] ?? 'Fejl',
      content: { 'application/problem+json': { schema: problem } },
      // The problem filter says when to ask again after an outage.
      ...(status === 503
        ? {
            headers: {
              'Retry-After': {
                description: 'Sekunder, før forespørgslen kan sendes igen',
                required: true,
                schema: { type: 'string', pattern: '^\\d+$' },
              },
            },
          }
        : {}),
    };
  }
  // Refused by Node's HTTP server itself, before the API sees the request: no problem body.
  responses[431] = { description: 'Adressen eller headerne er for lange (over 16 KB i alt)' };
  return responses;
}

/** JSON Schemas from zod; a schema with an id (`.meta({ id })`) becomes a named component. */
class SchemaComponents {
  private readonly components: Record<string, Json> = {};

  json(schema: z.ZodType, io: 'input' | 'output'): Json {
    const generated = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
    }) as Json;
    const { $defs, ...json } = generated;
    delete json['$schema']; // the document's own dialect: OpenAPI 3.1's JSON Schema
    // What the API takes: text without the characters it refuses at the door (storable-text.ts).
    const fit = (part: Json) => toComponentRefs(io === 'input' ? storableText(part) : part);
    for (const [name, definition] of Object.entries(($defs as Record<string, Json>) ?? {})) {
      this.add(name, fit(definition));
    }
    return fit(json);
  }

  named(name: string, schema: z.ZodType, io: 'input' | 'output'): Json {
    this.add(name, this.json(schema, io));
    return { $ref: `#/components/schemas/${name}` };
  }

  all(): Record<string, Json> {
    return this.components;
  }

  private add(name: string, schema: Json): void {
    const existing = this.components[name];
    if (existing && !isDeepStrictEqual(existing, schema)) {
      throw new Error(`Two different schemas are named ${name} in the OpenAPI document`);
    }
    this.components[name] = schema;
  }
}

/** Every string without a pattern of its own gets the one of storable text. */
function storableText<T>(value: T): T {
  if (Array.isArray(value)) return value.map(storableText) as T;
  if (value === null || typeof value !== 'object') return value;
  const schema = Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, storableText(inner)]),
  ) as Json;
  const type = schema['type'];
  const text = type === 'string' || (Array.isArray(type) && type.includes('string'));
  const free = !('pattern' in schema) && !('enum' in schema) && !('const' in schema);
  return (text && free ? { ...schema, pattern: STORABLE_TEXT_PATTERN } : schema) as T;
}

function toComponentRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(toComponentRefs) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string'
        ? inner.replace('#/$defs/', '#/components/schemas/')
        : toComponentRefs(inner),
    ]),
  ) as T;
}
