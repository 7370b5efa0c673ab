import { UnusableInputError } from '../../../src/core/findings';
import { monthEndReport } from '../../../src/core/finance/month-end';
import type { MonthEndReport } from '../../../src/core/finance/month-end';
import { load } from '../../../src/workflows/load';
import { FINANCE_SHEETS } from '../../../src/workflows/month-end';
import { ORDERS, financeBooks, financeWorkbook, FX, tab } from './finance-books';

/** Runs the report and returns the error that stopped it. */
function refusal(run: () => unknown): UnusableInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof UnusableInputError) return error;
    throw error;
  }
  throw new Error('the report was produced');
}

describe('the month-end report of November 2026, checked by hand', () => {
  let report: MonthEndReport;
  beforeAll(() => {
    report = monthEndReport(financeBooks(), '2026-11');
  });

  it('counts sales line by line at the month rate, half-up to the fen, without VAT', () => {
    // A-1001 UK: (19.99 × 2 + 3.50 − 7.25) GBP = 36.23 × 9.1234 = 330.540782 → 330.54
    // A-1002 DE mug: (15.00 − 2.39) EUR = 12.61 × 7.8 = 98.358 → 98.36
    // A-1002 DE lamp: (20.00 + 4.00 − 3.83) EUR = 20.17 × 7.8 = 157.326 → 157.33
    // A-1004 FR: (9.99 × 3 − 5.00) EUR = 24.97 × 7.8 = 194.766 → 194.77
    // A-1005 IT: 25.00 EUR × 7.8 = 195.00
    // A-1003 is cancelled; A-0990 was ordered in October.
    expect(report.sales.bySite).toEqual({
      UK: 33054,
      DE: 9836 + 15733,
      FR: 19477,
      IT: 19500,
      ES: 0,
    });
    expect(report.sales.total).toBe(97600);
    expect(report.currency).toBe('CNY');
    expect(report.counts.orderLines).toBe(5);
  });

  it('counts the refunds dated in the month, by site', () => {
    // DE 5.00 EUR × 7.8 = 39.00; UK 14.00 GBP × 9.1234 = 127.7276 → 127.73
    expect(report.refunds.bySite).toEqual({ UK: 12773, DE: 3900, FR: 0, IT: 0, ES: 0 });
    expect(report.refunds.total).toBe(16673);
    expect(report.netSales).toBe(97600 - 16673);
  });

  it('takes the given Amazon fees and estimates the others, saying how much was estimated', () => {
    // given: 6.50 GBP → 59.3021 → 59.30; 3.60 EUR → 28.08; 3.75 EUR → 29.25
    // estimated: mug 15.00 × 0.15 = 2.25 EUR → 17.55;
    // A-1004 29.97 × 0.15 = 4.4955 → 4.50 EUR → 35.10
    expect(report.amazonFees).toEqual({
      total: 5930 + 2808 + 2925 + 1755 + 3510,
      estimated: 1755 + 3510,
      estimatedLines: 2,
      lines: 5,
    });
  });

  it('settles approved and paid purchases into cost, leaving drafts out', () => {
    // PO-1 4 × 35.50 + 12.00 = 154.00; PO-2 3 × 8.20 = 24.60; PO-4 5 × 3.30 + 2.00 = 18.50
    expect(report.purchaseCost).toBe(14200 + 2460 + 1650);
    expect(report.inboundFreight).toBe(1200 + 200);
    expect(report.purchases).toBe(19710);
  });

  it('adds up the carriers’ fees and the expenses dated in the month', () => {
    // 48.60 + 61.30 + 30.00; the October line is left out
    expect(report.shippingFees).toBe(13990);
    // 120.00 + 80.50; the December expense is left out
    expect(report.expenses).toBe(20050);
  });

  it('makes profit and margin from the totals', () => {
    // 809.27 − 169.28 − 197.10 − 139.90 − 200.50 = 102.49; 102.49 / 809.27 = 0.126645… → 0.1266
    expect(report.profit).toBe(10249);
    expect(report.margin).toBe(0.1266);
  });

  it('splits profit per SKU: purchases by their SKU, fees by their order’s quantities', () => {
    expect(report.bySku).toEqual([
      {
        sku: 'CABLE-09',
        sales: 0,
        refunds: 0,
        fees: 0,
        cost: 1650,
        freight: 200,
        profit: -1850,
      },
      {
        // 330.54 + 157.33 + 195.00; fees 59.30 + 28.08 + 29.25
        // freight: PO-1 12.00 + A-1001's fee 48.60 + half of A-1002's 61.30 = 30.65
        sku: 'LAMP-01',
        sales: 68287,
        refunds: 0,
        fees: 11663,
        cost: 14200,
        freight: 1200 + 4860 + 3065,
        profit: 68287 - 11663 - 14200 - 9125,
      },
      {
        // the refund of A-0990 names no SKU: its only line is the mug
        sku: 'MUG-02',
        sales: 9836 + 19477,
        refunds: 3900 + 12773,
        fees: 1755 + 3510,
        cost: 2460,
        freight: 3065,
        profit: 29313 - 16673 - 5265 - 2460 - 3065,
      },
      { sku: null, sales: 0, refunds: 0, fees: 0, cost: 0, freight: 3000, profit: -3000 },
    ]);
    const skuProfit = report.bySku.reduce((sum, row) => sum + row.profit, 0);
    expect(skuProfit - report.expenses).toBe(report.profit);
  });

  it('splits profit per site: purchases follow the orders they were bought for', () => {
    // PO-1 154.00 over A-1001 (2 lamps, UK) and A-1002 (1 lamp, DE): 102.67 and 51.33
    const uk = report.bySite.find((row) => row.site === 'UK');
    expect(uk).toEqual({
      site: 'UK',
      sales: 33054,
      refunds: 12773,
      netSales: 20281,
      amazonFees: 5930,
      purchases: 10267,
      shippingFees: 4860,
      profit: 20281 - 5930 - 10267 - 4860,
    });
    const de = report.bySite.find((row) => row.site === 'DE');
    expect(de?.purchases).toBe(5133);
    expect(de?.profit).toBe(25569 - 3900 - 4563 - 5133 - 6130);
    expect(report.bySite.find((row) => row.site === null)).toEqual(
      expect.objectContaining({ purchases: 1850, shippingFees: 3000, profit: -4850 }),
    );
    expect(report.bySite.map((row) => row.site)).toEqual(['UK', 'DE', 'FR', 'IT', 'ES', null]);
    const siteProfit = report.bySite.reduce((sum, row) => sum + row.profit, 0);
    expect(siteProfit - report.expenses).toBe(report.profit);
  });

  it('gives a sales figure for every day of the month', () => {
    expect(report.daily).toHaveLength(30);
    expect(report.daily[2]).toEqual({ day: '2026-11-03', sales: 33054 });
    expect(report.daily[9]).toEqual({ day: '2026-11-10', sales: 25569 });
    expect(report.daily[29]).toEqual({ day: '2026-11-30', sales: 19477 });
    expect(report.daily.reduce((sum, day) => sum + day.sales, 0)).toBe(report.sales.total);
  });

  it('lists the month’s mismatches for finance to check', () => {
    expect(report.reconciliation.map((item) => [item.kind, item.reference])).toEqual([
      ['shippedWithoutFee', 'A-1005'],
      ['feeWithoutOrder', 'TRK-X'],
      ['expenseNotApproved', 'Expenses #3'],
      ['purchaseWithoutOrder', 'PO-4'],
    ]);
    const expense = report.reconciliation[2];
    expect(expense.message.en).toContain('Expenses row 3');
    expect(expense.message.zh).toContain('没有总监批准');
  });
});

