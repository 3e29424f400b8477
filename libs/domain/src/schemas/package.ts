import { z } from 'zod';
import { economyRows } from '../initiative/economy';
import type { Adjustment } from '../negotiation/adjustment';
import { initiativeNumber, mioKrAmount } from './common';
import { shareSchema } from './form';

// A negotiation package's bodies. The years are checked against the round by the domain
// (adjustmentProblems), as the frames' are: the schema knows no round.

const year = z.number().int().min(2000).max(2100);

const note = z.string().max(2_000, 'Noten må højst være 2000 tegn').trim();

/** A changed amount: no initiative of a region comes near 100 000 mio. kr., and sums stay exact. */
const changedAmount = z
  .number()
  .min(-100_000, 'Beløbet skal ligge mellem -100.000 og 100.000 mio. kr.')
  .max(100_000, 'Beløbet skal ligge mellem -100.000 og 100.000 mio. kr.')
  .pipe(mioKrAmount);

/** How the package takes an initiative: a share, years moved, amounts changed, a note. */
export const adjustmentSchema = z
  .object({
    share: shareSchema.optional(),
    moves: z
      .array(z.object({ from: year, to: year }).strict())
      .max(10)
      .optional(),
    amounts: z
      .array(z.object({ row: z.enum(economyRows), year, amount: changedAmount }).strict())
      .max(3 * 10)
      .optional(),
    note: note.optional(),
  })
  .strict()
  .transform(({ amounts, ...rest }): Adjustment => ({
    ...rest,
    ...(amounts
      ? { amounts: amounts.map(({ row, year, amount }) => ({ row, year, kroner: amount })) }
      : {}),
  }));

/** A package as the coordinators save it: every save is a new version of the whole. */
export const packageSchema = z
  .object({
    name: z.string().max(200).trim().min(1, 'Pakken skal have et navn'),
    items: z
      .array(
        z
          .object({ number: initiativeNumber, adjustment: adjustmentSchema.nullable().optional() })
          .strict()
          .transform(({ number, adjustment }) => ({ number, adjustment: adjustment ?? null })),
      )
      .max(1_000),
    note: note.optional(),
  })
  .strict();
export type PackageBody = z.infer<typeof packageSchema>;

/** An earlier version to restore as the newest. */
export const restorePackageSchema = z
  .object({
    version: z.number().int().min(1).max(2_147_483_647),
    note: note.optional(),
  })
  .strict();
