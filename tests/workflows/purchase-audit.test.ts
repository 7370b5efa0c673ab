import { findSheetName } from '../../src/core/contract/headers';
import type { SkuSupplierRow } from '../../src/core/contract/rows';
import { SHEETS } from '../../src/core/contract/sheets';
import { readSheet } from '../../src/core/reader';
import { RoleError } from '../../src/core/roles';
import { DEMO_EXPECTATIONS, demoTabs } from '../../src/demo/demo-workbook';
import { purchaseAudit } from '../../src/workflows/purchase-audit';
import { orderLine, workbookTabs } from '../core/purchasing/purchasing-sheets';
import { MemoryWorkbook } from '../support/memory-workbook';

const NOW = new Date('2026-12-01T02:00:00Z');

const ORDERS = [
  { orderId: 'O-1', sku: 'LAMP-01', itemPrice: 20 },
  { orderId: 'O-2', sku: 'LAMP-01', itemPrice: 10 },
  { orderId: 'O-3', sku: 'TORCH-03', itemPrice: 25 },
  { orderId: 'O-M', sku: 'LAMP-01', quantity: 2, itemPrice: 20 },
  { orderId: 'O-M', sku: 'MUG-02', itemPrice: 8 },
  { orderId: 'O-4', sku: 'HEAVY-04', itemPrice: 90, site: 'DE', currency: 'EUR' },
  { orderId: 'O-5', sku: 'GHOST-05', itemPrice: 20 },
  { orderId: 'O-6', sku: 'LAMP-01', itemPrice: 20, status: 'Pending review' },
  { orderId: 'O-S', sku: 'LAMP-01', itemPrice: 10, status: 'Shipped' },
].map(orderLine);

function book(purchases: Parameters<typeof workbookTabs>[1] = []): MemoryWorkbook {
  return new MemoryWorkbook(workbookTabs(ORDERS, purchases));
}

const PURCHASE_HEADERS = SHEETS.purchases.columns.map((column) => column.label.en);

