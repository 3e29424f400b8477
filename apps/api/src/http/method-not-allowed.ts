import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { addressesOf, refuse } from './edge';
import { ProblemException } from './problem';

/**
 * An address the API has, asked with a method it does not take: 405 with the methods it does
 * take in `Allow` (RFC 9110), rather than the router's 404, which would say the address does not
 * exist. OPTIONS answers with `Allow` alone. The addresses and their methods are the OpenAPI
 * document's, which is generated from the routes.
 */
const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export function methodNotAllowed(document: OpenAPIObject): RequestHandler {
  const addresses = addressesOf(document);
  return (request: Request, response: Response, next: NextFunction) => {
    const matching = addresses.filter(({ pattern }) => pattern.test(request.path));
    if (matching.length === 0) return next();
    const methods = new Set(matching.flatMap(({ methods }) => methods));
    if (methods.has('GET')) methods.add('HEAD');
    methods.add('OPTIONS');
    if (methods.has(request.method) && request.method !== 'OPTIONS') return next();
    const allow = order.filter((method) => methods.has(method)).join(', ');
    response.setHeader('Allow', allow);
    if (request.method === 'OPTIONS') return void response.status(204).end();
    const detail = `${request.method} kan ikke bruges på denne adresse; brug ${allow}`;
    refuse(
      new ProblemException({ status: 405, title: 'Metoden er ikke tilladt', detail }),
      request,
      response,
      next,
    );
  };
}
