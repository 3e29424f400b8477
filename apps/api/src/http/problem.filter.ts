import { refusalIn } from '@budgetflow/workflows';
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
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
    if (problem.status >= 500) this.logger.error(error);
    http
      .getResponse<Response>()
      .status(problem.status)
      .type('application/problem+json')
      .json(problem);
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
