import type { Cell } from '../../src/core/cells';
import { UnusableInputError } from '../../src/core/findings';
import { monthEnd } from '../../src/workflows/month-end';
import { FX, financeWorkbook } from '../core/finance/finance-books';

const NOW = new Date('2026-12-01T02:00:00Z');

beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  jest.restoreAllMocks();
});

/** The cells of an A1 range such as `A5:C10` on a tab's values. */
function rangeValues(values: Cell[][], range: string): Cell[][] {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!match) throw new Error(`not a range: ${range}`);
  const column = (letters: string) => letters.charCodeAt(0) - 64;
  return values
    .slice(Number(match[2]) - 1, Number(match[4]))
    .map((row) => row.slice(column(match[1]) - 1, column(match[3])));
}

describe('month-end workflow', () => {
  it('writes month-end-YYYY-MM.json with exactly the documented fields', () => {
    const workbook = financeWorkbook();

    const { files } = monthEnd(workbook, '2026-11', NOW);

    expect(files.map((file) => [file.name, file.mimeType])).toEqual([
      ['month-end-2026-11.json', 'application/json'],
    ]);
    const json = JSON.parse(files[0].content as string);
    expect(Object.keys(json)).toEqual([
      'month',
      'currency',
      'sales',
      'refunds',
      'netSales',
      'amazonFees',
      'purchases',
      'shippingFees',
      'expenses',
      'profit',
      'margin',
      'bySku',
      'bySite',
      'reconciliation',
    ]);
    // the hand-checked figures of tests/core/finance/month-end.test.ts, in yuan
    expect(json).toEqual(
      expect.objectContaining({
        month: '2026-11',
        currency: 'CNY',
        sales: { total: 976, bySite: { UK: 330.54, DE: 255.69, FR: 194.77, IT: 195, ES: 0 } },
        refunds: { total: 166.73, bySite: { UK: 127.73, DE: 39, FR: 0, IT: 0, ES: 0 } },
        netSales: 809.27,
        amazonFees: { total: 169.28, estimated: 52.65 },
        purchases: 197.1,
        shippingFees: 139.9,
        expenses: 200.5,
        profit: 102.49,
        margin: 0.1266,
      }),
    );
    expect(json.bySku[1]).toEqual({
      sku: 'LAMP-01',
      sales: 682.87,
      refunds: 0,
      fees: 116.63,
      cost: 142,
      freight: 91.25,
      profit: 332.99,
    });
    expect(json.bySite[0]).toEqual(expect.objectContaining({ site: 'UK', profit: -7.76 }));
    expect(json.reconciliation[0]).toEqual({
      kind: 'shippedWithoutFee',
      reference: 'A-1005',
      message: { zh: expect.stringContaining('A-1005'), en: expect.stringContaining('A-1005') },
    });
  });

  it('reads each sheet once, writes nothing to the workbook and logs one line of counts', () => {
    const workbook = financeWorkbook();

    monthEnd(workbook, '2026-11', NOW);

    expect(workbook.applied).toHaveLength(0);
    expect(console.log).toHaveBeenCalledTimes(1);
    const line = String(jest.mocked(console.log).mock.calls[0][0]);
    expect(line).toMatch(/^month-end 2026-11: 15 lines, 4 skus, 4 mismatches, \d+\.\d s$/);
    for (const tab of ['Orders', 'Refunds', 'Purchases', 'Shipping fees', 'Expenses', 'FX rates']) {
      expect(workbook.reads.get(tab)).toBe(1);
    }
  });

  it('lays out the 月报 tab with the summary, tables and two charts over their data', () => {
    const workbook = financeWorkbook();

    const { sheet, tables } = monthEnd(workbook, '2026-11', NOW);
    workbook.apply([sheet]);

    expect(sheet).toEqual(
      expect.objectContaining({ tab: '月报 2026-11', create: true, replace: true }),
    );
    expect(tables.map((table) => table.name)).toEqual([
      '汇总 Summary',
      '按站点 By site',
      '按SKU By SKU',
      '图表按站点 Chart by site',
      '每日销售 Daily sales',
      '对账 Reconciliation',
    ]);
    const values = workbook.values('月报 2026-11');
    expect(values[0].slice(0, 2)).toEqual(['月报 2026-11', '生成于 Generated 2026-12-01 10:00:00']);
    expect(values.find((row) => row[0] === '利润 Profit')?.[1]).toBe(102.49);

    expect(sheet.charts?.map((chart) => chart.kind)).toEqual(['column', 'line']);
    const [bySite, daily] = sheet.charts ?? [];
    expect(rangeValues(values, bySite.range)).toEqual([
      ['站点 Site', '销售额 Sales', '利润 Profit'],
      ['英国 UK', 330.54, -7.76],
      ['德国 DE', 255.69, 58.43],
      ['法国 FR', 194.77, 135.07],
      ['意大利 IT', 195, 165.75],
      ['西班牙 ES', 0, 0],
    ]);
    const days = rangeValues(values, daily.range);
    expect(days).toHaveLength(31);
    expect(days[0]).toEqual(['日期 Day', '销售额 Sales']);
    expect(days[30]).toEqual(['2026-11-30', 194.77]);
  });

  it('replaces the tab it made before instead of creating it again', () => {
    const workbook = financeWorkbook();
    workbook.apply([monthEnd(workbook, '2026-11', NOW).sheet]);

    const again = monthEnd(workbook, '2026-11', NOW).sheet;

    expect(again.create).toBeUndefined();
    expect(again.replace).toBe(true);
  });

  it('produces no report when a rate is missing, and says which month and currency', () => {
    const fx = FX.filter((row) => !(row.month === '2026-11' && row.currency === 'GBP'));
    const workbook = financeWorkbook({ fx });

    expect(() => monthEnd(workbook, '2026-11', NOW)).toThrow(UnusableInputError);
    expect(() => monthEnd(workbook, '2026-11', NOW)).toThrow(/no GBP rate for 2026-11/);
  });
});
