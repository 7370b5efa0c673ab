import type { Cell } from '../../../src/core/cells';
import {
  amazonTitleRows,
  bestChannelRows,
  billableWeightRows,
  declaredValueRows,
  listingPriceRows,
  marginRows,
  openPricingBook,
  repackHintRows,
  shippingCostRows,
  supplierPlatformRows,
} from '../../../src/core/pricing/sheet-functions';
import type { PricingSources } from '../../../src/core/pricing/sheet-functions';
import { channelSheet, fxSheet, settingsSheet, TODAY } from './pricing-sheets';

const sources: PricingSources = {
  settings: settingsSheet(),
  fxRates: fxSheet(),
  shippingChannels: channelSheet(),
  today: TODAY,
  lang: 'en',
};
const book = (more: Partial<PricingSources> = {}) => openPricingBook({ ...sources, ...more });
const column = (...cells: Cell[]): Cell[][] => cells.map((cell) => [cell]);

describe('SHIPPING_COST and friends over a range', () => {
  it('prices a column of weights in one call, blank rows blank, a bad row flagged in place', () => {
    const weights = column(0.5, 2, 2.01, '', '500g');
    // Yanwen 18 + 80 × 0.5 = 58; Yanwen 18 + 160 = 178; DHL 120 + 4 × 30 = 240
    expect(shippingCostRows(book(), weights, 'UK', '', '', '', '')).toEqual([
      [58],
      [178],
      [240],
      [''],
      ['⚠ weight "500g": write kilograms, e.g. 0.5'],
    ]);
  });

  it('returns 1,000 rows for 1,000 rows, the one bad row alone showing an error', () => {
    const weights = Array.from({ length: 1000 }, (_, i) => [i === 617 ? '12,99' : 0.5]);
    const started = Date.now();
    const result = shippingCostRows(
      book(),
      weights,
      'UK',
      undefined,
      undefined,
      undefined,
      undefined,
    );
    expect(Date.now() - started).toBeLessThan(5000);

    expect(result).toHaveLength(1000);
    const errors = result.flatMap((row, i) => (typeof row[0] === 'string' ? [i] : []));
    expect(errors).toEqual([617]);
    expect(result[617][0]).toBe(
      '⚠ weight: "12,99" is not a number: use a point for decimals, not a comma',
    );
    expect(result.filter((row) => row[0] === 58)).toHaveLength(999);
  });

  it('takes sizes and the battery, powder and liquid columns together', () => {
    const dangerous = [
      ['是', '', ''],
      ['', '', '否'],
      ['', 'maybe', ''],
    ];
    const result = shippingCostRows(
      book(),
      column(0.5, 0.5, 0.5),
      'UK',
      column(10, 10, 10),
      column(10, 10, 10),
      column(10, 10, 10),
      dangerous,
    );
    // a battery: 4PX Battery UK (20 + 95 × 0.5) × 2 = 135; no dangerous goods: Yanwen 58
    expect(result).toEqual([
      [135],
      [58],
      ['⚠ dangerous goods (battery/powder/liquid): "maybe" should be yes or no'],
    ]);
  });

  it('names the channel and the weight it bills', () => {
    const weights = column(0.5, 2.5);
    const sizes = column('', 40);
    // 2.5 kg at 40 × 30 × 20 cm goes EMS, billed at 24,000 / 6000 = 4 kg
    expect(
      bestChannelRows(book(), weights, 'UK', sizes, column('', 30), column('', 20), ''),
    ).toEqual([['Yanwen UK'], ['EMS UK']]);
    expect(
      billableWeightRows(book(), weights, 'UK', sizes, column('', 30), column('', 20), ''),
    ).toEqual([[0.5], [4]]);
  });

  it('says which site no channel serves instead of returning 0', () => {
    expect(shippingCostRows(book(), 3.2, 'DE', '', '', '', '')).toEqual([
      ['⚠ no channel takes a 3.2 kg parcel to DE (over 2 kg only express counts)'],
    ]);
  });

  it('hints at repacking only for parcels just over a kilogram', () => {
    expect(repackHintRows(book(), column(1.05, 1.2, 2.05), 'UK', '', '', '', '')).toEqual([
      ['repack to 1 kg (0.05 kg less): saves ¥4.00 on Yanwen UK'],
      [''],
      ['repack to 2 kg (0.05 kg less): DHL UK ¥240.00 → Yanwen UK ¥178.00, saves ¥62.00'],
    ]);
  });

  it('refuses ranges of different heights', () => {
    const result = shippingCostRows(
      book(),
      column(0.5, 1, 1.5),
      column('UK', 'DE'),
      '',
      '',
      '',
      '',
    );
    expect(result).toEqual([['⚠ ranges differ in height (2 and 3)']]);
  });
});

