import { z } from 'zod';
import { roles } from '../actor';
import { financingAreaLabels, financingAreas } from '../initiative/financing';

// The bodies of the accounts endpoints, with Danish messages. That a named party group exists is
// checked against the database by the API.

const partyGroupName = z
  .string()
  .max(100, 'En partigruppes navn må højst være 100 tegn')
  .trim()
  .min(1, 'Angiv partigruppens navn');

const invalidEmail = 'Angiv en gyldig e-mailadresse';

const areaList = financingAreas.map((area) => `${area} (${financingAreaLabels[area]})`).join(', ');

/**
 * A person: who they are, how to reach them, their role. `reviewAreas` limits a reviewer of the
 * administration to some financing areas; `reviewAreas` and `active` left out keep what they were
 * (a new person: every area, active).
 */
export const accountSchema = z
  .object({
    name: z.string().max(200, 'Navnet må højst være 200 tegn').trim().min(1, 'Angiv navnet'),
    // zod's e-mail rule as a pattern, not as `format: email`: the document then says exactly
    // what is checked (validators of the format judge some addresses differently).
    email: z
      .string({ message: invalidEmail })
      .regex(z.regexes.email, invalidEmail)
      .max(320)
      .nullable()
      .default(null),
    role: z.enum(roles, { message: `Rollen skal være en af: ${roles.join(', ')}` }),
    partyGroups: z.array(partyGroupName).max(20).default([]),
    reviewAreas: z
      .array(
        z.enum(financingAreas, { message: `Finansieringsområdet skal være et af: ${areaList}` }),
      )
      .optional(),
    active: z.boolean({ message: 'active skal være true eller false' }).optional(),
  })
  .strict()
  .superRefine((account, context) => {
    const problem = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (account.role === 'partyGroupMember' && account.partyGroups.length === 0) {
      problem('partyGroups', 'Et partigruppemedlem skal høre til mindst én partigruppe');
    }
    if (account.role !== 'partyGroupMember' && account.partyGroups.length > 0) {
      problem('partyGroups', 'Kun partigruppemedlemmer hører til partigrupper');
    }
    if (new Set(account.partyGroups).size < account.partyGroups.length) {
      problem('partyGroups', 'En partigruppe er angivet mere end én gang');
    }
    const areas = account.reviewAreas ?? [];
    if (account.role !== 'administration' && areas.length > 0) {
      problem(
        'reviewAreas',
        'Kun administrationen kan begrænses til bestemte finansieringsområder',
      );
    }
    if (new Set(areas).size < areas.length) {
      problem('reviewAreas', 'Et finansieringsområde er angivet mere end én gang');
    }
  });
export type AccountBody = z.infer<typeof accountSchema>;

/** What a new password must be, whoever chooses it: the administrator, or the person. */
export const newPasswordRule = z
  .string({ message: 'Adgangskoden skal være en tekst' })
  .min(12, 'Adgangskoden skal være mindst 12 tegn')
  .max(1_000, 'Adgangskoden må højst være 1000 tegn');

/** A new password chosen by the administrator, or none: then a temporary one is made. */
export const passwordResetSchema = z.object({ password: newPasswordRule.optional() }).strict();

const currentPasswordMissing = 'Angiv din nuværende adgangskode';

/**
 * A person's change of their own password: the current one (checked by the API) and a new one
 * by the same rule as an administrator's reset, which must be another than the current.
 */
export const ownPasswordChangeSchema = z
  .object({
    currentPassword: z
      .string({ message: currentPasswordMissing })
      .min(1, currentPasswordMissing)
      .max(1_000, 'Adgangskoden må højst være 1000 tegn'),
    newPassword: newPasswordRule,
  })
  .strict()
  .refine((change) => change.newPassword !== change.currentPassword, {
    path: ['newPassword'],
    message: 'Den nye adgangskode skal være en anden end den nuværende',
  });
export type OwnPasswordChange = z.infer<typeof ownPasswordChangeSchema>;

export const partyGroupSchema = z
  .object({
    shortName: z
      .string({ message: 'Angiv partigruppens forkortelse' })
      .max(20, 'Forkortelsen må højst være 20 tegn')
      .trim()
      .min(1, 'Angiv partigruppens forkortelse'),
  })
  .strict();
