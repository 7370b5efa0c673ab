/**
 * Money is held as integer minor units (cents, fen, pence) so that sums are exact. Rates and
 * shares are exact decimals; multiplying money by them rounds half-up to the cent once.
 */
export type Cents = number;

/** An exact decimal: `units / 10^scale`. */
export interface Decimal {
  units: bigint;
  scale: number;
}

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** Parses a plain decimal ("12.5", "-0.125", "1e-3") or a finite number exactly as written. */
export function toDecimal(value: number | string): Decimal | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  const match = DECIMAL_TEXT.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '') || '0';
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  const units = BigInt(digits) * (sign === '-' ? -1n : 1n);
  return { units, scale };
}

/** Divides with rounding half away from zero (the "half-up" of accounting). */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}

/** Cents times an exact decimal factor, rounded half-up to the cent. */
export function multiplyCents(cents: Cents, factor: Decimal): Cents {
  const product = BigInt(cents) * factor.units;
  return Number(divideHalfUp(product, 10n ** BigInt(factor.scale)));
}

/** Cents times `numerator / denominator`, rounded half-up once: a daily wage times days. */
export function prorateCents(cents: Cents, numerator: Decimal, denominator: Decimal): Cents {
  if (denominator.units === 0n) throw new RangeError('division by zero');
  const top = BigInt(cents) * numerator.units * 10n ** BigInt(denominator.scale);
  const bottom = denominator.units * 10n ** BigInt(numerator.scale);
  return Number(divideHalfUp(top, bottom));
}

/** An amount in major units (12.345) to cents, rounded half-up: 12.345 → 1235. */
export function toCents(amount: number | string): Cents | null {
  const decimal = toDecimal(amount);
  if (decimal === null) return null;
  return Number(divideHalfUp(decimal.units * 100n, 10n ** BigInt(decimal.scale)));
}

/** Cents as a number with two decimals, for JSON and cells: 1235 → 12.35. */
export function fromCents(cents: Cents): number {
  return Number((cents / 100).toFixed(2));
}

/** Cents as text with two decimals: 1235 → "12.35", -5 → "-0.05". */
export function formatCents(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Adds cents; a plain sum of integers is exact, this names the intent. */
export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
