import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import type { ProblemException } from './problem';
import { ProblemFilter } from './problem.filter';

// What the middleware at the door (before the router) shares: the API's addresses, read from
// the OpenAPI document, and the problem filter for their refusals.

/** An address of the API (a path of the OpenAPI document) and the methods it takes. */
export interface Address {
  /** Matches a request's path as the router does (any case, a trailing slash), naming parameters. */
  readonly pattern: RegExp;
  readonly methods: readonly string[];
}

export function addressesOf(document: OpenAPIObject): Address[] {
  return Object.entries(document.paths).map(([template, operations]) => {
    const names = [...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
    const source = template
      .split(/\{\w+\}/)
      .map((literal) => literal.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .reduce((joined, literal, i) => `${joined}(?<${names[i - 1]}>[^/]+)${literal}`);
    return {
      pattern: new RegExp(`^${source}/?$`, 'i'),
      methods: Object.keys(operations).map((method) => method.toUpperCase()),
    };
  });
}

const filter = new ProblemFilter();

/** Answers with the problem as the problem filter writes every error. */
export function refuse(
  problem: ProblemException,
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  filter.catch(problem, new ExecutionContextHost([request, response, next]));
}
