import type { Refusal } from '@budgetflow/domain';
import { HttpException } from '@nestjs/common';

/** A field-level message in a 400 answer. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * An error answer in the problem format of RFC 9457 (application/problem+json): what went wrong,
 * in words a person can read, and for bad input which field.
 */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly code?: string;
  readonly errors?: readonly FieldProblem[];
}

/** Thrown by the application's own code with a ready problem. */
export class ProblemException extends HttpException {
  constructor(readonly problem: Omit<ProblemDetails, 'type'> & { type?: string }) {
    super(problem.detail, problem.status);
  }
}

export function notFound(detail: string): ProblemException {
  return new ProblemException({ status: 404, title: 'Ikke fundet', detail });
}

/** A 400 naming each field the request got wrong, its detail listing them as "field: message". */
export function invalidFields(errors: readonly FieldProblem[], code?: string): ProblemException {
  return new ProblemException({
    status: 400,
    title: 'Ugyldig forespørgsel',
    detail: errors.map((error) => `${error.field}: ${error.message}`).join('; '),
    ...(code ? { code } : {}),
    errors,
  });
}

export function conflict(detail: string, code?: string): ProblemException {
  return new ProblemException({
    status: 409,
    title: 'Konflikt',
    detail,
    ...(code ? { code } : {}),
  });
}

/** A rule of libs/domain refused the request before anything was sent on. */
export class RefusedException extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}
