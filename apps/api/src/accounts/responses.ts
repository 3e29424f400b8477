import { financingAreas, roles } from '@budgetflow/domain';
import { z } from 'zod';
import { count, instant, label } from '../openapi/values';

// The answers of the people and party group routes.

export const accountSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    role: z.enum(roles),
    roleLabel: label,
    partyGroups: z.array(z.string()),
    reviewAreas: z.array(z.enum(financingAreas)),
    active: z.boolean(),
    hasPassword: z.boolean(),
    lockedUntil: instant.nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Account' });

export const accountListSchema = z.strictObject({ items: z.array(accountSchema) });

export const passwordResetAnswerSchema = z.strictObject({
  id: z.string(),
  /** Shown once, when none was chosen. */
  temporaryPassword: z.string().nullable(),
  sessionsEnded: z.literal(true),
});

export const partyGroupSchema = z
  .strictObject({
    name: z.string(),
    shortName: z.string(),
    members: count,
  })
  .meta({ id: 'PartyGroup' });

export const partyGroupListSchema = z.strictObject({ items: z.array(partyGroupSchema) });
