import { toDecimal } from '../../../src/core/money';
import { billableGrams, gramsOf, kgText, volumetricGrams } from '../../../src/core/pricing/parcel';
import type { Parcel } from '../../../src/core/pricing/parcel';

const dec = (text: string) => toDecimal(text)!;

describe('weights', () => {
  it('holds weights as whole grams, rounding a fraction of a gram up as a scale would', () => {
    expect(gramsOf(2)).toBe(2000);
    expect(gramsOf(2.01)).toBe(2010);
    expect(gramsOf(0.1 + 0.2)).toBe(301); // 0.30000000000000004 kg is over 300 g
    expect(gramsOf(0.3335)).toBe(334);
    expect(kgText(3200)).toBe('3.2');
  });

  it('computes volumetric weight as L × W × H / divisor, in grams rounded up', () => {
    // 40 × 30 × 20 = 24,000 cm³; / 5000 = 4.8 kg; / 6000 = 4 kg
    const size = { length: dec('40'), width: dec('30'), height: dec('20') };
    expect(volumetricGrams(size, dec('5000'))).toBe(4800);
    expect(volumetricGrams(size, dec('6000'))).toBe(4000);
    // 10.5 × 10 × 10 = 1,050 cm³; / 6000 = 0.175 kg
    expect(
      volumetricGrams(
        { ...size, length: dec('10.5'), width: dec('10'), height: dec('10') },
        dec('6000'),
      ),
    ).toBe(175);
    // 7 × 7 × 7 = 343 cm³; / 6000 = 0.0571666… kg → 58 g
    expect(
      volumetricGrams({ length: dec('7'), width: dec('7'), height: dec('7') }, dec('6000')),
    ).toBe(58);
  });

  it('bills the volumetric weight when it is the heavier, and the actual weight otherwise', () => {
    const box: Parcel = {
      grams: 2500,
      sizeCm: { length: dec('40'), width: dec('30'), height: dec('20') },
      dangerous: false,
    };
    expect(billableGrams(box, dec('5000'))).toBe(4800);
    expect(billableGrams({ ...box, grams: 5000 }, dec('5000'))).toBe(5000);
    expect(billableGrams(box, null)).toBe(2500);
    expect(billableGrams({ ...box, sizeCm: null }, dec('5000'))).toBe(2500);
  });
});
