import type { OrderRow } from '../../src/core/contract/rows';
import { SHEETS } from '../../src/core/contract/sheets';
import { readSheet } from '../../src/core/reader';

const context = { sheetName: '订单', timeZone: 'Asia/Shanghai' };
const header = [
  '订单号',
  'Site',
  'purchase-date',
  'SKU',
  '数量',
  '单价',
  'Currency',
  '状态',
  'Notes',
];

describe('reading a sheet into typed rows', () => {
  it('finds columns by any alias, in any order, and keeps extra columns out of the way', () => {
    const values = [
      header,
      ['A-1', 'UK', '2026/11/3 14:05', 'LAMP-01', 2, '£12.50', 'GBP', '已发货', 'call first'],
    ];
    const read = readSheet<OrderRow>(SHEETS.orders, values, context);
    expect(read.findings).toEqual([]);
    expect(read.rows[0]).toMatchObject({
      rowNumber: 2,
      orderId: 'A-1',
      site: 'UK',
      orderedAt: '2026-11-03T14:05:00',
      quantity: 2,
      itemPrice: 1250,
      status: 'Shipped',
      shippedAt: null,
    });
    expect(read.layout.lang).toBe('zh');
  });

  it('names sheet, row, column and rule for a cell it cannot read', () => {
    const values = [
      header,
      ['A-1', 'Mars', '2026-11-03', 'LAMP-01', 'two', '12,50', 'GBP', 'Shipped', ''],
    ];
    const read = readSheet<OrderRow>(SHEETS.orders, values, context);
    const byColumn = Object.fromEntries(read.findings.map((f) => [f.column, f]));
    expect(byColumn.site).toMatchObject({ row: 2, rule: 'WB.enum', cell: 'B2', severity: 'error' });
    expect(byColumn.quantity.message.zh).toContain('订单 第2行「数量」');
    expect(byColumn.itemPrice.message.en).toContain('订单 row 2, column "单价"');
    expect(read.rows[0].quantity).toBeNull();
  });

  it('flags required cells left empty and repeated unique keys', () => {
    const values = [
      [
        'SKU',
        'Product type',
        'Browse node',
        'Product name',
        'Supplier link',
        'Purchase price',
        'Package weight',
        'Why',
        'Advantage',
      ],
      ['A', 'HOME', '1', 'Lamp', 'https://detail.1688.com/offer/1.html', 10, 0.5, 'r', 'a'],
      ['A', 'HOME', '1', '', 'https://detail.1688.com/offer/2.html', 10, 0.5, 'r', 'a'],
    ];
    const read = readSheet(SHEETS.newProducts, values, {
      sheetName: 'New products',
      timeZone: 'UTC',
    });
    expect(read.findings.map((f) => [f.row, f.column, f.rule])).toEqual([
      [3, 'sku', 'WB.unique'],
      [3, 'productName', 'WB.required'],
    ]);
  });

  it('makes a sheet without its required column unusable, naming the column', () => {
    const read = readSheet(SHEETS.orders, [header.filter((h) => h !== 'SKU')], context);
    expect(read.findings).toEqual([
      expect.objectContaining({ rule: 'WB.column.missing', column: 'sku', sheet: '订单' }),
    ]);
  });

  it('refuses duplicate headers and warns about blank ones', () => {
    const values = [
      ['订单号', 'Order ID', '', 'Site'],
      ['A', 'B', 'x', 'UK'],
    ];
    const read = readSheet(SHEETS.orders, values, context);
    expect(read.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['WB.header.blank', 'WB.header.duplicate']),
    );
  });

  it('reads amazon.* columns literally as pass-through attributes', () => {
    const required = SHEETS.newProducts.columns.filter((column) => column.required);
    const values = [
      [...required.map((column) => column.label.zh), 'amazon.power_plug_type'],
      [...required.map(() => 'x'), 'type_g_3pin_uk'],
    ];
    const read = readSheet(SHEETS.newProducts, values, { sheetName: '上新表', timeZone: 'UTC' });
    expect(read.rows[0].passThrough).toEqual({ power_plug_type: 'type_g_3pin_uk' });
  });

  it('parses only the columns a workflow asks for and flags nothing in the others', () => {
    const values = [
      header,
      ['A-1', 'UK', '2026-11-03', 'LAMP-01', 'two', '12,50', 'GBP', 'Shipped', ''],
      ['A-1', 'UK', '2026-11-03', 'LAMP-01', 1, 3, 'GBP', 'Shipped', ''],
    ];
    const read = readSheet<OrderRow>(SHEETS.orders, values, {
      ...context,
      columns: ['orderId', 'sku', 'status'],
    });
    expect(read.findings).toEqual([]);
    expect(read.rows[0]).toEqual({
      rowNumber: 2,
      passThrough: {},
      orderId: 'A-1',
      sku: 'LAMP-01',
      status: 'Shipped',
    });

    const whole = readSheet<OrderRow>(SHEETS.orders, values, context);
    expect(whole.findings.map((finding) => finding.cell)).toEqual(['E2', 'F2']);
  });

  it('still refuses a sheet without a required column when it reads only some columns', () => {
    const values = [header.filter((label) => label !== 'SKU'), ['A-1']];
    const read = readSheet<OrderRow>(SHEETS.orders, values, { ...context, columns: ['orderId'] });
    expect(read.findings.map((finding) => [finding.rule, finding.column])).toContainEqual([
      'WB.column.missing',
      'sku',
    ]);
    expect(read.rows).toEqual([]);
  });

  it('skips rows that are entirely blank', () => {
    const values = [header, ['', '', '', '', '', '', '', '', ''], ...Array(50_000).fill(['', ''])];
    expect(readSheet(SHEETS.orders, values, context).rows).toEqual([]);
  });
});
