import {
  parseAmount,
  parseCurrencyCode,
  parseDangerous,
  parseShare,
  parseSite,
  parseSize,
  parseWeight,
} from '../../../src/core/pricing/cell-inputs';
import { t } from '../../../src/core/i18n';

const problem = (parsed: { ok: boolean; problem?: { en: string } }) =>
  parsed.ok ? null : parsed.problem!.en;
const PRICE = t('售价', 'price');

describe('weights typed into cells', () => {
  it('reads kilograms as numbers, text or with a kg unit', () => {
    expect(parseWeight(0.35)).toEqual({ ok: true, value: 350 });
    expect(parseWeight('0.35')).toEqual({ ok: true, value: 350 });
    expect(parseWeight('0.35 kg')).toEqual({ ok: true, value: 350 });
    expect(parseWeight('1.2公斤')).toEqual({ ok: true, value: 1200 });
  });

  it('refuses grams and says what to write instead', () => {
    expect(problem(parseWeight('500g'))).toBe('weight "500g": write kilograms, e.g. 0.5');
    expect(problem(parseWeight('1500 克'))).toBe('weight "1500 克": write kilograms, e.g. 1.5');
    expect(parseWeight('500g')).toMatchObject({
      problem: { zh: '重量“500g”：请写公斤数，例如 0.5' },
    });
    expect(problem(parseWeight('2 lb'))).toBe('weight "2 lb": write kilograms, e.g. 0.5');
  });

  it('refuses a decimal comma, money and words, never reading them as 0', () => {
    expect(problem(parseWeight('12,99'))).toBe(
      'weight: "12,99" is not a number: use a point for decimals, not a comma',
    );
    expect(problem(parseWeight('￥12'))).toBe(
      'weight "￥12": that is money, not a weight; write kilograms, e.g. 0.5',
    );
    expect(problem(parseWeight('heavy'))).toBe('weight: "heavy" is not a number');
    expect(problem(parseWeight(0))).toBe('weight 0: must be more than 0 kg');
    expect(problem(parseWeight(-1))).toBe('weight -1: must be more than 0 kg');
    expect(problem(parseWeight(''))).toBe('weight is empty');
    expect(problem(parseWeight('#N/A'))).toBe('weight: the cell shows the formula error #N/A');
    expect(problem(parseWeight(new Date(Date.UTC(2026, 0, 2))))).toBe(
      'weight: expected a number here, not a date',
    );
  });
});

describe('parcel sizes typed into cells', () => {
  it('takes all three sizes or none', () => {
    expect(parseSize('', '', '')).toEqual({ ok: true, value: null });
    expect(parseSize(40, '30cm', '20')).toMatchObject({
      ok: true,
      value: { length: { units: 40n }, width: { units: 30n }, height: { units: 20n } },
    });
    expect(problem(parseSize(40, 30, ''))).toBe(
      'size: give length, width and height, or none of them',
    );
  });

  it('refuses millimetres and zero', () => {
    expect(problem(parseSize('400mm', 30, 20))).toBe('length "400mm": write centimetres, e.g. 25');
    expect(problem(parseSize(40, 0, 20))).toBe('width 0: must be more than 0');
  });
});

describe('money typed into cells', () => {
  it('takes the currency expected, with or without its mark', () => {
    expect(parseAmount('￥12', 'CNY', t('采购价', 'cost'))).toEqual({ ok: true, value: 1200 });
    expect(parseAmount('£12.99', 'GBP', PRICE)).toEqual({ ok: true, value: 1299 });
    expect(parseAmount(12.99, 'GBP', PRICE)).toEqual({ ok: true, value: 1299 });
  });

  it('refuses a price written in another currency rather than converting it', () => {
    expect(problem(parseAmount('￥12', 'GBP', PRICE))).toBe(
      'price "￥12" is in CNY: write the amount in GBP',
    );
    expect(problem(parseAmount('€12', 'GBP', PRICE))).toBe(
      'price "€12" is in EUR: write the amount in GBP',
    );
  });

  it('refuses a decimal comma, a negative amount and an empty cell', () => {
    expect(problem(parseAmount('12,99', 'GBP', PRICE))).toBe(
      'price: "12,99" is not a number: use a point for decimals, not a comma',
    );
    expect(problem(parseAmount(-5, 'GBP', PRICE))).toBe('price cannot be negative');
    expect(problem(parseAmount('', 'GBP', PRICE))).toBe('price is empty');
  });
});

describe('other pricing inputs', () => {
  it('reads sites by any of their names', () => {
    expect(parseSite('UK')).toEqual({ ok: true, value: 'UK' });
    expect(parseSite('GB')).toEqual({ ok: true, value: 'UK' });
    expect(parseSite('德国')).toEqual({ ok: true, value: 'DE' });
    expect(problem(parseSite('US'))).toBe('site "US" should be UK, DE, FR, IT or ES');
    expect(problem(parseSite(''))).toBe('site is empty (UK, DE, FR, IT or ES)');
  });

  it('reads dangerous goods as yes/no with blank meaning no', () => {
    expect(parseDangerous('')).toEqual({ ok: true, value: false });
    expect(parseDangerous('是')).toEqual({ ok: true, value: true });
    expect(parseDangerous(true)).toEqual({ ok: true, value: true });
    expect(problem(parseDangerous('maybe'))).toBe(
      'dangerous goods (battery/powder/liquid): "maybe" should be yes or no',
    );
  });

  it('reads a margin target as a share under 100 %', () => {
    expect(parseShare('30%', t('目标', 'target'))).toMatchObject({
      ok: true,
      value: { units: 3n, scale: 1 },
    });
    expect(parseShare(0.3, t('目标', 'target'))).toMatchObject({ ok: true });
    expect(problem(parseShare(1.2, t('目标', 'target')))).toBe(
      'target 1.2: should be from 0 to under 100%',
    );
  });

  it('reads currency codes', () => {
    expect(parseCurrencyCode('gbp')).toEqual({ ok: true, value: 'GBP' });
    expect(parseCurrencyCode('RMB')).toEqual({ ok: true, value: 'CNY' });
    expect(problem(parseCurrencyCode('£'))).toBe('currency "£" should be a code such as GBP');
  });
});
