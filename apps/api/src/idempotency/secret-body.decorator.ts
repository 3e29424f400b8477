import { SetMetadata } from '@nestjs/common';

export const SECRET_BODY_KEY = 'budgetflow:secretBody';

export interface SecretBodyOptions {
  /** Fields of the answer that hold a secret (a generated password): kept as null for a replay. */
  readonly answerFields?: readonly string[];
}

/**
 * The route's body holds a password. The idempotency interceptor then keeps no fingerprint of
 * the body (a fast, unsalted hash of it would let anyone who reads the table test guesses at
 * the password far faster than its argon2id hash allows): a key is bound to the route alone, and
 * a retry with the same key is answered as the first whatever its body. The answer's secret
 * fields are not kept either: a secret is shown once, and a replay shows null in its place.
 */
export const SecretBody = (options: SecretBodyOptions = {}) =>
  SetMetadata(SECRET_BODY_KEY, { answerFields: options.answerFields ?? [] });
