import { createHash } from 'node:crypto';
import { IdempotentRequestRepository } from '@budgetflow/persistence';
import {
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, Observable, of, throwError } from 'rxjs';
import { sessionOfRequest } from '../auth/request-session';
import { ProblemException } from '../http/problem';
import { runWithUpdateId } from './idempotency-context';
import { SECRET_BODY_KEY, type SecretBodyOptions } from './secret-body.decorator';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Printable ASCII, as in the IETF draft's examples; no leading space. */
const VALID_KEY = /^[\x21-\x7e][\x20-\x7e]{0,254}$/;
/** A day: long enough for any client's retries, short enough to keep the table small. */
const KEPT_MS = 24 * 60 * 60 * 1000;
const FORGET_EVERY_MS = 10 * 60 * 1000;

/**
 * `Idempotency-Key` on POST, PUT and DELETE: a retry of a request that was answered gets the
 * same answer (marked `Idempotent-Replayed: true`) and changes nothing; a retry of one that was
 * never answered (a timeout, a crashed process) is sent to Temporal under the same update id, so
 * it joins the step under way or gets the result of the step already taken. Only successful
 * answers are kept: a refusal changed nothing, so a retry is simply decided again, and its key
 * is forgotten.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private lastForgotten = 0;

  constructor(
    @Inject(IdempotentRequestRepository) private readonly requests: IdempotentRequestRepository,
    @Inject(Reflector) private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const key = request.header(IDEMPOTENCY_HEADER);
    const actorId = sessionOfRequest(request)?.account.id;
    if (key === undefined || !actorId || !['POST', 'PUT', 'DELETE'].includes(request.method)) {
      return next.handle();
    }
    if (!VALID_KEY.test(key)) {
      throw new ProblemException({
        status: 400,
        title: 'Ugyldig forespørgsel',
        detail: 'Idempotency-Key skal være 1-255 synlige ASCII-tegn',
        errors: [{ field: 'Idempotency-Key', message: 'Skal være 1-255 synlige ASCII-tegn' }],
      });
    }
    const secret = this.reflector.get<Required<SecretBodyOptions> | undefined>(
      SECRET_BODY_KEY,
      context.getHandler(),
    );
    const fingerprint = fingerprintOf(request, secret !== undefined);
    const updateId = createHash('sha256').update(`${actorId}\0${key}`).digest('hex');
    const response = context.switchToHttp().getResponse<Response>();
    this.forgetOldKeys();

    return from(this.requests.begin(actorId, key, fingerprint)).pipe(
      mergeMap((earlier) => {
        if (earlier.state !== 'new' && earlier.fingerprint !== fingerprint) {
          throw new ProblemException({
            status: HttpStatus.UNPROCESSABLE_ENTITY,
            title: 'Nøglen er brugt',
            detail: 'Idempotency-Key er allerede brugt til en anden forespørgsel; brug en ny nøgle',
            code: 'idempotencyKeyReused',
          });
        }
        if (earlier.state === 'answered') {
          response.setHeader('Idempotent-Replayed', 'true');
          response.status(earlier.status);
          return of(earlier.body);
        }
        const status = this.successStatusOf(context, request.method);
        return new Observable<unknown>((subscriber) =>
          runWithUpdateId(updateId, () => next.handle().subscribe(subscriber)),
        ).pipe(
          mergeMap((body) =>
            from(
              this.requests
                .answer(actorId, key, status, withoutSecrets(body, secret?.answerFields ?? []))
                .then(() => body),
            ),
          ),
          // A refused request leaves nothing behind, its key neither. (After an outage the step
          // may have been taken: a retry is sent under the same update id all the same.)
          catchError((error: unknown) =>
            from(this.requests.forgetUnanswered(actorId, key).catch(() => undefined)).pipe(
              mergeMap(() => throwError(() => error)),
            ),
          ),
        );
      }),
    );
  }

  /** The status Nest answers a success with: @HttpCode's, else 201 for POST and 200 otherwise. */
  private successStatusOf(context: ExecutionContext, method: string): number {
    const declared = this.reflector.get<number | undefined>(
      HTTP_CODE_METADATA,
      context.getHandler(),
    );
    return declared ?? (method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
  }

  private forgetOldKeys(): void {
    const now = Date.now();
    if (now - this.lastForgotten < FORGET_EVERY_MS) return;
    this.lastForgotten = now;
    void this.requests.forgetOlderThan(KEPT_MS).catch(() => undefined);
  }
}

function fingerprintOf(request: Request, secretBody: boolean): string {
  const body = secretBody ? '(secret)' : JSON.stringify(request.body ?? null);
  return createHash('sha256')
    .update(`${request.method} ${request.originalUrl}\n${body}`)
    .digest('hex');
}

/** The answer as it is kept for a replay: its secret fields (a generated password) as null. */
function withoutSecrets(body: unknown, fields: readonly string[]): unknown {
  if (fields.length === 0 || typeof body !== 'object' || body === null) return body;
  return { ...body, ...Object.fromEntries(fields.map((field) => [field, null])) };
}
