import { z } from 'zod';
import { parseFraction, formatFraction } from '../money/fraction';
import { emptyEconomyTable } from '../initiative/economy';
import { financingAreas } from '../initiative/financing';
import { fteTenths, mioKrAmount, yearKey } from './common';

const yearAmounts = z.record(yearKey, mioKrAmount).default({});

/** The economy table as the form has it, in mio. kr.; stored in kroner. */
export const economyTableSchema = z
  .object({
    establishmentCosts: yearAmounts,
    salaries: yearAmounts,
    otherOperations: yearAmounts,
    staffFte: z.record(yearKey, fteTenths).default({}),
  })
  .strict()
  .transform(({ staffFte, ...amounts }) => ({ ...amounts, staffFteTenths: staffFte }));

/** A share between 0 and 1 as people write it ("1/3", "0,5"), kept as "n/d". */
export const shareSchema = z.union([z.string(), z.number()]).transform((value, context) => {
  const parsed = parseFraction(String(value));
  if (!parsed) {
    context.addIssue({
      code: 'custom',
      message: 'Andelen skal være en brøk mellem 0 og 1, fx 1/3 eller 0,5',
    });
    return z.NEVER;
  }
  return formatFraction(parsed);
});

export const financingSchema = z
  .array(z.object({ area: z.enum(financingAreas), share: shareSchema }).strict())
  .max(financingAreas.length)
  .default([]);

export const submittedBySchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('partyGroups'),
      partyGroups: z
        .array(z.string().max(100).trim().min(1))
        .min(1, 'Angiv mindst én partigruppe')
        .max(20),
    })
    .strict(),
  z.object({ kind: z.literal('administration') }).strict(),
]);

const text = z.string().max(20_000).trim().default('');

/** The standard form; a draft may leave most of it empty, but never the title. */
export const initiativeFormSchema = z
  .object({
    title: z.string().max(300).trim().min(1, 'Forslaget skal have en titel'),
    submittedBy: submittedBySchema,
    purpose: text,
    background: text,
    economy: economyTableSchema.default(() => ({ ...emptyEconomyTable })),
    elaboration: text,
    financing: financingSchema,
    commitmentBudgeting: z.boolean().nullable().default(null),
    scalable: z.boolean().nullable().default(null),
    agreementTextDraft: text,
    sustainableDevelopmentGoals: text,
  })
  .strict();
