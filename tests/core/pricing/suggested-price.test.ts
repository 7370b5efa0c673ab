import { toDecimal } from '../../../src/core/money';
import { marginOf, marginShare, siteTermsOf } from '../../../src/core/pricing/listing-price';
import { rateCardsOf } from '../../../src/core/pricing/rate-card';
import {
  shelfPriceText,
  suggestedListingPrice,
  suggestionText,
} from '../../../src/core/pricing/suggested-price';
import type { ListingPricing, PricedProduct } from '../../../src/core/pricing/suggested-price';
import { readSettings } from '../../../src/core/settings';
import { channelSheet, FX_RATES, fxSheet, TODAY } from './pricing-sheets';

const settings = readSettings(null).settings;

/** The standard channels and rates (GBP 9 and EUR 7.8 in November), priced on TODAY. */
function pricing(changes: Partial<ListingPricing> = {}): ListingPricing {
  return {
    rateCards: rateCardsOf(channelSheet().rows, 'Shipping channels'),
    fxRows: fxSheet().rows,
    fxSheetName: 'FX rates',
    settings,
    today: TODAY,
    ...changes,
  };
}

/** A 0.5 kg product bought for ¥30: by Yanwen UK ¥18 + ¥40 = ¥58 freight, ¥88 landed. */
function product(changes: Partial<PricedProduct> = {}): PricedProduct {
  return {
    productType: 'HOME',
    costCny: 3000,
    weightKg: 0.5,
    lengthCm: null,
    widthCm: null,
    heightCm: null,
    battery: false,
    powder: false,
    liquid: false,
    ...changes,
  };
}

const rate = (text: string, currency: string) => ({
  currency,
  month: '2026-11',
  rate: toDecimal(text)!,
  rowNumber: null,
});

function suggested(row: PricedProduct, site: 'UK' | 'DE' | 'IT', world = pricing()) {
  const result = suggestedListingPrice(row, site, world);
  if (!result.ok) throw new Error(result.problem.en);
  return result.value;
}

function problemOf(row: PricedProduct, site: 'UK' | 'DE' | 'IT', world = pricing()): string {
  const result = suggestedListingPrice(row, site, world);
  if (result.ok) throw new Error(`suggested ${result.value.price}`);
  return result.problem.en;
}

describe('suggested listing price (R4.2d)', () => {
  it('meets the 30 % margin on the UK site and the .99 price below it does not', () => {
    // Landed ¥88, £1 = ¥9, VAT 20 %, referral fee 15 %:
    //   lowest price = 88 × 1.2 / (9 × (1 − 0.15 × 1.2 − 0.30)) = 105.6 / 4.68 = £22.56 → £22.99
    //   £22.99: 206.91 / 1.2 = 172.425 net, fee 31.0365, profit 53.3885 → 30.96 %
    //   £21.99: 197.91 / 1.2 = 164.925 net, fee 29.6865, profit 47.2385 → 28.64 %
    const suggestion = suggested(product(), 'UK');
    const terms = siteTermsOf(settings, 'UK', 'HOME', rate('9', 'GBP'));

    expect(suggestion.price).toBe(2299);
    expect(suggestion.currency).toBe('GBP');
    expect(suggestion.margin).toBe(0.3096);
    expect(suggestion.cost).toEqual({ landed: 8800, freight: 5800, channel: 'Yanwen UK' });
    expect(marginShare(marginOf(2199, 8800, terms))).toBe(0.2864);
  });

  it('prices a German listing in euros with the German channel and 19 % VAT', () => {
    // Yanwen DE ¥20 + ¥85 × 0.5 = ¥62.50, landed ¥92.50, €1 = ¥7.8:
    //   lowest price = 92.5 × 1.19 / (7.8 × (1 − 0.15 × 1.19 − 0.30)) = 110.075 / 4.0677
    //                = €27.06 → €27.99
    //   €27.99: 218.322 / 1.19 = 183.4639 net, fee 32.7483, profit 58.2156 → 31.73 %
    //   €26.99: 210.522 / 1.19 = 176.9092 net, fee 31.5783, profit 52.8309 → 29.86 %
    const suggestion = suggested(product(), 'DE');
    const terms = siteTermsOf(settings, 'DE', 'HOME', rate('7.8', 'EUR'));

    expect(suggestion.price).toBe(2799);
    expect(suggestion.currency).toBe('EUR');
    expect(suggestion.margin).toBe(0.3173);
    expect(suggestion.cost.channel).toBe('Yanwen DE');
    expect(marginShare(marginOf(2699, 9250, terms))).toBe(0.2986);
  });

  it('prices a battery product with its doubled freight', () => {
    // 4PX Battery UK (¥20 + ¥47.50) × 2 = ¥135, landed ¥165:
    //   165 × 1.2 / 4.68 = £42.31 → £42.99 (30.82 %); £41.99 leaves 29.60 %.
    const suggestion = suggested(product({ battery: true }), 'UK');

    expect(suggestion.price).toBe(4299);
    expect(suggestion.margin).toBe(0.3082);
  });

  it('converts at the latest month up to the day, never at a future month', () => {
    // In December £1 = ¥9.5: 105.6 / (9.5 × 0.52) = £21.38 → £21.99.
    expect(suggested(product(), 'UK').fx.month).toBe('2026-11');
    expect(suggested(product(), 'UK', pricing({ today: '2026-12-02' })).price).toBe(2199);
  });

  it('ends in the priceEnding of the Settings', () => {
    // x9.99 prices step by £10: the smallest one above £22.56 is £29.99.
    const world = pricing({ settings: { ...settings, priceEnding: 9.99 } });

    expect(suggested(product(), 'UK', world).price).toBe(2999);
  });

  it('has no price for a site no channel goes to', () => {
    expect(problemOf(product(), 'IT')).toBe('no channel takes a 0.5 kg parcel to IT');
  });

  it('has no price without a rate for the site currency', () => {
    const world = pricing({ fxRows: fxSheet(FX_RATES.filter((row) => row[1] !== 'EUR')).rows });

    expect(problemOf(product(), 'DE', world)).toContain('no EUR rate for 2026-11');
  });

  it('has no price for a row without a weight', () => {
    expect(problemOf(product({ weightKg: null }), 'UK')).toContain('package weight');
  });
});

describe('a suggestion for people', () => {
  it('names the price with its sign, the margin and its minimum, the freight, the channel', () => {
    const text = suggestionText(suggested(product(), 'UK'), settings);

    expect(text.en).toBe('£22.99 (margin 30.96%, minimum 30%; freight 58.00 CNY by Yanwen UK)');
    expect(text.zh).toContain('£22.99');
    expect(shelfPriceText(2799, 'EUR')).toBe('€27.99');
  });
});
