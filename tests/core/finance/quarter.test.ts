import { quarterMonths, quarterStatement } from '../../../src/core/finance/quarter';
import type { QuarterStatement } from '../../../src/core/finance/quarter';
import { UnusableInputError } from '../../../src/core/findings';
import { FX, financeBooks } from './finance-books';

describe('the quarterly statement for 2026-Q4, checked by hand', () => {
  let statement: QuarterStatement;
  beforeAll(() => {
    statement = quarterStatement(financeBooks(), '2026-q4');
  });

  it('puts October, November and December side by side', () => {
    expect(quarterMonths('2026-Q4')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(statement.quarter).toBe('2026-Q4');
    expect(statement.columns.map((column) => column.period)).toEqual([
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
  });

  it('applies refunds to the month of their order, at that month’s rate (R7.2)', () => {
    const [october, november, december] = statement.columns;
    // A-0990 was ordered in October and refunded 14.00 GBP on 5 November: 14.00 × 9 = 126.00
    expect(october.refundsOnOrders).toBe(12600);
    // A-1002 5.00 EUR × 7.8 = 39.00; A-1001's December refund 10.00 GBP × 9.1234 = 91.234 → 91.23
    expect(november.refundsOnOrders).toBe(3900 + 9123);
    expect(december.refundsOnOrders).toBe(0);
    // A-0900 was ordered in September: its October refund 8.00 GBP × 9 = 72.00 stays in October
    expect(october.earlierRefunds).toBe(7200);
    expect(november.earlierRefunds + december.earlierRefunds).toBe(0);
  });

  it('computes each month and the quarter’s total', () => {
    const [october, november, december] = statement.columns;
    // October: A-0990 (12.00 + 2.00) GBP × 9 = 126.00; fee estimated 2.10 GBP × 9 = 18.90;
    // the carrier's 25.00
    expect(october).toEqual({
      period: '2026-10',
      sales: 12600,
      refundsOnOrders: 12600,
      earlierRefunds: 7200,
      netSales: -7200,
      amazonFees: 1890,
      purchases: 0,
      shippingFees: 2500,
      expenses: 0,
      profit: -7200 - 1890 - 2500,
      margin: null,
    });
    // November as in the month-end report, with refunds on its own orders instead of dated ones
    expect(november.sales).toBe(97600);
    expect(november.netSales).toBe(97600 - 13023);
    expect(november.profit).toBe(84577 - 16928 - 19710 - 13990 - 20050);
    // 138.99 / 845.77 = 0.164335… → 0.1643
    expect(november.margin).toBe(0.1643);
    // December: only the 99.00 expense
    expect(december.profit).toBe(-9900);

    expect(statement.total).toEqual({
      period: '2026-Q4',
      sales: 110200,
      refundsOnOrders: 25623,
      earlierRefunds: 7200,
      netSales: 77377,
      amazonFees: 1890 + 16928,
      purchases: 19710,
      shippingFees: 2500 + 13990,
      expenses: 20050 + 9900,
      profit: -7591,
      // −75.91 / 773.77 = −0.098104… → −0.0981
      margin: -0.0981,
    });
  });

  it('explains what applying refunds to their orders means', () => {
    expect(statement.note.en).toContain('Refunds are applied to their orders (R7.2)');
    expect(statement.note.en).toContain("converted at the rate of the order's month");
    expect(statement.note.zh).toContain('退款已冲减到对应订单');
  });

  it('differs from the month-end reports only by refunds crossing a quarter or a rate', () => {
    // month-end refunds: October 72.00, November 166.73, December 10.00 × 9.2 = 92.00
    const byDate = 7200 + 16673 + 9200;
    // A-0990's refund at October's rate (−1.73) and A-1001's at November's (−0.77)
    expect(statement.total.refundsOnOrders + statement.total.earlierRefunds).toBe(
      byDate - 173 - 77,
    );
  });

  it('stops on a missing rate of the quarter, naming month and currency', () => {
    const fx = FX.filter((row) => !(row.month === '2026-12' && row.currency === 'GBP'));
    // December's only GBP line is A-1001's refund, which goes on its November order at
    // November's rate: the statement needs no December GBP rate
    expect(() => quarterStatement(financeBooks({ fx }), '2026-Q4')).not.toThrow();
    const noOctober = FX.filter((row) => !(row.month === '2026-10' && row.currency === 'GBP'));
    expect(() => quarterStatement(financeBooks({ fx: noOctober }), '2026-Q4')).toThrow(
      UnusableInputError,
    );
    try {
      quarterStatement(financeBooks({ fx: noOctober }), '2026-Q4');
    } catch (error) {
      expect((error as UnusableInputError).message).toContain('no GBP rate for 2026-10');
    }
  });
});