describe('pricing sheets that are missing or wrong', () => {
  it('says the Shipping channels sheet is missing rather than pricing at 0', () => {
    const result = shippingCostRows(
      book({ shippingChannels: null }),
      column(0.5, ''),
      'UK',
      '',
      '',
      '',
      '',
    );
    expect(result).toEqual([
      ['⚠ there is no "Shipping channels" sheet: run "Set up sheets" and fill it in'],
      [''],
    ]);
  });

  it("passes on the reader's message when a required column is missing", () => {
    const noRate = fxSheet([
      ['Month', 'Currency'],
      ['2026-11', 'GBP'],
    ]);
    const result = marginRows(book({ fxRates: noRate }), 24.99, 30, 58, 'UK', '');
    expect(result).toEqual([['⚠ FX rates: the required column "Rate" is missing']]);
  });

  it('names the month and currency of a missing FX rate', () => {
    const gbpOnly = fxSheet([
      ['Month', 'Currency', 'Rate'],
      ['2026-11', 'GBP', 9],
    ]);
    const result = listingPriceRows(
      book({ fxRates: gbpOnly }),
      column(30, 30),
      58,
      column('UK', 'DE'),
      '',
      '',
    );
    expect(result).toEqual([
      [22.99],
      ['⚠ no EUR rate for 2026-11 or any month before in FX rates: add a row'],
    ]);
  });

  it('stops rows that need a setting that cannot be read, and only those', () => {
    const badVat = book({ settings: settingsSheet({ 'vat.UK': 'twenty' }) });
    const result = marginRows(badVat, column(24.99, 24.99), 30, 58, column('UK', 'DE'), '');
    expect(result[0][0]).toBe(
      '⚠ Settings row 2, column "Value": setting vat.UK should be a share (0.3 or 30%)',
    );
    expect(typeof result[1][0]).toBe('number');
  });
});

describe('bad input', () => {
  it('never comes out as 0 or NaN from any pricing function', () => {
    const bad = column('500g', '12,99', '￥12', 'abc', Number.NaN, -1, 0, '#N/A');
    const results = [
      ...shippingCostRows(book(), bad, 'UK', '', '', '', ''),
      ...repackHintRows(book(), bad, 'UK', '', '', '', ''),
      ...listingPriceRows(book(), bad, 58, 'UK', '', ''),
      ...marginRows(book(), bad, 30, 58, 'UK', ''),
      ...declaredValueRows(book(), bad, 'GBP', 0.5, ''),
      ...declaredValueRows(book(), 39.99, 'GBP', bad, ''),
    ];
    const cells = results.map((row) => row[0]);
    // as a cost, ￥12 and 0 are real costs in yuan; every other cell names its problem
    const problems = cells.filter((cell) => typeof cell === 'string' && cell.startsWith('⚠ '));
    const numbers = cells.filter((cell) => typeof cell === 'number');
    expect(numbers.every((n) => Number.isFinite(n) && n !== 0)).toBe(true);
    expect(problems.length + numbers.length).toBe(cells.length);
    expect(numbers).toEqual([
      // LISTING_PRICE of ¥12 + ¥58: 0.82 − 70 × 1.2 / (9 P) ≥ 0.3 ⇔ P ≥ 9.3333 / 0.52 = 17.949
      17.99,
      // LISTING_PRICE of ¥0 + ¥58: P ≥ 7.7333 / 0.52 = 14.8718
      14.99,
    ]);
    expect(declaredValueRows(book(), 0, 'GBP', 0.5, '')).toEqual([
      ['⚠ order price must be more than 0'],
    ]);
  });
});

