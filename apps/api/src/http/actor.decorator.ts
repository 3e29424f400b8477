import type { Actor } from '@budgetflow/domain';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { sessionOfRequest } from '../auth/request-session';
import { ProblemException } from './problem';

/**
 * The acting user of a command: always the signed-in user of the session, never anything the
 * request says about itself.
 */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const session = sessionOfRequest(context.switchToHttp().getRequest<Request>());
    if (!session) {
      throw new ProblemException({
        status: 401,
        title: 'Ikke logget ind',
        detail: 'Log ind for at fortsætte',
        code: 'unauthenticated',
      });
    }
    return session.actor;
  },
);
