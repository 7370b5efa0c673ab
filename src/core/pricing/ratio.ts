import type { Decimal } from '../money';

/**
 * An exact fraction of two integers. Margins and currency conversions multiply and divide
 * several rates; holding the result as a fraction keeps it exact until the one rounding (or
 * the one comparison) at the end.
 */
export interface Ratio {
  num: bigint;
  /** Always positive. */
  den: bigint;
}

/** Builds a fraction with a positive denominator. */
export function ratio(num: bigint, den: bigint = 1n): Ratio {
  if (den === 0n) throw new RangeError('division by zero');
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

/** An exact decimal as a fraction: 0.19 → 19/100. */
export function ratioOfDecimal(decimal: Decimal): Ratio {
  return ratio(decimal.units, 10n ** BigInt(decimal.scale));
}

/** a + b. */
export function plus(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a − b. */
export function minus(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** a × b. */
export function times(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.num, a.den * b.den);
}

/** a ÷ b. */
export function dividedBy(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den, a.den * b.num);
}

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Ratio, b: Ratio): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The smallest integer not below the fraction. */
export function ceiling(a: Ratio): bigint {
  const quotient = a.num / a.den;
  return a.num > 0n && quotient * a.den !== a.num ? quotient + 1n : quotient;
}

/** The largest integer not above the fraction. */
export function floor(a: Ratio): bigint {
  const quotient = a.num / a.den;
  return a.num < 0n && quotient * a.den !== a.num ? quotient - 1n : quotient;
}

/** The nearest integer, halves away from zero (the rounding of accounting). */
export function roundHalfUp(a: Ratio): bigint {
  const magnitude = (2n * (a.num < 0n ? -a.num : a.num) + a.den) / (2n * a.den);
  return a.num < 0n ? -magnitude : magnitude;
}
