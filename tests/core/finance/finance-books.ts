import type { Cell } from '../../../src/core/cells';
import { SHEETS } from '../../../src/core/contract/sheets';
import type { SheetId } from '../../../src/core/contract/types';
import { load } from '../../../src/workflows/load';
import type { Loaded } from '../../../src/workflows/load';
import { FINANCE_SHEETS } from '../../../src/workflows/month-end';
import { MemoryWorkbook } from '../../support/memory-workbook';

/**
 * A small company's books for the autumn of 2026, small enough to check by hand. Every
 * figure the finance tests expect is worked out from these rows in the tests themselves.
 */

type Row = Record<string, Cell>;

/** A tab from rows keyed by column id, with the contract's English headers. */
export function tab(id: SheetId, rows: Row[]): Cell[][] {
  const columns = SHEETS[id].columns;
  return [
    columns.map((column) => column.label.en),
    ...rows.map((row) => columns.map((column) => row[column.id] ?? '')),
  ];
}

export const DIRECTOR = 'boss@shop.cn';
export const FINANCE = 'money@shop.cn';

export function settingsRows(more: Record<string, string> = {}): Cell[][] {
  const values: Record<string, string> = {
    baseCurrency: 'CNY',
    directors: DIRECTOR,
    finance: FINANCE,
    referralFee: '0.15',
    refundApprovalOver: '500',
    ...more,
  };
  return [['Key', 'Value'], ...Object.entries(values).map(([key, value]) => [key, value])];
}

export const FX: Row[] = [
  { month: '2026-09', currency: 'GBP', rate: 8 },
  { month: '2026-10', currency: 'GBP', rate: 9 },
  { month: '2026-10', currency: 'EUR', rate: 7.7 },
  { month: '2026-11', currency: 'GBP', rate: 9.1234 },
  { month: '2026-11', currency: 'EUR', rate: 7.8 },
  { month: '2026-12', currency: 'GBP', rate: 9.2 },
  { month: '2026-12', currency: 'EUR', rate: 7.9 },
];

export const ORDERS: Row[] = [
  {
    orderId: 'A-1001',
    site: 'UK',
    orderedAt: '2026-11-03 10:00',
    sku: 'LAMP-01',
    quantity: 2,
    itemPrice: 19.99,
    shippingCharged: 3.5,
    currency: 'GBP',
    status: 'Shipped',
    shippedAt: '2026-11-04 09:00',
    trackingNumber: 'TRK1',
    amazonFees: 6.5,
    vat: 7.25,
  },
  {
    orderId: 'A-1002',
    site: 'DE',
    orderedAt: '2026-11-10 12:00',
    sku: 'MUG-02',
    quantity: 1,
    itemPrice: 15,
    shippingCharged: 0,
    currency: 'EUR',
    status: 'Delivered',
    shippedAt: '2026-11-11 08:00',
    trackingNumber: 'TRK2',
    vat: 2.39,
  },
  {
    orderId: 'A-1002',
    site: 'DE',
    orderedAt: '2026-11-10 12:00',
    sku: 'LAMP-01',
    quantity: 1,
    itemPrice: 20,
    shippingCharged: 4,
    currency: 'EUR',
    status: 'Delivered',
    shippedAt: '2026-11-11 08:00',
    trackingNumber: 'TRK2',
    amazonFees: 3.6,
    vat: 3.83,
  },
  {
    orderId: 'A-1003',
    site: 'UK',
    orderedAt: '2026-11-15 09:00',
    sku: 'LAMP-01',
    quantity: 1,
    itemPrice: 19.99,
    currency: 'GBP',
    status: 'Cancelled',
  },
  {
    orderId: 'A-0990',
    site: 'UK',
    orderedAt: '2026-10-28 16:00',
    sku: 'MUG-02',
    quantity: 1,
    itemPrice: 12,
    shippingCharged: 2,
    currency: 'GBP',
    status: 'Delivered',
    shippedAt: '2026-10-29 10:00',
    trackingNumber: 'TRK0',
  },
  {
    orderId: 'A-1004',
    site: 'FR',
    orderedAt: '2026-11-30 23:30',
    sku: 'MUG-02',
    quantity: 3,
    itemPrice: 9.99,
    shippingCharged: 0,
    currency: 'EUR',
    status: 'To ship',
    vat: 5,
  },
  {
    orderId: 'A-1005',
    site: 'IT',
    orderedAt: '2026-11-20 11:00',
    sku: 'LAMP-01',
    quantity: 1,
    itemPrice: 25,
    currency: 'EUR',
    status: 'Shipped',
    shippedAt: '2026-11-21 15:00',
    trackingNumber: 'TRK5',
    amazonFees: 3.75,
  },
  {
    orderId: 'A-0900',
    site: 'UK',
    orderedAt: '2026-09-20 10:00',
    sku: 'MUG-02',
    quantity: 1,
    itemPrice: 12,
    currency: 'GBP',
    status: 'Delivered',
    shippedAt: '2026-09-21 10:00',
    trackingNumber: 'TRK9',
  },
];

