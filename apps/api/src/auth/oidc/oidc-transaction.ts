import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';

/**
 * What one sign-in must remember between sending the browser to the provider and its return:
 * the state (against forged returns), the nonce (binds the ID token to this sign-in) and the
 * PKCE verifier (the code is useless to whoever intercepts it).
 */
export interface OidcTransaction {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/** The browser keeps the transaction, sealed, in this short-lived httpOnly cookie. */
export const OIDC_TRANSACTION_COOKIE = 'budgetflow_oidc';
export const OIDC_TRANSACTION_MINUTES = 10;

const random = () => randomBytes(32).toString('base64url');

export function newTransaction(): OidcTransaction {
  return { state: random(), nonce: random(), codeVerifier: random() };
}

/** PKCE's S256 challenge of a verifier. */
export function codeChallengeOf(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier).digest('base64url');
}

/**
 * The key that seals the cookie, derived from the client secret: every replica has it without
 * one more setting, and a new secret retires the sign-ins under way.
 */
export function transactionKey(clientSecret: string): Uint8Array {
  return new Uint8Array(
    hkdfSync('sha256', clientSecret, 'budgetflow', 'oidc transaction cookie', 32),
  );
}

/** Encrypted and authenticated (JWE, dir + A256GCM): the browser can neither read nor alter it. */
export function sealTransaction(transaction: OidcTransaction, key: Uint8Array): Promise<string> {
  return new EncryptJWT({ ...transaction })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(`${OIDC_TRANSACTION_MINUTES}m`)
    .encrypt(key);
}

/** The transaction of a cookie; null when it is missing, altered, sealed by another key or old. */
export async function openTransaction(
  sealed: string | undefined,
  key: Uint8Array,
): Promise<OidcTransaction | null> {
  if (!sealed) return null;
  try {
    const { payload } = await jwtDecrypt(sealed, key, {
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
    });
    const { state, nonce, codeVerifier } = payload;
    if (typeof state !== 'string' || typeof nonce !== 'string') return null;
    if (typeof codeVerifier !== 'string') return null;
    return { state, nonce, codeVerifier };
  } catch {
    return null;
  }
}
