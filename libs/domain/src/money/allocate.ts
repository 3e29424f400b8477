import type { Fraction } from './fraction';
import type { Kroner } from './money';

/**
 * Splits an amount by shares that sum to 1 so that the parts add up to the amount exactly
 * (largest remainder: the kroner lost to rounding go to the largest fractional parts).
 */
export function allocateKroner(amount: Kroner, shares: readonly Fraction[]): Kroner[] {
  const sign = amount < 0 ? -1n : 1n;
  const whole = BigInt(Math.abs(amount));
  const exact = shares.map((share) => {
    const scaled = whole * BigInt(share.numerator);
    const denominator = BigInt(share.denominator);
    return {
      floor: scaled / denominator,
      remainder: Number(scaled % denominator) / share.denominator,
    };
  });
  let leftover = whole - exact.reduce((sum, part) => sum + part.floor, 0n);
  const byRemainder = exact
    .map((part, index) => ({ index, remainder: part.remainder }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const parts = exact.map((part) => part.floor);
  for (const { index } of byRemainder) {
    if (leftover <= 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return parts.map((part) => Number(part * sign));
}
