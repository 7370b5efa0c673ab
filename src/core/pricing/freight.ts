import { multiplyCents } from '../money';
import type { Cents } from '../money';
import type { Grams } from './parcel';
import type { Tariff } from './rate-card';

/** Started steps beyond the first weight: 1 g over a 500 g step is a whole step. */
export function startedSteps(grams: Grams, firstGrams: Grams, stepGrams: Grams): number {
  return grams <= firstGrams ? 0 : Math.ceil((grams - firstGrams) / stepGrams);
}

/**
 * The freight of a billable weight under a tariff, in base-currency cents: per parcel + per kg
 * × kg (rounded half-up once), or the first price + the step price per started step.
 */
export function freightFor(tariff: Tariff, grams: Grams): Cents {
  if (tariff.form === 'perKg') {
    return tariff.perParcel + multiplyCents(tariff.perKg, { units: BigInt(grams), scale: 3 });
  }
  const steps = startedSteps(grams, tariff.firstGrams, tariff.stepGrams);
  return tariff.perParcel + tariff.first + steps * tariff.step;
}
