import type { Cell } from '../../../src/core/cells';
import { validateRefundLog } from '../../../src/core/finance/refunds';
import { runCheck } from '../../../src/workflows/check';
import { DIRECTOR, FX, financeBooks, financeWorkbook, settingsRows } from './finance-books';

type Row = Record<string, Cell>;

// One order of 100.00 GBP plus 5.00 shipping: 105.00 GBP paid. September's rate is 8, so
// 62.50 GBP is exactly the 500.00 CNY threshold.
const ORDER: Row = {
  orderId: 'Z-1',
  site: 'UK',
  orderedAt: '2026-09-10 10:00',
  sku: 'LAMP-01',
  quantity: 1,
  itemPrice: 100,
  shippingCharged: 5,
  currency: 'GBP',
  status: 'Delivered',
  shippedAt: '2026-09-11 10:00',
};

function refund(more: Row): Row {
  return {
    date: '2026-09-20',
    site: 'UK',
    orderId: 'Z-1',
    sku: 'LAMP-01',
    currency: 'GBP',
    kind: 'Partial',
    reason: 'Quality',
    ...more,
  };
}

function findingsFor(refunds: Row[], more: { fx?: Row[]; settings?: Cell[][] } = {}) {
  return validateRefundLog(financeBooks({ orders: [ORDER], refunds, ...more }));
}

describe('refund log approval (R6.2f)', () => {
  it('flags a refund over the threshold that no director approved', () => {
    // 62.51 GBP × 8 = 500.08 CNY, over 500.00
    const findings = findingsFor([refund({ amount: 62.51 })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toEqual(
      expect.objectContaining({
        sheet: 'Refunds',
        row: 2,
        column: 'approvedBy',
        rule: 'R6.2f',
        severity: 'error',
      }),
    );
    expect(findings[0].message.en).toContain('worth 500.08 CNY, over 500.00 CNY');
    expect(findings[0].message.zh).toContain('须先经总监批准');
  });

  it('flags an approval by someone who is not a director', () => {
    const findings = findingsFor([refund({ amount: 62.51, approvedBy: 'clerk@shop.cn' })]);
    expect(findings.map((finding) => finding.rule)).toEqual(['R6.2f']);
    expect(findings[0].message.en).toContain('"clerk@shop.cn" is not a director');
  });

  it('accepts a director’s approval, whatever the letter case', () => {
    expect(findingsFor([refund({ amount: 62.51, approvedBy: DIRECTOR.toUpperCase() })])).toEqual(
      [],
    );
  });

  it('needs no approval at exactly the threshold', () => {
    expect(findingsFor([refund({ amount: 62.5 })])).toEqual([]);
  });

  it('converts at the rate of the refund’s own month', () => {
    // 60.00 GBP: 480.00 CNY at September's 8, 540.00 CNY at October's 9
    expect(findingsFor([refund({ amount: 60 })])).toEqual([]);
    const october = findingsFor([refund({ amount: 60, date: '2026-10-02' })]);
    expect(october.map((finding) => finding.rule)).toEqual(['R6.2f']);
    expect(october[0].message.en).toContain('540.00 CNY');
  });

  it('warns when the month has no rate, since the threshold cannot be checked', () => {
    const fx = FX.filter((row) => row.month !== '2026-09');
    const findings = findingsFor([refund({ amount: 10 })], { fx });
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'R6.2f', severity: 'warning', column: 'amount' }),
    ]);
    expect(findings[0].message.en).toContain('no GBP rate for 2026-09');
  });
});

describe('refund log against the orders (R6.2e)', () => {
  it('flags the refund that takes an order past what was paid for it', () => {
    // 60.00 + 50.00 = 110.00 GBP refunded of 105.00 paid: the second refund is the one
    const findings = findingsFor([
      refund({ amount: 60, date: '2026-09-20' }),
      refund({ amount: 50, date: '2026-09-25' }),
    ]);
    expect(findings).toEqual([
      expect.objectContaining({ row: 3, column: 'amount', rule: 'R6.2e', severity: 'error' }),
    ]);
    expect(findings[0].message.en).toContain('add up to 110.00 GBP, more than the 105.00 GBP paid');
  });

  it('flags a single refund larger than the order', () => {
    const findings = findingsFor([refund({ amount: 105.01, approvedBy: DIRECTOR })]);
    expect(findings.map((finding) => [finding.column, finding.rule])).toEqual([
      ['amount', 'R6.2e'],
    ]);
  });

  it('allows refunding exactly what was paid', () => {
    expect(findingsFor([refund({ amount: 105, approvedBy: DIRECTOR })])).toEqual([]);
  });

  it('flags a refund for an order that is not on the Orders sheet', () => {
    const findings = findingsFor([refund({ amount: 5, orderId: 'Z-404' })]);
    expect(findings).toEqual([expect.objectContaining({ column: 'orderId', rule: 'R6.2e' })]);
    expect(findings[0].message.en).toContain('order Z-404 is not on the Orders sheet');
  });

  it('flags a site, currency or SKU that is not the order’s', () => {
    const fx = [...FX, { month: '2026-09', currency: 'EUR', rate: 7.6 }];
    const findings = findingsFor(
      [refund({ amount: 5, site: 'DE', currency: 'EUR', sku: 'MUG-02' })],
      { fx },
    );
    expect(findings.map((finding) => finding.column).sort()).toEqual(['currency', 'site', 'sku']);
    expect(findings.every((finding) => finding.rule === 'R6.2e')).toBe(true);
  });
});

describe('the refund log in "Validate"', () => {
  it('reports the refund rules and refuses a reason that is not on the list', () => {
    const workbook = financeWorkbook({
      settings: settingsRows(),
      orders: [ORDER],
      refunds: [refund({ amount: 62.51 }), refund({ amount: 1, reason: 'Changed mind' })],
    });

    const { findings } = runCheck(workbook, new Date('2026-10-01T00:00:00Z'));

    const refunds = findings.filter((finding) => finding.sheet === 'Refunds');
    expect(refunds.map((finding) => [finding.row, finding.column, finding.rule])).toEqual([
      [2, 'approvedBy', 'R6.2f'],
      [3, 'reason', 'WB.enum'],
    ]);
  });
});
