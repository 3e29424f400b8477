import { kronerFromMioKr, type Kroner } from '@budgetflow/domain';

/**
 * A decimal number as Danish documents write it: "0,3", "-0,5", "1.234,5", "12". Parsed from
 * its digits, never through a float of the text, so "0,3" is exactly three tenths.
 */
export interface DanishDecimal {
  readonly negative: boolean;
  /** The whole part without thousands separators, e.g. "1234". */
  readonly whole: string;
  /** The decimals as written, e.g. "5" (empty for a whole number). */
  readonly decimals: string;
}

const minus = /^[-\u2212\u2013]/;

export function parseDanishDecimal(text: string): DanishDecimal | null {
  const trimmed = text.trim();
  const negative = minus.test(trimmed);
  const body = (negative ? trimmed.slice(1) : trimmed).trim();
  const match = /^(\d{1,3}(?:[.\u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?$/.exec(body);
  if (!match) return null;
  return {
    negative,
    whole: match[1]!.replace(/[.\u00a0\u202f]/g, '').replace(/^0+(?=\d)/, ''),
    decimals: match[2] ?? '',
  };
}

/** The value as a number; exact for the few decimals a form has. */
export function decimalValue(value: DanishDecimal): number {
  const decimals = value.decimals.replace(/0+$/, '');
  const number = Number(`${value.whole}${decimals ? `.${decimals}` : ''}`);
  return value.negative && number !== 0 ? -number : number;
}

/** Decimals that matter ("0,30" has one). */
export function significantDecimals(value: DanishDecimal): number {
  return value.decimals.replace(/0+$/, '').length;
}

export type ParsedAmount =
  | { readonly ok: true; readonly mioKr: number; readonly kroner: Kroner }
  | { readonly ok: false; readonly reason: string };

/** An amount of the economy table, in mio. kr. with at most one decimal as the form asks. */
export function parseMioKr(text: string): ParsedAmount {
  const value = parseDanishDecimal(text);
  if (!value) return { ok: false, reason: `"${text}" er ikke et beløb` };
  if (significantDecimals(value) > 1) {
    return {
      ok: false,
      reason: `"${text}" har mere end én decimal (beløb angives i mio. kr. med én decimal)`,
    };
  }
  const mioKr = decimalValue(value);
  const kroner = kronerFromMioKr(mioKr);
  if (kroner === null) return { ok: false, reason: `"${text}" kan ikke regnes om til kroner` };
  return { ok: true, mioKr, kroner };
}

export type ParsedFte =
  { readonly ok: true; readonly fte: number } | { readonly ok: false; readonly reason: string };

/** Staff ("årsværk"): not negative, at most one decimal. */
export function parseFte(text: string): ParsedFte {
  const value = parseDanishDecimal(text);
  if (!value) return { ok: false, reason: `"${text}" er ikke et antal årsværk` };
  if (value.negative) return { ok: false, reason: `Årsværk kan ikke være negative ("${text}")` };
  if (significantDecimals(value) > 1) {
    return {
      ok: false,
      reason: `"${text}" har mere end én decimal (årsværk angives med én decimal)`,
    };
  }
  return { ok: true, fte: decimalValue(value) };
}

const units: Record<string, bigint> = {
  kr: 1n,
  't.kr': 1_000n,
  'mio.kr': 1_000_000n,
  'mia.kr': 1_000_000_000n,
};

/**
 * An amount in whole kroner from a number and its unit as minutes write them ("5,5" and
 * "mio. kr."); null when it is not a whole number of kroner.
 */
export function kronerOf(number: string, unit: string): Kroner | null {
  const value = parseDanishDecimal(number);
  const scale = units[unit.toLowerCase().replace(/\s+/g, '').replace(/\.$/, '')];
  if (!value || scale === undefined) return null;
  const decimals = value.decimals.replace(/0+$/, '');
  const digits = BigInt(`${value.whole}${decimals}`);
  const divisor = 10n ** BigInt(decimals.length);
  const scaled = digits * scale;
  if (scaled % divisor !== 0n) return null;
  const kroner = Number(scaled / divisor);
  if (!Number.isSafeInteger(kroner)) return null;
  return value.negative && kroner !== 0 ? -kroner : kroner;
}
