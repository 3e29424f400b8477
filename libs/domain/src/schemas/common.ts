import { z } from 'zod';
import { kronerFromMioKr } from '../money/money';
import { initiativeNumberPattern } from '../initiative/number';

// The users read the messages: zod's own messages in Danish, ours written in Danish too.
z.config(z.locales.da());

export const yearKey = z.string().regex(/^\d{4}$/, 'Året skal skrives med fire cifre, fx 2026');

/** An amount in mio. kr. as on the form (one decimal), to kroner. */
export const mioKrAmount = z.number().transform((value, context) => {
  const kroner = kronerFromMioKr(value);
  if (kroner === null) {
    context.addIssue({
      code: 'custom',
      message: 'Beløb angives i mio. kr. med højst én decimal, fx 0,3',
    });
    return z.NEVER;
  }
  return kroner;
});

/** Staff ("årsværk") with one decimal, to tenths. */
export const fteTenths = z.number().transform((value, context) => {
  const tenths = Math.round(value * 10);
  if (!Number.isFinite(value) || Math.abs(tenths - value * 10) > 1e-6 || value < 0) {
    context.addIssue({
      code: 'custom',
      message: 'Årsværk angives som et ikke-negativt tal med højst én decimal',
    });
    return z.NEVER;
  }
  return tenths;
});

export const initiativeNumber = z
  .string()
  .trim()
  .regex(initiativeNumberPattern, 'Nummeret skal have formen udvalg.løbenummer, fx 4.2');

export const optionalComment = z.string().trim().max(10_000).optional();

export const requiredText = (message: string) =>
  z.string({ error: message }).trim().min(1, message).max(10_000);
