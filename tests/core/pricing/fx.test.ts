import {
  convertCents,
  fromBaseCurrency,
  fxRateFor,
  latestFxRate,
  siteCurrency,
  toBaseCurrency,
} from '../../../src/core/pricing/fx';
import { fxSheet } from './pricing-sheets';

const rows = fxSheet().rows;
const latest = (currency: string, today: string, from = rows) =>
  latestFxRate(from, currency, today, 'CNY', 'FX rates');

describe('FX rates', () => {
  it('prices with the latest month up to today, never a future month', () => {
    // November has 9.00; December's 9.5 is in the future on 15 November
    expect(latest('GBP', '2026-11-15')).toMatchObject({
      ok: true,
      value: { month: '2026-11', rowNumber: 3 },
    });
    expect(latest('GBP', '2026-10-31')).toMatchObject({
      ok: true,
      value: { month: '2026-10', rowNumber: 2 },
    });
    // in January the latest month before is December
    expect(latest('GBP', '2027-01-02')).toMatchObject({ ok: true, value: { month: '2026-12' } });
  });

  it('names month and currency when a rate is missing', () => {
    const before = latest('GBP', '2026-09-30');
    expect(!before.ok && before.problem.en).toBe(
      'no GBP rate for 2026-09 or any month before in FX rates: add a row',
    );
    const exact = fxRateFor(rows, 'EUR', '2026-10', 'CNY', 'FX rates');
    expect(!exact.ok && exact.problem.en).toBe('no EUR rate for 2026-10 in FX rates: add a row');
    expect(!exact.ok && exact.problem.zh).toContain('2026-10 的 EUR 汇率');
  });

  it('needs no row for the base currency', () => {
    expect(latest('CNY', '2026-11-15')).toMatchObject({
      ok: true,
      value: { rate: { units: 1n, scale: 0 } },
    });
    expect(latest('RMB', '2026-11-15').ok).toBe(true);
  });

  it('refuses two different rates for the same month, naming both rows', () => {
    const clash = fxSheet([
      ['Month', 'Currency', 'Rate'],
      ['2026-11', 'GBP', 9],
      ['2026-11', 'GBP', 9.2],
    ]).rows;
    const rate = latest('GBP', '2026-11-15', clash);
    expect(!rate.ok && rate.problem.en).toBe(
      'FX rates rows 2 and 3 give two different GBP rates for 2026-11; delete one',
    );
  });

  it('refuses a rate of zero instead of dividing by it', () => {
    const zero = fxSheet([
      ['Month', 'Currency', 'Rate'],
      ['2026-11', 'USD', 0],
    ]).rows;
    const rate = latest('USD', '2026-11-15', zero);
    expect(!rate.ok && rate.problem.en).toBe('FX rates row 2: the rate must be more than 0');
  });

  it('converts exactly, rounding half-up once', () => {
    const gbp = latest('GBP', '2026-11-15');
    const usd = latest('USD', '2026-11-15');
    if (!gbp.ok || !usd.ok) throw new Error('rates missing');
    // £12.99 × 9 = ¥116.91
    expect(toBaseCurrency(1299, gbp.value)).toBe(11691);
    // ¥100 / 9 = £11.111… → £11.11
    expect(fromBaseCurrency(10000, gbp.value)).toBe(1111);
    // £3.999 is not a cent amount; £4.00 × 9 / 7.2 = $5.00 exactly
    expect(convertCents(400, gbp.value, usd.value)).toBe(500);
    // $1.00 × 7.2 / 9 = £0.80
    expect(convertCents(100, usd.value, gbp.value)).toBe(80);
  });

  it('sells in pounds on the UK site and in euros elsewhere', () => {
    expect(siteCurrency('UK')).toBe('GBP');
    expect(['DE', 'FR', 'IT', 'ES'].map(siteCurrency)).toEqual(['EUR', 'EUR', 'EUR', 'EUR']);
  });
});
