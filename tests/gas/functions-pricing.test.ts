import * as main from '../../src/gas/main';
import {
  AMAZON_TITLE,
  BEST_CHANNEL,
  BILLABLE_WEIGHT,
  DECLARED_VALUE,
  LISTING_PRICE,
  MARGIN,
  REPACK_HINT,
  SHIPPING_COST,
  SUPPLIER_PLATFORM,
} from '../../src/gas/functions/pricing';
import { CHANNELS, FX_RATES } from '../core/pricing/pricing-sheets';

type Values = unknown[][];

/**
 * Just enough of SpreadsheetApp for custom functions, and only its read-only half: a call to
 * anything else fails the test, as a write would fail in Sheets. Every call is counted.
 */
function installSpreadsheet(
  tabs: Record<string, Values>,
  options: { locale?: string; timeZone?: string } = {},
): string[] {
  const calls: string[] = [];
  const sheets = Object.entries(tabs).map(([name, values]) => ({
    getName: () => name,
    getDataRange: () => ({
      getValues: () => {
        calls.push(`getValues ${name}`);
        return values.map((row) => [...row]);
      },
    }),
  }));
  const spreadsheet = {
    getSheets: () => {
      calls.push('getSheets');
      return sheets;
    },
    getSpreadsheetTimeZone: () => options.timeZone ?? 'Asia/Shanghai',
    getSpreadsheetLocale: () => options.locale ?? 'en_GB',
  };
  (globalThis as Record<string, unknown>).SpreadsheetApp = { getActive: () => spreadsheet };
  return calls;
}

const SETTINGS: Values = [
  ['Key', 'Value', 'Note'],
  ['minListingMargin', '30%', ''],
];

const workbook = () => ({
  Settings: SETTINGS,
  'FX rates': FX_RATES as Values,
  'Shipping channels': CHANNELS as Values,
});

beforeEach(() => {
  // Pricing uses the latest FX month up to today in the spreadsheet's zone: 15 November 2026.
  jest.useFakeTimers({ now: new Date('2026-11-15T04:00:00Z') });
});

afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as Record<string, unknown>).SpreadsheetApp;
});

describe('pricing custom functions in Sheets', () => {
  it('are entry points of the add-on', () => {
    for (const name of [
      'SHIPPING_COST',
      'BEST_CHANNEL',
      'BILLABLE_WEIGHT',
      'LISTING_PRICE',
      'MARGIN',
      'DECLARED_VALUE',
      'REPACK_HINT',
      'SUPPLIER_PLATFORM',
      'AMAZON_TITLE',
    ]) {
      expect(typeof (main as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('prices a whole column reading Settings and Shipping channels once each, FX not at all', () => {
    const calls = installSpreadsheet(workbook());
    const weights = Array.from({ length: 1000 }, (_, i) => [i === 999 ? '500g' : 0.5]);

    const result = SHIPPING_COST(weights, 'UK');

    expect(result).toHaveLength(1000);
    // Yanwen UK: ¥18 + ¥80 × 0.5 kg
    expect(result[0]).toEqual([58]);
    expect(result[998]).toEqual([58]);
    expect(result[999]).toEqual(['⚠ weight "500g": write kilograms, e.g. 0.5']);
    expect(calls.filter((call) => call.startsWith('getValues')).sort()).toEqual([
      'getValues Settings',
      'getValues Shipping channels',
    ]);
  });

  it('finds the sheets under their Chinese names and answers in Chinese', () => {
    installSpreadsheet(
      { 设置: SETTINGS, 汇率: FX_RATES as Values, 物流渠道: CHANNELS as Values },
      { locale: 'zh_CN' },
    );
    expect(BEST_CHANNEL([[0.5], [2.01]], 'UK')).toEqual([['Yanwen UK'], ['DHL UK']]);
    expect(SHIPPING_COST('500g', 'UK')).toEqual([['⚠ 重量“500g”：请写公斤数，例如 0.5']]);
    expect(SUPPLIER_PLATFORM('https://item.taobao.com/item.htm?id=1')).toEqual([['淘宝']]);
  });

  it('reads the FX month when Sheets hands it over as a date', () => {
    // a month typed as 2026-11-01 comes back from getValues() as a Date in the sheet's zone
    const november = new Date('2026-10-31T16:00:00Z');
    installSpreadsheet({
      ...workbook(),
      'FX rates': [
        ['Month', 'Currency', 'Rate'],
        [november, 'GBP', 9],
      ],
    });
    // landed ¥88 on UK at £1 = ¥9: P ≥ 22.5641 → £22.99; margin of £24.99 is 0.3504…
    expect(LISTING_PRICE(30, 58, 'UK')).toEqual([[22.99]]);
    expect(MARGIN(24.99, 30, 58, 'UK')).toEqual([[0.3504]]);
  });

  it('computes billable weight, declared value, repack hints and titles', () => {
    installSpreadsheet(workbook());
    // 2.5 kg in a 40 × 30 × 20 cm box goes EMS, billed at 24,000 / 6000 = 4 kg
    expect(BILLABLE_WEIGHT(2.5, 'UK', 40, 30, 20)).toEqual([[4]]);
    // £39.99 × 0.1 × 9 / 7.2 = $4.99875, raised to the $5 minimum of a small parcel
    expect(DECLARED_VALUE(39.99, 'GBP', 0.5)).toEqual([[5]]);
    expect(REPACK_HINT(1.05, 'UK')).toEqual([
      ['repack to 1 kg (0.05 kg less): saves ¥4.00 on Yanwen UK'],
    ]);
    expect(AMAZON_TITLE('Lumora', 'LT-200', 'LED Desk Lamp', '', '', 'Black', '', 1)).toEqual([
      ['Lumora LT-200 LED Desk Lamp, Black'],
    ]);
  });

  it('writes the problem into the cell when a sheet is missing', () => {
    installSpreadsheet({ Settings: SETTINGS });
    expect(SHIPPING_COST([[0.5], ['']], 'UK')).toEqual([
      ['⚠ there is no "Shipping channels" sheet: run "Set up sheets" and fill it in'],
      [''],
    ]);
    expect(MARGIN(24.99, 30, 58, 'DE')).toEqual([
      ['⚠ there is no "FX rates" sheet: run "Set up sheets" and fill it in'],
    ]);
  });

  it('needs no sheet at all for links and titles', () => {
    const calls = installSpreadsheet({});
    expect(SUPPLIER_PLATFORM([['https://detail.1688.com/offer/1.html'], ['']])).toEqual([
      ['1688'],
      [''],
    ]);
    expect(calls).toEqual([]);
  });
});