describe('what stops the month-end report', () => {
  it('stops on a missing FX rate and names the month and the currency', () => {
    const fx = FX.filter((row) => !(row.month === '2026-11' && row.currency === 'EUR'));
    const error = refusal(() => monthEndReport(financeBooks({ fx }), '2026-11'));
    expect(error.findings).toHaveLength(1);
    const [finding] = error.findings;
    expect(finding.sheet).toBe('FX rates');
    expect(finding.message.en).toContain('no EUR rate for 2026-11');
    // the first line needing it is A-1002's, on row 3 of Orders; four more lines need it
    expect(finding.message.en).toContain('Orders row 3 and 4 more lines');
    expect(finding.message.zh).toContain('2026-11 EUR');
  });

  it('stops on an unreadable rate and names the FX row to fix', () => {
    const fx = FX.map((row) =>
      row.month === '2026-11' && row.currency === 'GBP' ? { ...row, rate: 'n/a' } : row,
    );
    const error = refusal(() => monthEndReport(financeBooks({ fx }), '2026-11'));
    expect(error.findings[0]).toEqual(
      expect.objectContaining({ sheet: 'FX rates', row: 5, column: 'rate', cell: 'C5' }),
    );
    expect(error.findings[0].message.en).toContain('GBP rate for 2026-11 cannot be read');
  });

  it('stops on an unreadable amount in a line of the month, naming sheet, row and column', () => {
    const orders = ORDERS.map((row, i) => (i === 1 ? { ...row, itemPrice: '15,00' } : row));
    const error = refusal(() => monthEndReport(financeBooks({ orders }), '2026-11'));
    expect(error.findings).toEqual([
      expect.objectContaining({ sheet: 'Orders', row: 3, column: 'itemPrice', cell: 'F3' }),
    ]);
    expect(error.findings[0].message.en).toMatch(/^Orders row 3, column "Item price": /);
  });

  it('stops on an unreadable date anywhere, since the line may belong to the month', () => {
    const orders = ORDERS.map((row, i) => (i === 4 ? { ...row, orderedAt: '28/10/2026' } : row));
    const error = refusal(() => monthEndReport(financeBooks({ orders }), '2026-11'));
    expect(error.findings).toEqual([
      expect.objectContaining({ sheet: 'Orders', row: 6, column: 'orderedAt' }),
    ]);
  });

  it('stops on an unreadable shipping charge rather than counting it as zero', () => {
    const orders = ORDERS.map((row, i) => (i === 0 ? { ...row, shippingCharged: 'free' } : row));
    const error = refusal(() => monthEndReport(financeBooks({ orders }), '2026-11'));
    expect(error.findings).toEqual([
      expect.objectContaining({ row: 2, column: 'shippingCharged' }),
    ]);
  });

  it('still reports when an unreadable amount sits in another month’s line', () => {
    const orders = ORDERS.map((row, i) => (i === 4 ? { ...row, itemPrice: 'twelve' } : row));
    expect(monthEndReport(financeBooks({ orders }), '2026-11').sales.total).toBe(97600);
  });
});