describe('LISTING_PRICE and MARGIN', () => {
  it('suggests the smallest .99 price reaching the 30 % of the settings', () => {
    // landed ¥88 on UK at £1 = ¥9: P ≥ 22.5641 → £22.99 (worked in listing-price.test.ts)
    expect(listingPriceRows(book(), 30, 58, 'UK', '', '')).toEqual([[22.99]]);
    // a 40 % target: 0.82 − 11.7333 / P ≥ 0.40 ⇔ P ≥ 27.937 → £27.99
    expect(listingPriceRows(book(), 30, 58, 'UK', '', '40%')).toEqual([[27.99]]);
  });

  it('prices straight from SHIPPING_COST, passing its error on', () => {
    const freight = shippingCostRows(book(), column(0.5, '500g'), 'UK', '', '', '', '');
    const result = listingPriceRows(book(), column(30, 30), freight, 'UK', '', '');
    expect(result).toEqual([[22.99], ['⚠ weight "500g": write kilograms, e.g. 0.5']]);
  });

  it('gives the margin of a price as worked by hand', () => {
    // £24.99, ¥88 landed: 65.6885 / 187.425 = 0.35047… (see listing-price.test.ts)
    expect(marginRows(book(), 24.99, 30, 58, 'UK', '')).toEqual([[0.3504]]);
  });

  it('refuses a price in yuan on the UK site and a cost with a decimal comma', () => {
    expect(marginRows(book(), '￥12', 30, 58, 'UK', '')).toEqual([
      ['⚠ price "￥12" is in CNY: write the amount in GBP'],
    ]);
    expect(marginRows(book(), 24.99, '12,99', 58, 'UK', '')).toEqual([
      ['⚠ cost: "12,99" is not a number: use a point for decimals, not a comma'],
    ]);
    expect(listingPriceRows(book(), 30, '', 'UK', '', '')).toEqual([['⚠ freight is empty']]);
  });
});

describe('DECLARED_VALUE', () => {
  it('declares in dollars by default and in the order currency when asked', () => {
    const prices = column(39.99, 99.99, 99.99);
    const weights = column(0.5, 0.5, 2.01);
    // $4.99875 → raised to $5; $12.49875 → held at $10; over 2 kg $12.50
    expect(declaredValueRows(book(), prices, 'GBP', weights, '')).toEqual([[5], [10], [12.5]]);
    // the same in pounds: 5 × 7.2 / 9 = 4; 10 × 7.2 / 9 = 8; £9.999 → 10
    expect(declaredValueRows(book(), prices, 'GBP', weights, 'GBP')).toEqual([[4], [8], [10]]);
  });

  it('refuses a third currency and a missing weight', () => {
    expect(declaredValueRows(book(), 39.99, 'GBP', 0.5, 'EUR')).toEqual([
      ["⚠ declare in USD or in the order's currency GBP"],
    ]);
    expect(declaredValueRows(book(), 39.99, 'GBP', '', '')).toEqual([['⚠ weight is empty']]);
  });
});

describe('SUPPLIER_PLATFORM and AMAZON_TITLE', () => {
  it('labels platforms in the sheet language', () => {
    const links = column(
      'https://detail.1688.com/offer/1.html',
      'https://item.taobao.com/item.htm?id=2',
      '',
      'x',
    );
    expect(supplierPlatformRows('en', links)).toEqual([
      ['1688'],
      ['Taobao'],
      [''],
      ['⚠ "x" is not a link (e.g. https://detail.1688.com/offer/123.html)'],
    ]);
    expect(supplierPlatformRows('zh', links)[1]).toEqual(['淘宝']);
  });

  it('builds titles row by row', () => {
    const result = amazonTitleRows(
      'en',
      column('Lumora', '', 'Lumora'),
      '',
      column('LED Desk Lamp', '', ''),
      '',
      '',
      column('Black', '', ''),
      '',
      column(2, '', ''),
    );
    expect(result).toEqual([
      ['Lumora LED Desk Lamp, Black, Pack of 2'],
      [''],
      ['⚠ the product name (core keyword) is empty: a title needs it'],
    ]);
  });
});
