import { ProblemException } from '../../http/problem';

/** Why an OpenID Connect sign-in did not open a session. */
export type OidcFailureReason =
  /** No sign-in of ours under way: the cookie is missing or old, or the state differs. */
  | 'expired'
  /** The provider sent the person back with an error (they cancelled, or it refused them). */
  | 'denied'
  /** The code could not be redeemed, or the ID token failed a check. */
  | 'invalidResponse'
  /** The provider could not be reached. */
  | 'unavailable'
  /** Proven by the provider, but nobody in the directory. */
  | 'notRegistered'
  | 'inactive'
  /** The token lacks the claim that names the person (OIDC_USER_CLAIM), and no link exists. */
  | 'noUserClaim'
  /** The directory's person is already linked to another login of the provider. */
  | 'linkedElsewhere';

export class OidcFailure extends Error {
  constructor(
    readonly reason: OidcFailureReason,
    /** For the operator's log, not for the person. */
    readonly why: string,
  ) {
    super(`OIDC sign-in failed (${reason}): ${why}`);
  }
}

const notRegistered = 'Du er ikke oprettet i Budgetflow; kontakt en systemadministrator';

/** The answer a person gets: who is unknown and who is closed are told alike. */
export function oidcProblem(reason: OidcFailureReason): ProblemException {
  switch (reason) {
    case 'expired':
      return problem(
        400,
        'Ugyldig forespørgsel',
        'oidcExpired',
        'Login-forsøget er udløbet eller blev ikke startet her; prøv at logge ind igen',
      );
    case 'denied':
      return problem(
        401,
        'Ikke logget ind',
        'oidcDenied',
        'Organisationens login afbrød eller afviste login; prøv igen',
      );
    case 'invalidResponse':
      return problem(
        401,
        'Ikke logget ind',
        'oidcInvalid',
        'Svaret fra organisationens login kunne ikke godkendes; prøv igen, og kontakt en systemadministrator, hvis det bliver ved',
      );
    case 'unavailable':
      return problem(
        503,
        'Tjenesten er ikke tilgængelig',
        'oidcUnavailable',
        'Organisationens login svarer ikke; prøv igen om lidt',
      );
    case 'notRegistered':
    case 'inactive':
    case 'noUserClaim':
      return problem(403, 'Ikke tilladt', 'notRegistered', notRegistered);
    case 'linkedElsewhere':
      return problem(
        403,
        'Ikke tilladt',
        'linkedElsewhere',
        'Din bruger i Budgetflow er knyttet til et andet login; kontakt en systemadministrator',
      );
  }
}

function problem(status: number, title: string, code: string, detail: string): ProblemException {
  return new ProblemException({ status, title, detail, code });
}
