import { toDecimal } from '../money';
import type { Decimal } from '../money';
import { ceiling, ratio, ratioOfDecimal, times, dividedBy } from './ratio';

/** A weight in whole grams: weights are compared and priced as integers, never as floats. */
export type Grams = number;

/** A parcel as pricing sees it. */
export interface Parcel {
  /** The weight on the scale. */
  grams: Grams;
  /** Outer size of the packed parcel; null when not measured (no volumetric weight). */
  sizeCm: ParcelSize | null;
  /** Battery, powder or liquid (R4.2c). */
  dangerous: boolean;
}

export interface ParcelSize {
  length: Decimal;
  width: Decimal;
  height: Decimal;
}

/** A packed product as a sheet row measures it: weight, sides and dangerous goods marks. */
export interface MeasuredRow {
  weightKg: number | null;
  lengthCm: number | null;
  widthCm: number | null;
  heightCm: number | null;
  battery: boolean | null;
  powder: boolean | null;
  liquid: boolean | null;
}

/** A row's outer size; null unless all three sides are given and positive. */
export function sizeOfRow(row: MeasuredRow): ParcelSize | null {
  const sides = [row.lengthCm, row.widthCm, row.heightCm].map((side) =>
    side === null || side <= 0 ? null : toDecimal(side),
  );
  const [length, width, height] = sides;
  return length && width && height ? { length, width, height } : null;
}

/** Whether a row marks the goods as battery, powder or liquid (R4.2c). */
export function isDangerous(row: Pick<MeasuredRow, 'battery' | 'powder' | 'liquid'>): boolean {
  return row.battery === true || row.powder === true || row.liquid === true;
}

const GRAMS_PER_KG = 1000n;

/**
 * Kilograms (0.35, or an exact decimal) to whole grams, rounded up: carriers bill what their
 * scale shows and never round a fraction of a gram in the sender's favour.
 */
export function gramsOf(kg: number | Decimal): Grams {
  const decimal = typeof kg === 'number' ? toDecimal(kg) : kg;
  if (decimal === null) throw new RangeError(`not a weight: ${String(kg)}`);
  return Number(ceiling(times(ratioOfDecimal(decimal), ratio(GRAMS_PER_KG))));
}

/** Grams as kilograms for people: 3200 → "3.2", 2000 → "2", 350 → "0.35". */
export function kgText(grams: Grams): string {
  return String(grams / 1000);
}

/**
 * The volumetric weight of a parcel: length × width × height (cm³) divided by the channel's
 * divisor (cm³ per kg, e.g. 6000), in grams rounded up as carriers do.
 */
export function volumetricGrams(size: ParcelSize, divisor: Decimal): Grams {
  const volume = times(
    times(ratioOfDecimal(size.length), ratioOfDecimal(size.width)),
    ratioOfDecimal(size.height),
  );
  const kg = dividedBy(volume, ratioOfDecimal(divisor));
  return Number(ceiling(times(kg, ratio(GRAMS_PER_KG))));
}

/**
 * What a channel bills: the heavier of the actual and the volumetric weight when the channel
 * has a volumetric divisor and the parcel was measured; the actual weight otherwise.
 */
export function billableGrams(parcel: Parcel, divisor: Decimal | null): Grams {
  if (divisor === null || parcel.sizeCm === null) return parcel.grams;
  return Math.max(parcel.grams, volumetricGrams(parcel.sizeCm, divisor));
}
