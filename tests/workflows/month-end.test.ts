import type { Cell } from '../../src/core/cells';
import { UnusableInputError } from '../../src/core/findings';
import { DEMO_EXPECTATIONS, demoTabs } from '../../src/demo/demo-workbook';
import { monthEndReport } from '../../src/core/finance/month-end';
import { load } from '../../src/workflows/load';
import { FINANCE_SHEETS, monthEnd } from '../../src/workflows/month-end';
import { MemoryWorkbook } from '../support/memory-workbook';
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

describe('month-end of the demo workbook', () => {
  const tabs = Object.fromEntries(demoTabs().map((tab) => [tab.name, tab.values]));
  const MONTH = '2026-11';

  /** An exact decimal of a sheet number: 9.1575 → 91575 / 10^4. */
  function decimal(value: number): { units: bigint; scale: bigint } {
    const [whole, fraction = ''] = String(value).split('.');
    return { units: BigInt(whole + fraction), scale: 10n ** BigInt(fraction.length) };
  }

  /** Half away from zero, as accounting rounds. */
  function halfUp(numerator: bigint, denominator: bigint): bigint {
    const negative = numerator < 0n;
    const n = negative ? -numerator : numerator;
    const rounded = (2n * n + denominator) / (2n * denominator);
    return negative ? -rounded : rounded;
  }

  it('matches totals computed line by line from the demo rows', () => {
    const workbook = new MemoryWorkbook(tabs, 'Asia/Shanghai', 'UTC');
    const books = load(workbook, FINANCE_SHEETS);
    const rows = <K extends keyof typeof books.reads>(id: K) => books.reads[id]?.rows ?? [];
    const rates = new Map(
      rows('fx').map((row) => [`${row.month} ${row.currency}`, decimal(row.rate ?? 0)]),
    );
    const yuan = (cents: number, currency: string): bigint => {
      if (currency === 'CNY') return BigInt(cents);
      const rate = rates.get(`${MONTH} ${currency}`);
      if (!rate) throw new Error(`no ${currency} rate`);
      return halfUp(BigInt(cents) * rate.units, rate.scale);
    };
    const inMonth = (day: string | null) => day !== null && day.startsWith(MONTH);
    const share = decimal(books.settings.referralFee);

    let sales = 0n;
    let fees = 0n;
    const salesBySite: Record<string, bigint> = { UK: 0n, DE: 0n, FR: 0n, IT: 0n, ES: 0n };
    for (const line of rows('orders')) {
      if (line.status === 'Cancelled' || !inMonth(line.orderedAt)) continue;
      const gross = line.itemPrice! * line.quantity! + (line.shippingCharged ?? 0);
      const lineSales = yuan(gross - (line.vat ?? 0), line.currency!);
      sales += lineSales;
      salesBySite[line.site!] += lineSales;
      const fee = line.amazonFees ?? Number(halfUp(BigInt(gross) * share.units, share.scale));
      fees += yuan(fee, line.currency!);
    }
    let refunds = 0n;
    for (const refund of rows('refunds')) {
      if (inMonth(refund.date)) refunds += yuan(refund.amount!, refund.currency!);
    }
    let purchases = 0n;
    for (const purchase of rows('purchases')) {
      if (!inMonth(purchase.date) || purchase.status === 'Draft') continue;
      purchases += BigInt(purchase.quantity! * purchase.unitCostCny!);
      purchases += BigInt(purchase.inboundFreightCny ?? 0);
    }
    let shipping = 0n;
    for (const fee of rows('shippingFees')) if (inMonth(fee.date)) shipping += BigInt(fee.feeCny!);
    let expenses = 0n;
    for (const expense of rows('expenses')) {
      if (inMonth(expense.date)) expenses += BigInt(expense.amountCny!);
    }
    const profit = sales - refunds - fees - purchases - shipping - expenses;

    const { report } = monthEnd(workbook, MONTH, NOW);

    expect(report.currency).toBe('CNY');
    expect(BigInt(report.sales.total)).toBe(sales);
    for (const site of Object.keys(salesBySite)) {
      expect(BigInt(report.sales.bySite[site as keyof typeof report.sales.bySite])).toBe(
        salesBySite[site],
      );
    }
    expect(BigInt(report.refunds.total)).toBe(refunds);
    expect(BigInt(report.amazonFees.total)).toBe(fees);
    expect(BigInt(report.purchases)).toBe(purchases);
    expect(BigInt(report.shippingFees)).toBe(shipping);
    expect(BigInt(report.expenses)).toBe(expenses);
    expect(BigInt(report.profit)).toBe(profit);
    expect(sales).toBeGreaterThan(0n);
  });

  it('reports the same figures from the columns it reads as from every column', () => {
    for (const month of ['2026-10', '2026-11', '2026-12']) {
      const workbook = new MemoryWorkbook(tabs, 'Asia/Shanghai', 'UTC');
      const whole = monthEndReport(load(workbook, FINANCE_SHEETS, { required: ['orders'] }), month);

      expect(monthEnd(workbook, month, NOW).report).toEqual(whole);
    }
  });

  it('finds the mismatches planted in the demo', () => {
    const workbook = new MemoryWorkbook(tabs, 'Asia/Shanghai', 'UTC');

    const { report } = monthEnd(workbook, MONTH, NOW);

    const found = report.reconciliation.map((item) => [item.kind, item.reference]);
    expect(found).toContainEqual([
      'feeWithoutOrder',
      DEMO_EXPECTATIONS.feeWithoutOrderTrackingNumber,
    ]);
    expect(found).toContainEqual(['feeOffEstimate', DEMO_EXPECTATIONS.feeOffRateCard.orderId]);
    expect(found).toContainEqual([
      'purchaseWithoutOrder',
      DEMO_EXPECTATIONS.purchaseWithoutOrderPoId,
    ]);
    const expense = report.reconciliation.find((item) => item.kind === 'expenseNotApproved');
    expect(expense?.message.en).toContain('1150.00 CNY');
  });
});