describe('the month of a line', () => {
  it('counts a line ordered at 2026-11-30 23:30 Shanghai time in November', () => {
    // The sheet holds instants; Shanghai is UTC+8, so 23:30 there is 15:30 UTC and 00:30 on
    // 1 December there is 16:30 UTC on 30 November.
    const lastOfNovember = new Date('2026-11-30T15:30:00Z');
    const firstOfDecember = new Date('2026-11-30T16:30:00Z');
    const orders = [
      { ...ORDERS[0], orderedAt: lastOfNovember, shippedAt: '', vat: '', amazonFees: '' },
      { ...ORDERS[0], orderId: 'A-2000', orderedAt: firstOfDecember, shippedAt: '', vat: '' },
    ];
    const workbook = financeWorkbook(
      { orders, refunds: [], purchases: [], shippingFees: [], expenses: [] },
      { zone: 'Asia/Shanghai', cellZone: 'Asia/Shanghai' },
    );
    const books = load(workbook, FINANCE_SHEETS);

    const november = monthEndReport(books, '2026-11');
    const december = monthEndReport(books, '2026-12');

    // (19.99 × 2 + 3.50) GBP = 43.48 × 9.1234 = 396.685432 → 396.69 in November;
    // the same line at December's 9.2 = 400.016 → 400.02
    expect(november.sales.total).toBe(39669);
    expect(november.daily[29]).toEqual({ day: '2026-11-30', sales: 39669 });
    expect(december.sales.total).toBe(40002);
  });
});

describe('exact sums over many lines', () => {
  it('adds 100,000 lines of 0.10 GBP at 9.1234 to exactly 100,000 × 0.91', () => {
    const header = tab('orders', [])[0];
    const line = (i: number) =>
      tab('orders', [
        {
          orderId: `B-${i}`,
          site: 'UK',
          orderedAt: '2026-11-15 12:00',
          sku: 'PIN-1',
          quantity: 1,
          itemPrice: 0.1,
          currency: 'GBP',
          status: 'Delivered',
          amazonFees: 0.01,
        },
      ])[1];
    const rows = [header];
    for (let i = 0; i < 100_000; i += 1) rows.push(line(i));
    const workbook = financeWorkbook({
      refunds: [],
      purchases: [],
      shippingFees: [],
      expenses: [],
    });
    workbook.tabs.get('Orders')!.values = rows;

    const report = monthEndReport(load(workbook, FINANCE_SHEETS), '2026-11');

    // each line: 10 × 9.1234 = 91.234 → 91 fen; fee 1 × 9.1234 = 9.1234 → 9 fen
    const perLine = (10n * 91234n + 5000n) / 10000n;
    expect(report.sales.total).toBe(Number(perLine * 100_000n));
    expect(report.sales.total).toBe(9_100_000);
    expect(report.amazonFees.total).toBe(900_000);
    expect(report.profit).toBe(9_100_000 - 900_000);
    // the hazard the integer cents avoid: adding 0.10 as a float 100,000 times is not 10,000
    let floats = 0;
    for (let i = 0; i < 100_000; i += 1) floats += 0.1;
    expect(floats).not.toBe(10_000);
  });

  it('matches an integer computation for 100,000 varied lines in two currencies', () => {
    const header = tab('orders', [])[0];
    const rows = [header];
    let expected = 0n;
    for (let i = 0; i < 100_000; i += 1) {
      const cents = 1 + ((i * 7919) % 99_999);
      const quantity = 1 + (i % 3);
      const euro = i % 2 === 0;
      const rate = euro ? 78n : 91234n;
      const scale = euro ? 10n : 10000n;
      const line = BigInt(cents * quantity);
      expected += (line * rate * 2n + scale) / (scale * 2n);
      rows.push(
        tab('orders', [
          {
            orderId: `C-${i}`,
            site: euro ? 'DE' : 'UK',
            orderedAt: '2026-11-02',
            sku: 'PIN-2',
            quantity,
            itemPrice: (cents / 100).toFixed(2),
            currency: euro ? 'EUR' : 'GBP',
            status: 'Shipped',
            amazonFees: 0,
          },
        ])[1],
      );
    }
    const workbook = financeWorkbook({
      refunds: [],
      purchases: [],
      shippingFees: [],
      expenses: [],
    });
    workbook.tabs.get('Orders')!.values = rows;

    const report = monthEndReport(load(workbook, FINANCE_SHEETS), '2026-11');

    expect(report.sales.total).toBe(Number(expected));
    expect(report.sales.bySite.UK + report.sales.bySite.DE).toBe(Number(expected));
  });
});
