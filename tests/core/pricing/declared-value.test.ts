import { toDecimal } from '../../../src/core/money';
import {
  declarationRulesOf,
  declaredValue,
  SMALL_PARCEL_GRAMS,
} from '../../../src/core/pricing/declared-value';
import { readSettings } from '../../../src/core/settings';

const dec = (text: string) => toDecimal(text)!;
/** Defaults: one tenth of the price, small parcels within 5–10 USD. */
const rules = declarationRulesOf(readSettings(null).settings);
/** £1 = ¥9, $1 = ¥7.2: so £1 = $1.25. */
const rates = {
  order: { currency: 'GBP', month: '2026-11', rate: dec('9'), rowNumber: 3 },
  usd: { currency: 'USD', month: '2026-11', rate: dec('7.2'), rowNumber: 6 },
};

describe('declared customs value (R5.4b)', () => {
  it('reads its rules from the settings', () => {
    expect(rules).toEqual({ share: dec('0.1'), smallParcelUsd: { min: 500, max: 1000 } });
    expect(SMALL_PARCEL_GRAMS).toBe(2000);
  });

  it('declares one tenth of the price when that falls inside the small-parcel band', () => {
    // £49.99 × 0.1 = £4.999 → £5.00; in dollars 4.999 × 1.25 = 6.24875 → $6.25
    expect(declaredValue(4999, 500, rules, rates)).toEqual({ usd: 625, order: 500, bound: null });
  });

  it('raises a small parcel to 5 USD when one tenth is less', () => {
    // £39.99 × 0.1 × 1.25 = $4.99875 < $5 → $5.00, which is 5 × 7.2 / 9 = £4.00
    expect(declaredValue(3999, 500, rules, rates)).toEqual({ usd: 500, order: 400, bound: 'min' });
    // exactly $5 (£40 × 0.1 × 1.25) needs no raising
    expect(declaredValue(4000, 500, rules, rates)).toEqual({ usd: 500, order: 400, bound: null });
  });

  it('holds a small parcel at 10 USD when one tenth is more', () => {
    // £99.99 × 0.1 × 1.25 = $12.49875 > $10 → $10.00 = 10 × 7.2 / 9 = £8.00
    expect(declaredValue(9999, 2000, rules, rates)).toEqual({
      usd: 1000,
      order: 800,
      bound: 'max',
    });
  });

  it('declares one tenth without the band over 2 kg', () => {
    // 2.01 kg is no small parcel: $12.49875 → $12.50, £9.999 → £10.00
    expect(declaredValue(9999, 2010, rules, rates)).toEqual({
      usd: 1250,
      order: 1000,
      bound: null,
    });
    // and a cheap heavy parcel may declare under $5: £20 × 0.1 × 1.25 = $2.50
    expect(declaredValue(2000, 3000, rules, rates)).toEqual({ usd: 250, order: 200, bound: null });
  });

  it('declares a dollar order without conversion', () => {
    const usdOrder = { order: rates.usd, usd: rates.usd };
    // $30 × 0.1 = $3 → raised to $5 for a small parcel
    expect(declaredValue(3000, 800, rules, usdOrder)).toEqual({
      usd: 500,
      order: 500,
      bound: 'min',
    });
  });
});
