import * as main from '../../src/gas/main';
import { ORDER_MARGIN } from '../../src/gas/functions/purchasing';
import { CHANNELS, FX_RATES } from '../core/pricing/pricing-sheets';
import { PRODUCT_ROWS, SETTINGS, SUPPLIER_ROWS, tabOf } from '../core/purchasing/purchasing-sheets';

type Values = unknown[][];

/**
 * Just enough of SpreadsheetApp for a custom function, read-only as in Sheets: a call to
 * anything else fails the test. Every getValues() is counted.
 */
function installSpreadsheet(tabs: Record<string, Values>, locale = 'en_GB'): string[] {
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
    getSheets: () => sheets,
    getSpreadsheetTimeZone: () => 'Asia/Shanghai',
    getSpreadsheetLocale: () => locale,
  };
  (globalThis as Record<string, unknown>).SpreadsheetApp = { getActive: () => spreadsheet };
  return calls;
}

const TABS: Record<string, Values> = {
  Settings: SETTINGS as Values,
  'FX rates': FX_RATES as Values,
  'Shipping channels': CHANNELS as Values,
  'SKU suppliers': tabOf('skuSuppliers', SUPPLIER_ROWS) as Values,
  'New products': tabOf('newProducts', PRODUCT_ROWS) as Values,
};

/** The Orders columns ORDER_MARGIN takes, one array per row, as ranges. */
function ranges(rows: unknown[][]) {
  const column = (i: number) => rows.map((row) => [row[i] ?? '']) as Values;
  return Array.from({ length: 9 }, (_, i) => column(i)) as Parameters<typeof ORDER_MARGIN>;
}

const NOVEMBER = '2026-11-20';

beforeEach(() => {
  jest.useFakeTimers({ now: new Date('2026-11-15T04:00:00Z') });
});

afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as Record<string, unknown>).SpreadsheetApp;
});

describe('ORDER_MARGIN in Sheets', () => {
  it('is an entry point of the add-on', () => {
    expect(typeof (main as Record<string, unknown>).ORDER_MARGIN).toBe('function');
  });

  it('gives every line its margin, an error only in the wrong row, reading sheets once', () => {
    const calls = installSpreadsheet(TABS);
    const rows = [
      ['O-1', 'UK', NOVEMBER, 'LAMP-01', 1, 20],
      ['O-2', 'UK', NOVEMBER, 'LAMP-01', 1, 10],
      ['', '', '', '', '', ''],
      ['O-5', 'UK', NOVEMBER, 'GHOST-05', 1, 20],
      ['O-9', 'UK', NOVEMBER, 'LAMP-01', 1, '€20'],
    ];

    const result = ORDER_MARGIN(...ranges(rows));

    expect(result).toEqual([
      // (2000 − 333) × 9 = 15003; 15003 − 2700 − 2500 − 5800 = 4003; 4003 / 15003 = 0.26681…
      [0.2668],
      // (1000 − 167) × 9 = 7497; 7497 − 1350 − 2500 − 5800 = −2153; −2153 / 7497 = −0.28718…
      [-0.2872],
      [''],
      ['⚠ SKU suppliers has no supplier of GHOST-05'],
      ['⚠ item price "€20" is in EUR: write the amount in GBP'],
    ]);
    expect(calls.sort()).toEqual([
      'getValues FX rates',
      'getValues New products',
      'getValues SKU suppliers',
      'getValues Settings',
      'getValues Shipping channels',
    ]);
  });

  it('shares the freight of an order among its lines by weight', () => {
    installSpreadsheet(TABS);
    const rows = [
      ['O-M', 'UK', NOVEMBER, 'LAMP-01', 2, 20],
      ['O-M', 'UK', NOVEMBER, 'MUG-02', 1, 8],
    ];

    // 1.3 kg for ¥122, shared 9385 / 2815 fen: lamps 10212 / 29997, mug 1308 / 6003
    expect(ORDER_MARGIN(...ranges(rows))).toEqual([[0.3404], [0.2178]]);
  });

  it("takes Amazon's fees and VAT from the row when given, and today's rate when undated", () => {
    installSpreadsheet(TABS);
    const rows = [['O-1', 'UK', '', 'LAMP-01', 1, 20, '', 3.4, 3]];

    // (2000 − 300) × 9 = 15300; 15300 − 3060 − 2500 − 5800 = 3940; 3940 / 15300 = 0.25751…
    expect(ORDER_MARGIN(...ranges(rows))).toEqual([[0.2575]]);
  });

  it('reads an order date handed over as a Date in the spreadsheet zone', () => {
    installSpreadsheet(TABS);
    // 1 November 00:30 in Shanghai is still 31 October in UTC: November's ¥9 applies, not ¥9.1
    const rows = [['O-1', 'UK', new Date('2026-10-31T16:30:00Z'), 'LAMP-01', 1, 20]];

    expect(ORDER_MARGIN(...ranges(rows))).toEqual([[0.2668]]);
  });

  it('writes the problem into every row when the SKU-supplier master is missing', () => {
    const withoutMaster = { ...TABS };
    delete withoutMaster['SKU suppliers'];
    installSpreadsheet(withoutMaster);

    expect(ORDER_MARGIN(...ranges([['O-1', 'UK', NOVEMBER, 'LAMP-01', 1, 20]]))).toEqual([
      ['⚠ there is no "SKU suppliers" sheet: run "Set up sheets" and fill in the suppliers'],
    ]);
  });

  it('answers in Chinese in a Chinese spreadsheet', () => {
    installSpreadsheet(TABS, 'zh_CN');

    expect(ORDER_MARGIN(...ranges([['O-1', 'UK', NOVEMBER, 'LAMP-01', 0, 20]]))).toEqual([
      ['⚠ 数量“0”应为正整数'],
    ]);
  });
});
