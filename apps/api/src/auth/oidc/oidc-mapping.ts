import type { Account } from '@budgetflow/persistence';

/** What the provider vouched for: who (its issuer and subject) and the claim that names them. */
export interface ProvenLogin {
  readonly issuer: string;
  readonly subject: string;
  /** The value of OIDC_USER_CLAIM, if the provider sent a usable one. */
  readonly userClaim: string | null;
}

/** How an account remembers its login: subjects are unique per issuer only, so both. */
export function externalSubjectOf(login: Pick<ProvenLogin, 'issuer' | 'subject'>): string {
  return `${login.issuer}|${login.subject}`;
}

/**
 * The value of the claim that names the person: a non-empty string, and an e-mail address the
 * provider itself marks as unverified does not count (anyone could have typed it).
 */
export function userClaimOf(
  claims: Readonly<Record<string, unknown>>,
  claim: string,
): string | null {
  const value = claims[claim];
  if (typeof value !== 'string' || value.trim() === '') return null;
  if (claim === 'email' && claims['email_verified'] === false) return null;
  return value.trim();
}

export type AccountMatch =
  | { readonly kind: 'signIn'; readonly account: Account; readonly link: boolean }
  | {
      readonly kind: 'refused';
      readonly reason: 'notRegistered' | 'inactive' | 'noUserClaim';
      readonly account: Account | null;
    };

/**
 * Who in the directory a proven login is. An account already linked to the login wins, whatever
 * the claims say now; otherwise the user claim must equal the account's e-mail address (case
 * aside), and the account is then linked. Role and party groups are always the account's own.
 */
export function matchAccount(
  userClaim: string | null,
  found: { readonly linked: Account | null; readonly byUserClaim: Account | null },
): AccountMatch {
  const { linked, byUserClaim } = found;
  if (linked) {
    return linked.active
      ? { kind: 'signIn', account: linked, link: false }
      : { kind: 'refused', reason: 'inactive', account: linked };
  }
  if (!userClaim) return { kind: 'refused', reason: 'noUserClaim', account: null };
  // The directory is searched by id or e-mail; only the e-mail may name a person here.
  if (!byUserClaim || byUserClaim.email?.toLowerCase() !== userClaim.toLowerCase()) {
    return { kind: 'refused', reason: 'notRegistered', account: null };
  }
  if (!byUserClaim.active) return { kind: 'refused', reason: 'inactive', account: byUserClaim };
  return { kind: 'signIn', account: byUserClaim, link: true };
}