describe('the purchase audit', () => {
  let log: jest.SpyInstance;
  beforeEach(() => {
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => log.mockRestore());

  it('flags loss-making, channel-less, supplier-less and unreviewed lines by order and SKU', () => {
    const result = purchaseAudit(book(), NOW, { writeDrafts: false, user: '' });

    expect(result.flags.map((flag) => [flag.orderId, flag.sku, flag.reason])).toEqual([
      ['O-2', 'LAMP-01', 'loss'],
      ['O-4', 'HEAVY-04', 'noChannel'],
      ['O-5', 'GHOST-05', 'noSupplier'],
      ['O-6', 'LAMP-01', 'notReviewed'],
    ]);
    expect(result.lines.filter((line) => line.passes).map((line) => line.rowNumber)).toEqual([
      2, 4, 5, 6,
    ]);
  });

  it('lists what to buy by supplier, with the note carrying SKUs and order numbers', () => {
    const { purchaseList } = purchaseAudit(book(), NOW, { writeDrafts: false, user: '' });

    expect(
      purchaseList.suppliers.map((group) => ({
        supplier: group.supplierName,
        poId: group.poId,
        total: group.total,
        lines: group.lines.map((line) => `${line.sku} ×${line.quantity} ${line.orderIds}`),
        note: group.note.en,
      })),
    ).toEqual([
      {
        supplier: 'Shenzhen Lumen Factory',
        poId: 'PO-20261201-1',
        // LAMP-01 at the ¥25 agent price × 3 + MUG-02 ¥8 = ¥83
        total: 8300,
        lines: ['LAMP-01 ×3 O-1,O-M', 'MUG-02 ×1 O-M'],
        note: 'Purchase order PO-20261201-1: LAMP-01 ×3: orders O-1, O-M; MUG-02 ×1: order O-M',
      },
      {
        supplier: 'Yiwu Light Trading',
        poId: 'PO-20261201-2',
        total: 1500,
        lines: ['TORCH-03 ×1 O-3'],
        note: 'Purchase order PO-20261201-2: TORCH-03 ×1: order O-3',
      },
    ]);
  });

  it("mails the loss-making line to its site's owner at once (R5.1b)", () => {
    const { mails } = purchaseAudit(book(), NOW, { writeDrafts: false, user: '' });

    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(['uk@demo.example']);
    expect(mails[0].subject).toContain('UK');
    // £10.00, profit −¥21.53 over net ¥74.97: −28.72 %
    expect(mails[0].body).toContain('O-2  LAMP-01 ×1  10.00 GBP  -28.72%  亏损 loss');
  });

  it('mails a line under the minimum margin too (R5.1h)', () => {
    const settings = [...workbookTabs([]).Settings, ['minOrderMargin', '0.27']];
    const tabs = {
      ...workbookTabs([orderLine({ orderId: 'O-1', sku: 'LAMP-01', itemPrice: 20 })]),
    };
    tabs.Settings = settings;

    // O-1's margin is 4003 / 15003 = 26.68 %, under 27 %
    const result = purchaseAudit(new MemoryWorkbook(tabs), NOW, { writeDrafts: false, user: '' });

    expect(result.flags.map((flag) => flag.reason)).toEqual(['belowMargin']);
    expect(result.mails.map((mail) => mail.body.split('\n').pop())).toEqual([
      'O-1  LAMP-01 ×1  20.00 GBP  26.68%  低于 under 27%',
    ]);
  });

  it('writes nothing and reads each sheet once when drafts are not asked for', () => {
    const workbook = book();

    const result = purchaseAudit(workbook, NOW, { writeDrafts: false, user: 'buyer@demo.example' });

    expect(result.edits).toEqual([]);
    expect(workbook.applied).toEqual([]);
    expect([...workbook.reads.values()].every((count) => count === 1)).toBe(true);
  });

  it('appends the Draft rows to Purchases in one batch for purchasing', () => {
    const workbook = book();

    purchaseAudit(workbook, NOW, { writeDrafts: true, user: 'buyer@demo.example' });

    expect(workbook.applied).toHaveLength(1);
    expect(workbook.values('Purchases')).toEqual([
      PURCHASE_HEADERS,
      [
        'PO-20261201-1',
        '2026-12-01',
        'Shenzhen Lumen Factory',
        'LAMP-01',
        3,
        25,
        '',
        'O-1, O-M',
        'Draft',
        '',
      ],
      [
        'PO-20261201-1',
        '2026-12-01',
        'Shenzhen Lumen Factory',
        'MUG-02',
        1,
        8,
        '',
        'O-M',
        'Draft',
        '',
      ],
      [
        'PO-20261201-2',
        '2026-12-01',
        'Yiwu Light Trading',
        'TORCH-03',
        1,
        15,
        '',
        'O-3',
        'Draft',
        '',
      ],
    ]);
  });

  it('adds nothing on a second run: the drafted order lines are already in Purchases', () => {
    const workbook = book();
    purchaseAudit(workbook, NOW, { writeDrafts: true, user: 'buyer@demo.example' });
    const after = workbook.values('Purchases');

    const again = purchaseAudit(workbook, NOW, { writeDrafts: true, user: 'buyer@demo.example' });

    expect(again.edits).toEqual([]);
    expect(workbook.applied).toHaveLength(1);
    expect(workbook.values('Purchases')).toEqual(after);
    expect(again.purchaseList.suppliers).toEqual([]);
    expect(
      again.purchaseList.alreadyInPurchases.map((line) => `${line.orderId} ${line.sku}`),
    ).toEqual(['O-1 LAMP-01', 'O-3 TORCH-03', 'O-M LAMP-01', 'O-M MUG-02']);
  });

  it('lets a director write the drafts too', () => {
    const workbook = book();

    const result = purchaseAudit(workbook, NOW, { writeDrafts: true, user: 'BOSS@demo.example' });

    expect(result.edits).toHaveLength(1);
  });

  it('refuses to write drafts for someone who is neither purchasing nor a director', () => {
    const workbook = book();

    expect(() =>
      purchaseAudit(workbook, NOW, { writeDrafts: true, user: 'uk@demo.example' }),
    ).toThrow(RoleError);
    expect(workbook.applied).toEqual([]);
  });

  it('writes drafts in the language of a Chinese Purchases sheet, below its last row', () => {
    const tabs = workbookTabs([orderLine({ orderId: 'O-1', sku: 'LAMP-01', itemPrice: 20 })]);
    const zhHeaders = SHEETS.purchases.columns.map((column) => column.label.zh);
    tabs.采购单 = [
      zhHeaders,
      ['PO-20261201-1', '2026-12-01', '某供应商', 'X-1', 1, 3, '', 'O-0', '已付款', ''],
    ];
    delete tabs.Purchases;
    const workbook = new MemoryWorkbook(tabs);

    purchaseAudit(workbook, NOW, { writeDrafts: true, user: 'buyer@demo.example' });

    expect(workbook.values('采购单')[2]).toEqual([
      'PO-20261201-2',
      '2026-12-01',
      'Shenzhen Lumen Factory',
      'LAMP-01',
      1,
      25,
      '',
      'O-1',
      '草稿',
      '',
    ]);
  });

  it('stops before writing when the SKU-supplier master is missing', () => {
    const tabs = workbookTabs(ORDERS);
    delete tabs['SKU suppliers'];
    const workbook = new MemoryWorkbook(tabs);

    expect(() =>
      purchaseAudit(workbook, NOW, { writeDrafts: true, user: 'buyer@demo.example' }),
    ).toThrow(/SKU suppliers/);
    expect(workbook.applied).toEqual([]);
  });
});

describe('the purchase audit of the demo workbook', () => {
  const E = DEMO_EXPECTATIONS;
  let log: jest.SpyInstance;
  beforeEach(() => {
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => log.mockRestore());

  function demoAudit() {
    const tabs = Object.fromEntries(demoTabs().map((tab) => [tab.name, tab.values]));
    const workbook = new MemoryWorkbook(tabs);
    const now = new Date(`${E.today}T04:00:00Z`);
    return { workbook, result: purchaseAudit(workbook, now, { writeDrafts: false, user: '' }) };
  }

  it('flags exactly its deliberate loss-making and below-10 % orders', () => {
    const { result } = demoAudit();

    expect(result.lines.map((line) => line.orderId).sort()).toEqual(
      [...E.toPurchaseOrderIds].sort(),
    );
    expect(result.flags.map((flag) => [flag.orderId, flag.reason])).toEqual([
      [E.lossMakingOrderId, 'loss'],
      [E.belowMarginOrderId, 'belowMargin'],
    ]);
  });

  it('groups the rest by supplier, each SKU bought from a supplier the master lists for it', () => {
    const { workbook, result } = demoAudit();
    const master = readSheet<SkuSupplierRow>(
      SHEETS.skuSuppliers,
      workbook.values(findSheetName(SHEETS.skuSuppliers, workbook.tabNames())!),
      { sheetName: 'master', timeZone: 'UTC' },
    ).rows;
    const sells = (supplier: string, sku: string) =>
      master.some((row) => row.supplierName === supplier && row.sku === sku);
    const { suppliers, alreadyInPurchases } = result.purchaseList;

    const names = suppliers.map((group) => group.supplierName);
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
    for (const group of suppliers) {
      for (const line of group.lines)
        expect([group.supplierName, line.sku, sells(group.supplierName, line.sku)]).toEqual([
          group.supplierName,
          line.sku,
          true,
        ]);
    }
    // Every order that passed is either in the list or already in Purchases, exactly once.
    const listed = suppliers.flatMap((group) => group.lines.flatMap((line) => line.orderIds));
    const covered = [...listed, ...alreadyInPurchases.map((line) => line.orderId)].sort();
    const passing = E.toPurchaseOrderIds.filter(
      (id) => id !== E.lossMakingOrderId && id !== E.belowMarginOrderId,
    );
    expect(covered).toEqual([...passing].sort());
  });

  it('mails the owners of the two sites concerned', () => {
    const { result } = demoAudit();

    expect(result.mails.map((mail) => mail.body.split('\n').pop()!.split('  ')[0])).toEqual([
      E.lossMakingOrderId,
      E.belowMarginOrderId,
    ]);
  });
});
