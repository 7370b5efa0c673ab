import { auditOrders } from '../../../src/core/purchasing/order-audit';
import { purchaseListOf } from '../../../src/core/purchasing/purchase-list';
import { purchaseAuditJson, purchaseAuditText } from '../../../src/core/purchasing/report';
import { orderLine, ordersSheet, purchasingContext } from './purchasing-sheets';

function report() {
  const sheet = ordersSheet(
    [
      { orderId: 'O-2', sku: 'LAMP-01', itemPrice: 10 },
      { orderId: 'O-M', sku: 'LAMP-01', quantity: 2, itemPrice: 20 },
      { orderId: 'O-M', sku: 'MUG-02', itemPrice: 8 },
    ].map(orderLine),
  );
  const { lines, flags } = auditOrders(sheet.rows, sheet.layout, purchasingContext());
  const candidates = lines
    .filter((line) => line.passes)
    .map((line) => ({
      orderId: line.orderId,
      sku: line.sku,
      quantity: line.audit!.line.quantity,
      supplier: line.audit!.supplier!,
    }));
  return { lines, flags, purchaseList: purchaseListOf(candidates, [], '2026-12-01') };
}

describe('the purchase audit report', () => {
  it('gives amounts in major units and the shipping helpers of each line as JSON', () => {
    const json = purchaseAuditJson(report(), 'CNY', 'en');

    expect(Object.keys(json)).toEqual(['lines', 'flags', 'purchaseList']);
    const lamps = json.lines[1];
    expect(lamps.base).toEqual({
      currency: 'CNY',
      netRevenue: 299.97,
      amazonFees: 54,
      purchase: 50,
      freight: 93.85,
      profit: 102.12,
    });
    // 10212 / 29997 = 0.340434…
    expect(lamps.margin).toBe(0.3404);
    // £48 × 0.1 = £4.80 = 4.8 × 9 / 7.2 = $6.00, inside the $5–10 band
    expect(lamps.shipping).toMatchObject({
      channel: 'Yanwen UK',
      parcelKg: 1.3,
      billableKg: 1.3,
      parcelFreight: 122,
      lineFreight: 93.85,
      declaredUsd: 6,
      declaredValue: 4.8,
      declaredCurrency: 'GBP',
    });
    expect(json.flags.map((flag) => [flag.orderId, flag.reason, flag.cell])).toEqual([
      ['O-2', 'loss', 'F2'],
    ]);
  });

  it('prints the flagged lines, then the purchase list supplier by supplier', () => {
    const text = purchaseAuditText(report(), 'CNY', 'en');

    expect(text).toContain('3 order lines audited: 2 pass, 1 flag');
    expect(text).toContain('  Shenzhen Lumen Factory — PO-20261201-1 — ¥58.00');
    expect(text).toContain('    LAMP-01 ×2 @ ¥25.00 (agent price) = ¥50.00  orders O-M');
    expect(text).toContain(
      '    Note to supplier: Purchase order PO-20261201-1: LAMP-01 ×2: order O-M; MUG-02 ×1: order O-M',
    );
    expect(text.find((line) => line.includes('loss-making'))).toContain('profit -¥21.53');
  });
});
