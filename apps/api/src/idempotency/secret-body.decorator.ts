import { SetMetadata } from '@nestjs/common';

export const SECRET_BODY_KEY = 'budgetflow:secretBody';

/**
 * The route's body holds a password. The idempotency interceptor then keeps no fingerprint of
 * the body (a fast, unsalted hash of it would let anyone who reads the table test guesses at
 * the password far faster than its argon2id hash allows): a key is bound to the route alone, and
 * a retry with the same key is answered as the first whatever its body.
 */
export const SecretBody = () => SetMetadata(SECRET_BODY_KEY, true);
