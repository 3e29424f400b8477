import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { addressesOf, refuse } from './edge';
import { type FieldProblem, ProblemException } from './problem';

/** What text PostgreSQL can store: no NUL, and well-formed Unicode (no half surrogate pair). */
export const STORABLE_TEXT_PATTERN = '^[^\\x00]*$';

const message = 'Teksten indeholder et tegn, der ikke kan gemmes (NUL eller et halvt Unicode-tegn)';

/**
 * PostgreSQL stores no NUL (U+0000) in text or JSON, and no half of a UTF-16 surrogate pair in
 * JSON. Such text, let in, would fail where it is written: in a lookup (a 500), or in the
 * projection of a step the workflow has already taken, which then could never be recorded. So
 * the API refuses it at the door, in every part of a request (path, query, body): 400 naming
 * the field, as validation does.
 */
export function storableText(document: OpenAPIObject): RequestHandler {
  const addresses = addressesOf(document);
  return (request: Request, response: Response, next: NextFunction) => {
    const parameters = addresses
      .map(({ pattern }) => pattern.exec(request.path)?.groups)
      .find((groups) => groups !== undefined);
    const errors = [
      ...Object.entries(parameters ?? {}).flatMap(([name, raw]) =>
        unstorable(decoded(raw), `path.${name}`),
      ),
      ...Object.entries(request.query).flatMap(([name, value]) => unstorable(value, name)),
      ...unstorable(request.body as unknown, ''),
    ];
    if (errors.length === 0) return next();
    const detail = errors.map(({ field }) => `${field || 'body'}: ${message}`).join('; ');
    const problem = new ProblemException({
      status: 400,
      title: 'Ugyldig forespørgsel',
      detail,
      errors,
    });
    refuse(problem, request, response, next);
  };
}

/** The fields of a value (and of its keys) that hold text PostgreSQL cannot store. */
function unstorable(value: unknown, field: string): FieldProblem[] {
  const at = (key: string) => (field ? `${field}.${key}` : key);
  if (typeof value === 'string') return storable(value) ? [] : [{ field, message }];
  if (Array.isArray(value)) return value.flatMap((item, i) => unstorable(item, at(String(i))));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(storable(key) ? [] : [{ field: at(key), message }]),
    ...unstorable(inner, at(key)),
  ]);
}

const halfSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function storable(text: string): boolean {
  return !text.includes('\u0000') && !halfSurrogate.test(text);
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // not percent-encoding the router can read: it refuses it itself
  }
}
