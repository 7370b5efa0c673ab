import { toDecimal } from '../../../src/core/money';
import {
  listingPriceFor,
  marginOf,
  marginShare,
  meetsMargin,
  priceStep,
  siteTermsOf,
} from '../../../src/core/pricing/listing-price';
import type { SiteTerms } from '../../../src/core/pricing/listing-price';
import { readSettings } from '../../../src/core/settings';

const dec = (text: string) => toDecimal(text)!;
const settings = readSettings(null).settings;
const gbpAt9 = { currency: 'GBP', month: '2026-11', rate: dec('9'), rowNumber: 3 };
/** UK defaults: VAT 20 %, referral fee 15 %, £1 = ¥9. */
const uk: SiteTerms = siteTermsOf(settings, 'UK', null, gbpAt9);
const THIRTY = dec('0.30');

describe('margin of a shelf price', () => {
  it('is profit over revenue net of VAT, in yuan, computed as by hand', () => {
    // £24.99 with ¥30 cost + ¥58 freight = ¥88 landed:
    // net of VAT   24.99 × 9 / 1.2   = 187.425
    // referral fee 24.99 × 9 × 0.15  =  33.7365
    // profit       187.425 − 33.7365 − 88 = 65.6885
    // margin       65.6885 / 187.425 = 0.350479…
    const margin = marginOf(2499, 8800, uk);
    expect(Number(margin.num) / Number(margin.den)).toBeCloseTo(65.6885 / 187.425, 12);
    expect(marginShare(margin)).toBe(0.3504);
  });

  it('is negative for a loss-making price', () => {
    // £9.99: net 74.925, fee 13.4865, profit 74.925 − 13.4865 − 88 = −26.5615
    expect(marginShare(marginOf(999, 8800, uk))).toBe(-0.3546); // −0.35451 rounded down
  });

  it('uses the referral fee of the product type when the settings give one', () => {
    const typed = { ...settings, referralFeeByType: { LUGGAGE: 0.08 } };
    const luggage = siteTermsOf(typed, 'UK', 'LUGGAGE', gbpAt9);
    // £24.99: net 187.425, fee 24.99 × 9 × 0.08 = 17.9928, profit 81.4322 → 0.434485…
    expect(marginShare(marginOf(2499, 8800, luggage))).toBe(0.4344);
  });
});

describe('suggested listing price', () => {
  it('is the smallest .99 price that reaches 30 %', () => {
    // margin = 0.82 − 88 × 1.2 / (9 P) = 0.82 − 11.7333… / P; ≥ 0.30 ⇔ P ≥ 22.5641
    // £21.99: 0.82 − 11.7333 / 21.99 = 0.2864 (too low); £22.99: 0.3096
    expect(listingPriceFor(8800, uk, THIRTY, 99)).toEqual({ ok: true, value: 2299 });
    expect(meetsMargin(2199, 8800, uk, THIRTY)).toBe(false);
    expect(meetsMargin(2299, 8800, uk, THIRTY)).toBe(true);
  });

  it('decides a margin of exactly the target with exact arithmetic', () => {
    // VAT 25 %, fee 20 %: margin = 1 − 0.25 − C × 1.25 / (r P). With r = 25 and P = 19.99,
    // a landed cost of C = 0.45 × 25 × 19.99 / 1.25 = 179.91 gives exactly 30 %.
    const terms: SiteTerms = {
      vat: dec('0.25'),
      referralFee: dec('0.20'),
      fx: { ...gbpAt9, rate: dec('25') },
    };
    expect(meetsMargin(1999, 17991, terms, THIRTY)).toBe(true);
    expect(listingPriceFor(17991, terms, THIRTY, 99)).toEqual({ ok: true, value: 1999 });
    // one fen more cost and £19.99 falls short: the next .99 price is needed
    expect(meetsMargin(1999, 17992, terms, THIRTY)).toBe(false);
    expect(listingPriceFor(17992, terms, THIRTY, 99)).toEqual({ ok: true, value: 2099 });
  });

  it('prices on the German site in euros with German VAT', () => {
    const de = siteTermsOf(settings, 'DE', null, { ...gbpAt9, currency: 'EUR', rate: dec('7.8') });
    // margin = 1 − 0.15 × 1.19 − 88 × 1.19 / (7.8 P) = 0.8215 − 13.42564… / P
    // ≥ 0.30 ⇔ P ≥ 13.42564 / 0.5215 = 25.744 → €25.99
    expect(listingPriceFor(8800, de, THIRTY, 99)).toEqual({ ok: true, value: 2599 });
  });

  it('follows other price endings', () => {
    expect(priceStep(99)).toBe(100);
    expect(priceStep(0)).toBe(100);
    expect(priceStep(999)).toBe(1000);
    // ending 9.99: 9.99, 19.99, 29.99 …; 22.5641 needs 29.99
    expect(listingPriceFor(8800, uk, THIRTY, 999)).toEqual({ ok: true, value: 2999 });
    // ending .50: 22.50 is under 22.5641, so 23.50
    expect(listingPriceFor(8800, uk, THIRTY, 50)).toEqual({ ok: true, value: 2350 });
  });

  it('refuses a target no price can reach', () => {
    // the fee takes 0.15 × 1.2 = 18 % of the net price: at most 82 % is left
    const price = listingPriceFor(8800, uk, dec('0.85'), 99);
    expect(price.ok).toBe(false);
    expect(!price.ok && price.problem.en).toBe(
      'no price reaches a 85% margin: after the referral fee and VAT at most 82% is left',
    );
  });
});
