/**
 * An exact share such as 1/3 (financing split between areas). Written as "n/d" in data so it
 * survives JSON; never a float, because 1/3 + 2/3 must be exactly 1.
 */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

export function fraction(numerator: number, denominator: number): Fraction {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`Ugyldig brøk ${numerator}/${denominator}`);
  }
  const divisor = gcd(numerator, denominator) || 1;
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

/** Parses "1/3", "2/3", "1", "0.5" or "0,25"; null when it is not a share between 0 and 1. */
export function parseFraction(text: string): Fraction | null {
  const trimmed = text.trim();
  const ratio = /^(\d{1,6})\s*\/\s*(\d{1,6})$/.exec(trimmed);
  if (ratio) {
    const denominator = Number(ratio[2]);
    if (denominator === 0) return null;
    return withinUnit(fraction(Number(ratio[1]), denominator));
  }
  const decimal = /^(\d)(?:[.,](\d{1,6}))?$/.exec(trimmed);
  if (decimal) {
    const decimals = decimal[2] ?? '';
    const denominator = 10 ** decimals.length;
    return withinUnit(fraction(Number(decimal[1] + decimals), denominator));
  }
  return null;
}

function withinUnit(share: Fraction): Fraction | null {
  return share.numerator > 0 && share.numerator <= share.denominator ? share : null;
}

export function formatFraction(share: Fraction): string {
  return share.denominator === 1
    ? String(share.numerator)
    : `${share.numerator}/${share.denominator}`;
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(
    a.numerator * b.denominator + b.numerator * a.denominator,
    a.denominator * b.denominator,
  );
}

export function isOne(share: Fraction): boolean {
  return share.numerator === share.denominator;
}
