import { type Operation, operationRules } from '@budgetflow/domain';
import { z } from 'zod';
import type { ProblemDetails } from '../http/problem';
import type { Answer } from './responds.decorator';
import type { RouteContract } from './routes';

/** The problem answer of RFC 9457, as the problem filter writes every error. */
export const problemSchema = z
  .strictObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string(),
    code: z.string().optional(),
    errors: z
      .array(z.strictObject({ field: z.string(), message: z.string() }))
      .optional()
      .describe('Ved ugyldigt input: hvert felt med fejl og hvorfor'),
  })
  .meta({ id: 'Problem' });

/** The filter's problems are what the schema says: this type fails to compile otherwise. */
export type FilterWritesProblems = Fits<ProblemDetails & { instance: string }>;
type Fits<T extends Answer<typeof problemSchema>> = T;

export const problemDescriptions: Readonly<Record<number, string>> = {
  400: 'Ugyldig forespørgsel; ved ugyldigt input nævner errors hvert felt',
  401: 'Ikke logget ind (eller forkert brugernavn eller adgangskode)',
  403: 'Ikke tilladt for din rolle, eller CSRF-tokenet mangler',
  404: 'Ikke fundet',
  409: 'Konflikt: handlingen er ikke mulig i den nuværende tilstand',
  413: 'Forespørgslen er for stor',
  422: 'Idempotency-Key er allerede brugt til en anden forespørgsel',
  429: 'For mange forsøg: kontoen er midlertidigt låst',
  500: 'Intern fejl',
  503: 'Tjenesten er ikke tilgængelig lige nu (database, Temporal eller organisationens login)',
};

// What the general rules below do not tell: the refusals particular to an operation.
const lifecycle = [403, 404, 409]; // the lifecycle refuses (409; 403 for a role), drafts are 404
const particular: Partial<Record<Operation, readonly number[]>> = {
  signIn: [401, 404, 429], // wrong password, passwords switched off (OIDC), locked out
  createToken: [401, 404, 429],
  changeOwnPassword: [409, 429], // no password here (OIDC), locked out
  oidcLogin: [404],
  oidcCallback: [400, 401, 403, 404],
  createRound: [409],
  getCalendar: [404],
  changeCalendar: lifecycle,
  allowLateSubmission: lifecycle,
  setReviewDue: lifecycle,
  createInitiative: lifecycle,
  editDraft: lifecycle,
  submit: lifecycle,
  withdraw: lifecycle,
  startReview: lifecycle,
  completeReview: lifecycle,
  cost: lifecycle,
  openNegotiation: lifecycle,
  include: lifecycle,
  reject: lifecycle,
  merge: lifecycle,
  setStance: lifecycle, // a member for another group (403), a draft or an ended one (409)
  askQuestion: [403, 404, 409], // another party group (403), after the question deadline (409)
  answerQuestion: [403, 404, 409],
  concludeAgreement: [409], // the round has one, or something stands in the way
  // A milestone that is a deadline, not a meeting, has no minutes.
  attachMinutes: [409],
  getMinutes: [409],
  correctMinutesLinks: [409],
  myNotifications: [404],
  myPreferences: [404],
  emailFailures: [403, 404, 409],
  saveUser: [409],
  resetPassword: [404],
};

/**
 * The problem statuses a route can answer with: any route can fail (500) or find the database
 * or Temporal away (503); the guard refuses without a session (401) or the role (403); a change
 * can be refused for its body (400, 413), a browser's missing CSRF token (403) or a reused
 * Idempotency-Key (422); a path names something that may not exist (404).
 */
export function problemStatuses(route: RouteContract): number[] {
  const statuses = new Set<number>([500, 503, ...(particular[route.operation] ?? [])]);
  const audience = operationRules[route.operation];
  if (audience !== 'public') statuses.add(401);
  if (typeof audience !== 'string') statuses.add(403);
  if (route.method !== 'get') [400, 403, 413, 422].forEach((status) => statuses.add(status));
  if (route.query) statuses.add(400);
  if (route.path.includes('{')) statuses.add(404);
  return [...statuses].sort((a, b) => a - b);
}
