import { freightFor, startedSteps } from '../../../src/core/pricing/freight';
import type { Tariff } from '../../../src/core/pricing/rate-card';

describe('freight of a rate card', () => {
  const perKg: Tariff = { form: 'perKg', perParcel: 1800, perKg: 7999 };
  const steps: Tariff = {
    form: 'steps',
    perParcel: 0,
    firstGrams: 500,
    first: 12000,
    stepGrams: 500,
    step: 3000,
  };

  it('charges per parcel plus per kg, rounded half-up to the fen once', () => {
    // ¥18 + ¥79.99 × 0.333 kg = 18 + 26.63667 → 18 + 26.64 = 44.64
    expect(freightFor(perKg, 333)).toBe(4464);
    // ¥18 + ¥79.99 × 2 kg = 177.98
    expect(freightFor(perKg, 2000)).toBe(17798);
  });

  it('charges the first weight, then a whole step for every started step beyond it', () => {
    expect(startedSteps(500, 500, 500)).toBe(0);
    expect(startedSteps(501, 500, 500)).toBe(1);
    expect(startedSteps(1000, 500, 500)).toBe(1);
    expect(startedSteps(1010, 500, 500)).toBe(2);
    // up to 0.5 kg: the first price alone
    expect(freightFor(steps, 300)).toBe(12000);
    expect(freightFor(steps, 500)).toBe(12000);
    // 0.501 kg: one started step: 120 + 30
    expect(freightFor(steps, 501)).toBe(15000);
    // 1.01 kg: 0.51 kg beyond the first = 2 started steps: 120 + 2 × 30
    expect(freightFor(steps, 1010)).toBe(18000);
    // a registration fee per parcel is added on top: 5 + 120 + 30
    expect(freightFor({ ...steps, perParcel: 500 }, 1000)).toBe(15500);
  });
});
