import { landedCostTo, productParcelOf } from '../../../src/core/pricing/landed-cost';
import type { ProductCostFields } from '../../../src/core/pricing/landed-cost';
import { rateCardsOf } from '../../../src/core/pricing/rate-card';
import { readSettings } from '../../../src/core/settings';
import { channelSheet } from './pricing-sheets';

const settings = readSettings(null).settings;
const world = {
  rateCards: rateCardsOf(channelSheet().rows, 'Shipping channels'),
  settings,
};

/** A 0.5 kg parcel bought for ¥30, unmeasured, nothing dangerous. */
function product(changes: Partial<ProductCostFields> = {}): ProductCostFields {
  return {
    costCny: 3000,
    weightKg: 0.5,
    lengthCm: null,
    widthCm: null,
    heightCm: null,
    battery: false,
    powder: null,
    liquid: null,
    ...changes,
  };
}

describe('landed cost of a product to a site', () => {
  it('adds the freight of the cheapest e-packet line to that site to the purchase price', () => {
    // Yanwen UK: ¥18 a parcel + ¥80 × 0.5 kg = ¥58; landed ¥30 + ¥58 = ¥88.
    expect(landedCostTo(product(), 'UK', world)).toEqual({
      ok: true,
      value: { landed: 8800, freight: 5800, channel: 'Yanwen UK' },
    });
  });

  it("prices the same parcel with the destination's own channel", () => {
    // Yanwen DE: ¥20 + ¥85 × 0.5 kg = ¥62.50; landed ¥92.50.
    expect(landedCostTo(product(), 'DE', world)).toEqual({
      ok: true,
      value: { landed: 9250, freight: 6250, channel: 'Yanwen DE' },
    });
  });

  it('sends a battery on a channel that takes it, at double freight (R4.2c)', () => {
    // 4PX Battery UK: (¥20 + ¥95 × 0.5) × 2 = ¥135; landed ¥165.
    expect(landedCostTo(product({ battery: true }), 'UK', world)).toEqual({
      ok: true,
      value: { landed: 16500, freight: 13500, channel: '4PX Battery UK' },
    });
  });

  it('says why when no channel goes to the site', () => {
    const cost = landedCostTo(product(), 'IT', world);

    expect(cost).toEqual({ ok: false, problem: expect.any(Object) });
    expect(cost?.ok === false && cost.problem.en).toBe('no channel takes a 0.5 kg parcel to IT');
  });

  it('has nothing to say of a row without a purchase price or a weight', () => {
    expect(landedCostTo(product({ costCny: null }), 'UK', world)).toBeNull();
    expect(landedCostTo(product({ weightKg: null }), 'UK', world)).toBeNull();
  });
});

describe('parcel of a product row', () => {
  it('keeps the measured size only when all three sides are given', () => {
    const measured = productParcelOf(product({ lengthCm: 35, widthCm: 13, heightCm: 8 }));
    const partly = productParcelOf(product({ lengthCm: 35, widthCm: 13 }));

    expect(measured?.sizeCm).not.toBeNull();
    expect(partly?.sizeCm).toBeNull();
    expect(measured?.grams).toBe(500);
  });

  it('counts powder or liquid as dangerous goods like a battery', () => {
    expect(productParcelOf(product({ powder: true }))?.dangerous).toBe(true);
    expect(productParcelOf(product({ liquid: true }))?.dangerous).toBe(true);
    expect(productParcelOf(product())?.dangerous).toBe(false);
  });
});
