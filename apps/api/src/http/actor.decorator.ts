import { type Actor, roles } from '@budgetflow/domain';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { z } from 'zod';
import { ProblemException } from './problem';

/**
 * Until real accounts arrive, the caller names itself in headers: X-Actor-Id, X-Actor-Role and,
 * for party group members, X-Actor-Party-Groups (comma separated). Every command takes the actor
 * as an explicit input, so swapping this for a session is a change in one place.
 */
export const ACTOR_HEADERS = {
  id: 'x-actor-id',
  role: 'x-actor-role',
  partyGroups: 'x-actor-party-groups',
} as const;

const actorSchema = z.object({
  id: z.string().trim().min(1, 'Angiv hvem der handler (X-Actor-Id)').max(200),
  role: z.enum(roles, { message: `Rollen (X-Actor-Role) skal være en af: ${roles.join(', ')}` }),
  partyGroups: z.array(z.string().trim().min(1)).max(20),
});

export function actorFromRequest(request: Request): Actor {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(',') : value;
  };
  const parsed = actorSchema.safeParse({
    id: header(ACTOR_HEADERS.id) ?? '',
    role: header(ACTOR_HEADERS.role),
    partyGroups: (header(ACTOR_HEADERS.partyGroups) ?? '')
      .split(',')
      .map((group) => decodeURIComponent(group.trim()))
      .filter((group) => group !== ''),
  });
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      field: `header.${Object.values(ACTOR_HEADERS)[['id', 'role', 'partyGroups'].indexOf(String(issue.path[0]))] ?? 'actor'}`,
      message: issue.message,
    }));
    throw new ProblemException({
      status: 400,
      title: 'Ugyldig forespørgsel',
      detail: errors.map((e) => e.message).join('; '),
      errors,
    });
  }
  return parsed.data;
}

/** The acting user of a command. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor =>
    actorFromRequest(context.switchToHttp().getRequest<Request>()),
);