export const REFUNDS: Row[] = [
  {
    date: '2026-10-05',
    site: 'UK',
    orderId: 'A-0900',
    sku: 'MUG-02',
    amount: 8,
    currency: 'GBP',
    kind: 'Partial',
    reason: 'Damaged',
  },
  {
    date: '2026-11-12',
    site: 'DE',
    orderId: 'A-1002',
    sku: 'MUG-02',
    amount: 5,
    currency: 'EUR',
    kind: 'Partial',
    reason: 'Damaged',
  },
  {
    date: '2026-11-05',
    site: 'UK',
    orderId: 'A-0990',
    amount: 14,
    currency: 'GBP',
    kind: 'Full',
    reason: 'Not delivered 60d',
  },
  {
    date: '2026-12-02',
    site: 'UK',
    orderId: 'A-1001',
    sku: 'LAMP-01',
    amount: 10,
    currency: 'GBP',
    kind: 'Partial',
    reason: 'Quality',
  },
];

export const PURCHASES: Row[] = [
  {
    poId: 'PO-1',
    date: '2026-11-04',
    sku: 'LAMP-01',
    quantity: 4,
    unitCostCny: 35.5,
    inboundFreightCny: 12,
    orderIds: 'A-1001, A-1002',
    status: 'Paid',
  },
  {
    poId: 'PO-2',
    date: '2026-11-11',
    sku: 'MUG-02',
    quantity: 3,
    unitCostCny: 8.2,
    orderIds: 'A-1004',
    status: 'Approved',
  },
  {
    poId: 'PO-3',
    date: '2026-11-12',
    sku: 'MUG-02',
    quantity: 10,
    unitCostCny: 8,
    inboundFreightCny: 5,
    status: 'Draft',
  },
  {
    poId: 'PO-4',
    date: '2026-11-20',
    sku: 'CABLE-09',
    quantity: 5,
    unitCostCny: 3.3,
    inboundFreightCny: 2,
    status: 'Paid',
  },
];

export const SHIPPING_FEES: Row[] = [
  { date: '2026-11-05', carrier: 'Yun', trackingNumber: 'TRK1', orderId: 'A-1001', feeCny: 48.6 },
  { date: '2026-11-12', carrier: 'Yun', trackingNumber: 'TRK2', feeCny: 61.3 },
  { date: '2026-11-25', carrier: 'Yun', trackingNumber: 'TRK-X', feeCny: 30 },
  { date: '2026-10-30', carrier: 'Yun', trackingNumber: 'TRK0', orderId: 'A-0990', feeCny: 25 },
  { date: '2026-09-22', carrier: 'Yun', trackingNumber: 'TRK9', feeCny: 20 },
];

export const EXPENSES: Row[] = [
  {
    date: '2026-11-08',
    category: 'Office',
    amountCny: 120,
    description: 'paper',
    approvedBy: DIRECTOR,
  },
  { date: '2026-11-18', category: 'Software', amountCny: 80.5, description: 'ERP' },
  { date: '2026-12-01', category: 'Office', amountCny: 99, approvedBy: DIRECTOR },
];

export interface BookRows {
  settings?: Cell[][];
  fx?: Row[];
  orders?: Row[];
  refunds?: Row[];
  purchases?: Row[];
  shippingFees?: Row[];
  expenses?: Row[];
  shippingChannels?: Row[];
  skuSuppliers?: Row[];
}

/** The books as a workbook: every tab, each row as given or the defaults above. */
export function financeWorkbook(
  rows: BookRows = {},
  zones: { zone?: string; cellZone?: string } = {},
): MemoryWorkbook {
  return new MemoryWorkbook(
    {
      Settings: rows.settings ?? settingsRows(),
      'FX rates': tab('fx', rows.fx ?? FX),
      Orders: tab('orders', rows.orders ?? ORDERS),
      Refunds: tab('refunds', rows.refunds ?? REFUNDS),
      Purchases: tab('purchases', rows.purchases ?? PURCHASES),
      'Shipping fees': tab('shippingFees', rows.shippingFees ?? SHIPPING_FEES),
      Expenses: tab('expenses', rows.expenses ?? EXPENSES),
      ...(rows.shippingChannels
        ? { 'Shipping channels': tab('shippingChannels', rows.shippingChannels) }
        : {}),
      ...(rows.skuSuppliers ? { 'SKU suppliers': tab('skuSuppliers', rows.skuSuppliers) } : {}),
    },
    zones.zone ?? 'Asia/Shanghai',
    zones.cellZone ?? 'UTC',
  );
}

/** The books read as a workflow reads them. */
export function financeBooks(rows: BookRows = {}): Loaded {
  return load(financeWorkbook(rows), FINANCE_SHEETS);
}
