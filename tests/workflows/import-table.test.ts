import { SHEETS } from '../../src/core/contract/sheets';
import { UnusableInputError } from '../../src/core/findings';
import { runImport } from '../../src/workflows/import-table';
import { MemoryWorkbook } from '../support/memory-workbook';
import { ERP_EXPORT } from '../support/erp-export';

const ordersHeader = SHEETS.orders.columns.map((column) => column.label.en);

function workbookWithOrders(rows: (string | number)[][] = []): MemoryWorkbook {
  return new MemoryWorkbook({ Orders: [ordersHeader, ...rows] });
}

describe('importing the ERP order export', () => {
  it("appends new order lines under the sheet's own columns", () => {
    const workbook = workbookWithOrders();
    const result = runImport(workbook, 'orders', ERP_EXPORT, 'orders.csv');
    expect([result.added, result.updated, result.rejected.length]).toEqual([3, 0, 0]);
    const rows = workbook.values('Orders');
    const at = (id: string) => SHEETS.orders.columns.findIndex((column) => column.id === id);
    expect(rows[1][at('orderId')]).toBe('206-1');
    expect(rows[1][at('itemPrice')]).toBe(12.99);
    expect(rows[1][at('orderedAt')]).toBe('2026-11-03T14:05:00');
    expect(rows[1][at('status')]).toBe('To purchase');
    expect(rows[3][at('buyerName')]).toBe('=IMPORTXML("http://x","//a")');
  });

  it('adds nothing the second time the same export is imported', () => {
    const workbook = workbookWithOrders();
    runImport(workbook, 'orders', ERP_EXPORT, 'orders.csv');
    const after = workbook.values('Orders');
    const again = runImport(workbook, 'orders', ERP_EXPORT, 'orders.csv');
    expect([again.added, again.updated, again.unchanged]).toEqual([0, 0, 3]);
    expect(again.edits).toEqual([]);
    expect(workbook.values('Orders')).toEqual(after);
  });

  it('updates a line whose status changed, without touching the other lines', () => {
    const workbook = workbookWithOrders();
    runImport(workbook, 'orders', ERP_EXPORT, 'orders.csv');
    const shipped = ERP_EXPORT.map((row) => [...row]);
    shipped[2][7] = '已发货';
    const result = runImport(workbook, 'orders', shipped, 'orders.csv');
    expect([result.added, result.updated, result.unchanged]).toEqual([0, 1, 2]);
    const status = SHEETS.orders.columns.findIndex((column) => column.id === 'status');
    expect(workbook.values('Orders').map((row) => row[status])).toEqual([
      'Status',
      'To purchase',
      'Shipped',
      'To purchase',
    ]);
  });

  it('lists rows it cannot import with the reason and imports the rest', () => {
    const workbook = workbookWithOrders();
    const bad = [
      ...ERP_EXPORT,
      ['400-1', 'LAMP-01', 'Mars', '2026-11-04', '1', '9.99', 'GBP', '待采购', 'X'],
      ['400-2', 'LAMP-01', 'UK', '2026-11-04', '-1', '9.99', 'GBP', '待采购', 'Y'],
      ['206-1', 'LAMP-01', 'UK', '2026/11/3 14:05', '2', '12.99', 'GBP', '待采购', 'Ann Lee'],
    ];
    const result = runImport(workbook, 'orders', bad, 'orders.csv');
    expect(result.added).toBe(3);
    expect(result.rejected.map((finding) => [finding.row, finding.column])).toEqual([
      [5, 'site'],
      [6, 'quantity'],
    ]);
    expect(result.rejected[1].message.zh).toContain('orders.csv 第6行');
    expect(result.warnings.map((finding) => finding.rule)).toContain('IMP.duplicate');
  });

  it('refuses an export without a required column and writes nothing', () => {
    const workbook = workbookWithOrders();
    const noSku = ERP_EXPORT.map((row) => row.filter((_, i) => i !== 1));
    expect(() => runImport(workbook, 'orders', noSku, 'orders.csv')).toThrow(UnusableInputError);
    expect(workbook.applied).toEqual([]);
  });

  it('reads the Orders sheet once and writes it in one batch', () => {
    const workbook = workbookWithOrders();
    runImport(workbook, 'orders', ERP_EXPORT, 'orders.csv');
    expect(workbook.reads.get('Orders')).toBe(1);
    expect(workbook.applied).toHaveLength(1);
    expect(workbook.applied[0]).toHaveLength(1);
  });
});

describe("importing carriers' fee exports", () => {
  it('keys fee lines by carrier and tracking number', () => {
    const header = SHEETS.shippingFees.columns.map((column) => column.label.zh);
    const workbook = new MemoryWorkbook({ 运费账单: [header] });
    const file = [
      ['日期', '物流商', '运单号', '计费重量', '费用'],
      ['2026-11-05', '4PX', 'PX1', '0.52', '38.20'],
      ['2026-11-05', 'Yanwen', 'PX1', '0.52', '35.00'],
    ];
    expect(runImport(workbook, 'fees', file, 'fees.csv').added).toBe(2);
    expect(runImport(workbook, 'fees', file, 'fees.csv').added).toBe(0);
  });
});
