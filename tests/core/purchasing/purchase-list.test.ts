import { purchaseDrafts, purchaseListOf } from '../../../src/core/purchasing/purchase-list';
import type { PurchaseCandidate } from '../../../src/core/purchasing/purchase-list';
import type { SupplierChoice } from '../../../src/core/purchasing/supplier';
import { purchasesSheet } from './purchasing-sheets';

function supplier(name: string, offer: number, unitCost: number): SupplierChoice {
  return {
    rowNumber: offer,
    supplierName: name,
    supplierUrl: `https://detail.1688.com/offer/${offer}.html`,
    unitCost,
    priceKind: 'list',
    preferred: false,
    row: {} as SupplierChoice['row'],
  };
}

const lumen = (offer: number, cost: number) => supplier('Shenzhen Lumen', offer, cost);
const yiwu = (offer: number, cost: number) => supplier('Yiwu Light', offer, cost);

const CANDIDATES: PurchaseCandidate[] = [
  { orderId: '202-1', sku: 'LAMP-01', quantity: 1, supplier: lumen(1001, 2500) },
  { orderId: '202-2', sku: 'TORCH-03', quantity: 1, supplier: yiwu(2003, 1500) },
  { orderId: '202-3', sku: 'LAMP-01', quantity: 2, supplier: lumen(1001, 2500) },
  { orderId: '202-3', sku: 'MUG-02', quantity: 1, supplier: lumen(1002, 800) },
];

describe('the purchase list', () => {
  it('groups the lines by supplier, one line per SKU with its orders (R5.2g)', () => {
    const list = purchaseListOf(CANDIDATES, [], '2026-12-01');

    expect(
      list.suppliers.map((group) => [
        group.supplierName,
        group.poId,
        group.total,
        group.lines.map((line) => [
          line.sku,
          line.quantity,
          line.unitCost,
          line.total,
          line.orderIds,
        ]),
      ]),
    ).toEqual([
      [
        'Shenzhen Lumen',
        'PO-20261201-1',
        // 3 × ¥25 + 1 × ¥8 = ¥83
        8300,
        [
          ['LAMP-01', 3, 2500, 7500, ['202-1', '202-3']],
          ['MUG-02', 1, 800, 800, ['202-3']],
        ],
      ],
      ['Yiwu Light', 'PO-20261201-2', 1500, [['TORCH-03', 1, 1500, 1500, ['202-2']]]],
    ]);
    expect(list.total).toBe(9800);
  });

  it('writes the note to the supplier with every SKU and order number (R5.1i)', () => {
    const [lumenOrder] = purchaseListOf(CANDIDATES, [], '2026-12-01').suppliers;

    expect(lumenOrder.note).toEqual({
      zh: '采购单 PO-20261201-1：LAMP-01 ×3：订单 202-1、202-3；MUG-02 ×1：订单 202-3',
      en: 'Purchase order PO-20261201-1: LAMP-01 ×3: orders 202-1, 202-3; MUG-02 ×1: order 202-3',
    });
  });

  it("numbers purchase orders after the day's ones already in Purchases", () => {
    const existing = purchasesSheet([
      { poId: 'PO-20261201-4', sku: 'X', quantity: 1, unitCostCny: 1, status: 'Paid' },
      { poId: 'PO-20261130-9', sku: 'Y', quantity: 1, unitCostCny: 1, status: 'Paid' },
    ]).rows;

    const list = purchaseListOf(CANDIDATES, existing, '2026-12-01');

    expect(list.suppliers.map((group) => group.poId)).toEqual(['PO-20261201-5', 'PO-20261201-6']);
  });

  it('never buys an order line twice: one a Purchases row already buys is left out', () => {
    const existing = purchasesSheet([
      // drafted before for LAMP-01 of 202-1 and 202-3: neither is bought again
      {
        poId: 'PO-20261130-1',
        sku: 'LAMP-01',
        quantity: 3,
        unitCostCny: 25,
        orderIds: '202-1, 202-3',
        status: 'Draft',
      },
      // the same order, another SKU: MUG-02 of 202-3 is still to buy
      {
        poId: 'PO-20261130-2',
        sku: 'TORCH-03',
        quantity: 1,
        unitCostCny: 15,
        orderIds: '202-9',
        status: 'Approved',
      },
    ]).rows;

    const list = purchaseListOf(CANDIDATES, existing, '2026-12-01');

    expect(list.alreadyInPurchases).toEqual([
      { orderId: '202-1', sku: 'LAMP-01', poId: 'PO-20261130-1', status: 'Draft' },
      { orderId: '202-3', sku: 'LAMP-01', poId: 'PO-20261130-1', status: 'Draft' },
    ]);
    expect(
      list.suppliers.flatMap((group) => group.lines.map((line) => [line.sku, line.orderIds])),
    ).toEqual([
      ['TORCH-03', ['202-2']],
      ['MUG-02', ['202-3']],
    ]);
  });

  it('drafts one Purchases row per SKU and supplier, in status Draft', () => {
    const list = purchaseListOf(CANDIDATES, [], '2026-12-01');

    expect(purchaseDrafts(list)).toEqual([
      {
        poId: 'PO-20261201-1',
        date: '2026-12-01',
        supplierName: 'Shenzhen Lumen',
        sku: 'LAMP-01',
        quantity: 3,
        unitCostCny: 2500,
        orderIds: '202-1, 202-3',
        status: 'Draft',
      },
      {
        poId: 'PO-20261201-1',
        date: '2026-12-01',
        supplierName: 'Shenzhen Lumen',
        sku: 'MUG-02',
        quantity: 1,
        unitCostCny: 800,
        orderIds: '202-3',
        status: 'Draft',
      },
      {
        poId: 'PO-20261201-2',
        date: '2026-12-01',
        supplierName: 'Yiwu Light',
        sku: 'TORCH-03',
        quantity: 1,
        unitCostCny: 1500,
        orderIds: '202-2',
        status: 'Draft',
      },
    ]);
  });
});
