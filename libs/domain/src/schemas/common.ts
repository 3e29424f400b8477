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

// Text as people type it loses the blanks around it. The API's OpenAPI document is zod's JSON
// Schema of these, so what it states must be what is checked on what is sent: a longest length
// applies before trimming, a pattern admits the blanks around (spelled out below, as every
// regex engine reading the document reads them alike); a shortest length applies after
// trimming (blanks alone are no text), stricter than the document, never looser.

/** The blanks String.prototype.trim takes off. */
const blanks =
  '[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*';

/** A text that matches `pattern` (anchored) once the blanks around it are taken off. */
export function trimmedMatch(pattern: RegExp, message: string) {
  const inner = pattern.source.replace(/^\^/, '').replace(/\$$/, '');
  return z
    .string()
    .regex(new RegExp(`^${blanks}(?:${inner})${blanks}$`), message)
    .trim();
}

export const initiativeNumber = trimmedMatch(
  initiativeNumberPattern,
  'Nummeret skal have formen udvalg.løbenummer, fx 4.2',
);

export const optionalComment = z.string().max(10_000).trim().optional();

export const requiredText = (message: string) =>
  z.string({ error: message }).max(10_000).trim().min(1, message);
