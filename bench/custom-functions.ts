import type { Cell } from '../src/core/cells';
import { SHEETS, SITES } from '../src/core/contract/sheets';
import type { SheetId } from '../src/core/contract/types';
import { locate } from '../src/core/reader';
import type { SyntheticWorkbook } from './synthetic';

/** A custom function as the built Code.js declares it for Sheets. */
export interface CustomFunctionStub {
  name: string;
  params: string[];
}

/**
 * The custom functions of the built add-on: every top-level stub in dist/Code.js whose JSDoc
 * says @customfunction, with its parameter names.
 */
export function customFunctionStubs(code: string): CustomFunctionStub[] {
  const stub = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function (\w+)\(([^)]*)\)\s*\{\s*return /g;
  const stubs: CustomFunctionStub[] = [];
  for (const match of code.matchAll(stub)) {
    if (!/@customfunction\b/.test(match[1])) continue;
    const params = match[3]
      .split(',')
      .map((param) => param.trim())
      .filter(Boolean);
    stubs.push({ name: match[2], params });
  }
  return stubs;
}

/** Where a parameter's 1,000 values come from when it names a column. */
const PRODUCT_COLUMNS: Record<string, string> = {
  weightKg: 'weightKg',
  lengthCm: 'lengthCm',
  widthCm: 'widthCm',
  heightCm: 'heightCm',
  dangerous: 'battery',
  costCny: 'costCny',
  price: 'price',
  productType: 'productType',
  link: 'supplierUrl',
  brand: 'brand',
  model: 'model',
  productName: 'productName',
  feature: 'feature',
  material: 'material',
  color: 'color',
  size: 'size',
  quantity: 'quantity',
};

const ORDER_COLUMNS: Record<string, string> = {
  orderId: 'orderId',
  site: 'site',
  orderedAt: 'orderedAt',
  sku: 'sku',
  quantity: 'quantity',
  itemPrice: 'itemPrice',
  shippingCharged: 'shippingCharged',
  amazonFees: 'amazonFees',
  vat: 'vat',
  orderPrice: 'itemPrice',
  currency: 'currency',
};

/** Parameters that take a figure a person types, varied a little from row to row. */
const TYPED: Record<string, (i: number) => Cell> = {
  site: (i) => SITES[i % SITES.length],
  freightCny: (i) => 20 + (i % 30),
  targetMargin: (i) => (i % 3 === 0 ? '' : 0.3),
  declareIn: (i) => (i % 2 === 0 ? 'USD' : ''),
  baseSalary: (i) => 6000 + (i % 20) * 150,
  workingDays: (i) => 20 + (i % 4),
  overtimeDays: (i) => i % 5,
  leaveRequests: (i) => i % 6,
  absentDays: (i) => i % 7,
  erpScore: (i) => 70 + (i % 31),
};

function columnOf(book: SyntheticWorkbook, id: SheetId, column: string, rows: number): Cell[] {
  const tab = Object.keys(book.tabs).find(
    (name) => name === SHEETS[id].name.zh || name === SHEETS[id].name.en,
  )!;
  const values = book.tabs[tab];
  const at = locate(SHEETS[id], values, tab).layout.index[column];
  return Array.from({ length: rows }, (_, i) =>
    at === undefined ? '' : (values[1 + (i % (values.length - 1))][at] ?? ''),
  );
}

/**
 * 1,000 rows for each parameter of a custom function, as ranges (one column each) from the
 * workbook's products or, for a function about orders, its orders; figures a person types
 * are made up. Returns the names it had no values for.
 */
export function argumentsFor(
  stub: CustomFunctionStub,
  book: SyntheticWorkbook,
  rows = 1000,
): { args: Cell[][][]; unknown: string[] } {
  const aboutOrders = stub.params.includes('orderId');
  const unknown: string[] = [];
  const args = stub.params.map((param) => {
    let column: Cell[];
    if (aboutOrders && ORDER_COLUMNS[param]) {
      column = columnOf(book, 'orders', ORDER_COLUMNS[param], rows);
    } else if (TYPED[param]) {
      column = Array.from({ length: rows }, (_, i) => TYPED[param](i));
    } else if (PRODUCT_COLUMNS[param]) {
      column = columnOf(book, 'newProducts', PRODUCT_COLUMNS[param], rows);
    } else {
      unknown.push(param);
      column = new Array<Cell>(rows).fill('');
    }
    return column.map((value) => [value]);
  });
  return { args, unknown };
}
