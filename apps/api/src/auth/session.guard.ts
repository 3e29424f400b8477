import { isOperation, type Operation, operationRefusal } from '@budgetflow/domain';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ProblemException, RefusedException } from '../http/problem';
import { AuthService, type LiveSession } from './auth.service';
import { OPERATION_KEY } from './operation.decorator';
import { attachSession } from './request-session';
import { CSRF_HEADER, SESSION_COOKIE } from './session-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every request passes here: the session (a cookie from the browser, or a bearer token from a
 * script) names the actor, the route's operation names who may call it (libs/domain's table),
 * and a cookie-borne change must carry the session's CSRF token.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const operation = this.reflector.get<string | undefined>(OPERATION_KEY, context.getHandler());
    if (!operation || !isOperation(operation)) {
      // A route nobody wrote a rule for is closed (and the authorization matrix test fails).
      throw new ProblemException({
        status: 403,
        title: 'Ikke tilladt',
        detail: 'Der er ingen adgangsregel for denne handling',
      });
    }
    const request = context.switchToHttp().getRequest<Request>();
    const session = await this.sessionOf(request);
    this.check(operation, session);
    if (session) attachSession(request, session);
    return true;
  }

  private async sessionOf(request: Request): Promise<LiveSession | null> {
    const bearer = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const token = bearer ?? cookie;
    if (!token) return null;
    const session = await this.auth.sessionOf(token);
    if (session && !bearer && !SAFE_METHODS.has(request.method)) {
      // A browser sends the cookie on its own; the CSRF token proves the page is ours.
      if (request.headers[CSRF_HEADER] !== session.session.csrfToken) {
        throw new ProblemException({
          status: 403,
          title: 'Ikke tilladt',
          detail: 'Forespørgslen mangler et gyldigt CSRF-token (X-CSRF-Token)',
          code: 'csrf',
        });
      }
    }
    return session;
  }

  private check(operation: Operation, session: LiveSession | null): void {
    const refused = operationRefusal(operation, session?.actor ?? null);
    if (refused === 'unauthenticated') {
      throw new ProblemException({
        status: 401,
        title: 'Ikke logget ind',
        detail: 'Log ind for at fortsætte',
        code: 'unauthenticated',
      });
    }
    if (refused) throw new RefusedException(refused);
  }
}
