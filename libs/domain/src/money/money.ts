/**
 * Money in whole Danish kroner, as an integer: sums are exact (0,1 + 0,2 = 0,3 mio. kr.), and a
 * split by financing shares loses no krone. The budget form speaks in mio. kr. with one decimal;
 * conversion to and from that unit happens here and in format.ts, nowhere else.
 */
export type Kroner = number;

export const KRONER_PER_MILLION = 1_000_000;
/** The form's precision: one decimal of mio. kr. */
export const KRONER_PER_TENTH = 100_000;

export function isKroner(value: number): boolean {
  return Number.isSafeInteger(value);
}

export function sumKroner(amounts: Iterable<Kroner>): Kroner {
  // Counted in BigInt: a floating-point running total past 2^53 rounds silently, even when the
  // sum itself fits (2^53 - 1 + 2 - 2 came out as 2^53 - 2, neither exact nor refused).
  let total = 0n;
  for (const amount of amounts) total += BigInt(amount);
  const sum = Number(total);
  if (!isKroner(sum)) throw new RangeError('Beløbet er for stort til at kunne regnes præcist');
  return sum;
}

/**
 * mio. kr. as written on the form (at most one decimal) to kroner; null when the value has
 * more decimals than the form allows, so nothing is rounded silently.
 */
export function kronerFromMioKr(mioKr: number): Kroner | null {
  if (!Number.isFinite(mioKr)) return null;
  const tenths = Math.round(mioKr * 10);
  if (Math.abs(tenths - mioKr * 10) > 1e-6) return null;
  const kroner = tenths * KRONER_PER_TENTH;
  return isKroner(kroner) ? kroner : null;
}

/** kroner to mio. kr. as a number (exact for amounts of whole tenths, as the form has them). */
export function mioKrFromKroner(kroner: Kroner): number {
  return kroner / KRONER_PER_MILLION;
}

export function isWholeTenthOfMillion(kroner: Kroner): boolean {
  return kroner % KRONER_PER_TENTH === 0;
}
