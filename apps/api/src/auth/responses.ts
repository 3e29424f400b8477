import { financingAreas, roles } from '@budgetflow/domain';
import { z } from 'zod';
import { count, instant } from '../openapi/values';

// The answers of sign-in and the session.

const userSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
  partyGroups: z.array(z.string()),
  reviewAreas: z.array(z.enum(financingAreas)),
});

export const signedInSchema = z.strictObject({ user: userSchema, csrfToken: z.string() });

export const tokenSchema = z.strictObject({
  token: z.string(),
  expiresAt: instant,
  user: userSchema,
});

export const sessionSchema = signedInSchema.extend({
  expiresAt: instant,
  /** Whether the person signs in with a password of Budgetflow's, and so can change it here. */
  passwordSignIn: z.boolean(),
});

export const ownPasswordChangedSchema = z.strictObject({
  changed: z.literal(true),
  /** The person's other sessions (browsers, tokens), ended by the change; this one stays. */
  otherSessionsEnded: count,
});
