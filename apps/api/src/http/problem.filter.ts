import { refusalIn } from '@budgetflow/workflows';
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import {
  isGrpcServiceError,
  WorkflowNotFoundError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import type { Request, Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import type { ZodError } from 'zod';
import type { FieldProblem, ProblemDetails } from './problem';
import { ProblemException, RefusedException } from './problem';

const titles: Record<number, string> = {
  400: 'Ugyldig forespørgsel',
  401: 'Ikke logget ind',
  403: 'Ikke tilladt',
  404: 'Ikke fundet',
  409: 'Konflikt',
  413: 'Forespørgslen er for stor',
  429: 'For mange forsøg',
  500: 'Intern fejl',
  503: 'Tjenesten er ikke tilgængelig',
};

/**
 * Every error becomes a problem answer here, and only here: bad input 400 with field messages,
 * a refused lifecycle step 409 (403 for the wrong role), unknown things 404; never a stack trace.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const problem = { ...this.toProblem(error), instance: request.originalUrl };
    const response = http.getResponse<Response>();
    if (problem.status === 503) {
      // An outage, not a fault of ours: one line, and when to ask again.
      this.logger.warn(`503 ${request.method} ${request.originalUrl}: ${describe(error)}`);
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    } else if (problem.status >= 500) this.logger.error(error);
    response.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(error: unknown): ProblemDetails {
    if (error instanceof ProblemException) return withType(error.problem);
    if (error instanceof ZodValidationException) {
      const errors = fieldProblems(error.getZodError() as ZodError);
      return withType({
        status: 400,
        title: titles[400]!,
        detail: errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; '),
        errors,
      });
    }
    const refusal = error instanceof RefusedException ? error.refusal : refusalIn(error);
    if (refusal) {
      const status = refusal.code === 'forbidden' ? 403 : 409;
      return withType({
        status,
        title: titles[status]!,
        detail: refusal.message,
        code: refusal.code,
      });
    }
    if (error instanceof WorkflowNotFoundError) {
      return withType({ status: 404, title: titles[404]!, detail: 'Forslaget findes ikke' });
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return withType({ status, title: titles[status] ?? error.name, detail: httpDetail(error) });
    }
    const unavailable = unavailableDetail(error);
    if (unavailable) return withType({ status: 503, title: titles[503]!, detail: unavailable });
    const status = clientErrorStatus(error);
    if (status) {
      return withType({
        status,
        title: titles[status] ?? 'Fejl',
        detail: 'Forespørgslens indhold kunne ikke læses (ugyldig JSON?)',
      });
    }
    return withType({
      status: 500,
      title: titles[500]!,
      detail: 'Der opstod en uventet fejl. Prøv igen.',
    });
  }
}

function withType(problem: Omit<ProblemDetails, 'type'> & { type?: string }): ProblemDetails {
  return { type: problem.type ?? 'about:blank', ...problem };
}

function fieldProblems(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

function httpDetail(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
}

/** body-parser's errors (malformed JSON, too large) carry their 4xx status. */
function clientErrorStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

const RETRY_AFTER_SECONDS = 5;

/** Errors of PostgreSQL (SQLSTATE) that mean it is down, starting or stopping, or full. */
const DATABASE_DOWN = /^(08...|57P0[123]|53300)$/;
/** Errors of a socket that could not reach, or lost, the other end. */
const CONNECTION_LOST = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
]);
/** gRPC codes with which the Temporal client gives up on a server it cannot reach in time. */
const TEMPORAL_DOWN = new Set([1, 4, 8, 14]); // CANCELLED, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, UNAVAILABLE

/**
 * A 503 and why, when PostgreSQL or Temporal cannot be reached: the request can be sent again
 * once they are back. Not a 500, which would say that the request itself broke something.
 */
function unavailableDetail(error: unknown): string | null {
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    return 'Temporal svarede ikke i tide, så det vides ikke, om handlingen blev gennemført. Hent forslaget, eller prøv igen om lidt.';
  }
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (isGrpcServiceError(cause) && TEMPORAL_DOWN.has(cause.code)) {
      return 'Budgetflow kan ikke nå Temporal, som udfører forslagenes arbejdsgange, lige nu. Prøv igen om lidt.';
    }
    // TypeORM wraps the pg error as driverError; pg's own errors carry the code themselves.
    const { driverError } = cause as { driverError?: { code?: unknown } };
    const { code } = driverError ?? (cause as { code?: unknown });
    if (typeof code === 'string' && DATABASE_DOWN.test(code)) {
      return 'Databasen er ikke tilgængelig lige nu. Prøv igen om lidt.';
    }
    if (
      (typeof code === 'string' && CONNECTION_LOST.has(code)) ||
      /^Connection terminated|timeout exceeded when trying to connect/.test(cause.message)
    ) {
      return 'Budgetflow kan ikke nå databasen eller en anden tjeneste lige nu. Prøv igen om lidt.';
    }
  }
  return null;
}

function describe(error: unknown): string {
  const causes: string[] = [];
  for (let cause = error; cause instanceof Error && causes.length < 3; cause = cause.cause) {
    causes.push(cause.message);
  }
  return causes.join(' ← ') || String(error);
}
