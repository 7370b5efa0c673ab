import type { Cell } from '../../../src/core/cells';
import type {
  FxRow,
  NewProductRow,
  OrderRow,
  PurchaseRow,
  ShippingChannelRow,
  SkuSupplierRow,
} from '../../../src/core/contract/rows';
import { SHEETS } from '../../../src/core/contract/sheets';
import type { SheetId } from '../../../src/core/contract/types';
import { rateCardsOf } from '../../../src/core/pricing/rate-card';
import type { PurchasingContext } from '../../../src/core/purchasing/audit';
import { readSheet } from '../../../src/core/reader';
import type { SheetRead } from '../../../src/core/reader';
import { readSettings } from '../../../src/core/settings';
import type { SettingRow } from '../../../src/core/settings';
import { CHANNELS, FX_RATES } from '../pricing/pricing-sheets';

/**
 * The sheets the purchase audit tests read, filled in as a seller would: English headers,
 * prices in yuan, the channels and FX rates of the pricing tests (Yanwen UK ¥18 + ¥80/kg up
 * to 2 kg; 4PX Battery UK ¥20 + ¥95/kg; Yanwen DE ¥20 + ¥85/kg up to 2 kg; GBP ¥9 in
 * November 2026, ¥9.1 in October, none before; EUR ¥7.8; USD ¥7.2).
 */

type Values = Record<string, Cell>;

/** A row of a contract sheet from values by column id, blank elsewhere. */
export function rowOf(id: SheetId, values: Values): Cell[] {
  return SHEETS[id].columns.map((column) => values[column.id] ?? '');
}

/** A contract sheet with English headers and the given rows (by column id). */
export function tabOf(id: SheetId, rows: Values[]): Cell[][] {
  return [
    SHEETS[id].columns.map((column) => column.label.en),
    ...rows.map((row) => rowOf(id, row)),
  ];
}

export const SETTINGS: Cell[][] = [
  ['Key', 'Value', 'Note'],
  ['owner.UK', 'uk@demo.example', ''],
  ['owner.DE', 'de@demo.example', ''],
  ['purchasing', 'buyer@demo.example', ''],
  ['directors', 'boss@demo.example', ''],
];

const A = 'Shenzhen Lumen Factory';
const B = 'Yiwu Light Trading';

/** The SKU-supplier master. */
export const SUPPLIER_ROWS: Values[] = [
  // row 2: A lists LAMP-01 at ¥30 but gives us an agent price of ¥25
  {
    sku: 'LAMP-01',
    supplierName: A,
    supplierUrl: 'https://detail.1688.com/offer/1001.html',
    unitCostCny: 30,
    agentPriceCny: 25,
    weightKg: 0.5,
  },
  // row 3: B sells LAMP-01 at ¥26, is marked preferred, and still loses to A's agent price
  {
    sku: 'LAMP-01',
    supplierName: B,
    supplierUrl: 'https://detail.1688.com/offer/2001.html',
    unitCostCny: 26,
    weightKg: 0.5,
    preferred: 'Y',
  },
  // row 4
  {
    sku: 'MUG-02',
    supplierName: A,
    supplierUrl: 'https://detail.1688.com/offer/1002.html',
    unitCostCny: 8,
    weightKg: 0.3,
  },
  // row 5: a torch with a battery: only the 4PX battery line takes it, at double freight
  {
    sku: 'TORCH-03',
    supplierName: B,
    supplierUrl: 'https://detail.1688.com/offer/2003.html',
    unitCostCny: 15,
    weightKg: 0.4,
    battery: 'Y',
  },
  // row 6: too heavy for Germany's only line (2 kg at most)
  {
    sku: 'HEAVY-04',
    supplierName: A,
    supplierUrl: 'https://detail.1688.com/offer/1004.html',
    unitCostCny: 40,
    weightKg: 2.5,
  },
  // row 7: priced, but nobody weighed it
  {
    sku: 'NOWT-06',
    supplierName: A,
    supplierUrl: 'https://detail.1688.com/offer/1006.html',
    unitCostCny: 5,
  },
  // row 8: priced, weight only on the new-product sheet
  {
    sku: 'NEWP-07',
    supplierName: B,
    supplierUrl: 'https://detail.1688.com/offer/2007.html',
    unitCostCny: 12,
  },
  // row 9: in the master, but with no price at all
  {
    sku: 'NOPRICE-09',
    supplierName: B,
    supplierUrl: 'https://detail.1688.com/offer/2009.html',
    weightKg: 0.2,
  },
];

/** The New products sheet: only NEWP-07, whose weight and battery the master lacks. */
export const PRODUCT_ROWS: Values[] = [
  {
    sku: 'NEWP-07',
    productType: 'LAMP',
    browseNode: '123',
    productName: 'Night light',
    supplierUrl: 'https://detail.1688.com/offer/2007.html',
    costCny: 12,
    weightKg: 0.2,
    battery: 'Y',
    reason: 'demand',
    advantage: 'cheap',
  },
];

/** An order line, To purchase, on the UK site in pounds, ordered on 20 November 2026. */
export function orderLine(values: Values): Values {
  return {
    site: 'UK',
    orderedAt: '2026-11-20 10:00',
    quantity: 1,
    currency: 'GBP',
    status: 'To purchase',
    ...values,
  };
}

function read<T>(id: SheetId, values: Cell[][]): SheetRead<T> {
  return readSheet<T>(SHEETS[id], values, { sheetName: SHEETS[id].name.en, timeZone: 'UTC' });
}

/** The Orders sheet read as the add-on reads it. */
export function ordersSheet(lines: Values[]): SheetRead<OrderRow> {
  return read<OrderRow>('orders', tabOf('orders', lines));
}

/** The Purchases sheet read as the add-on reads it. */
export function purchasesSheet(rows: Values[]): SheetRead<PurchaseRow> {
  return read<PurchaseRow>('purchases', tabOf('purchases', rows));
}

/** What the audit reads besides the orders, from the sheets above (or others given). */
export function purchasingContext(
  more: { suppliers?: Values[]; products?: Values[]; settings?: Cell[][] } = {},
): PurchasingContext {
  const settings = readSettings(read<SettingRow>('settings', more.settings ?? SETTINGS)).settings;
  const channels = read<ShippingChannelRow>('shippingChannels', CHANNELS);
  const fx = read<FxRow>('fx', FX_RATES);
  return {
    settings,
    suppliers: read<SkuSupplierRow>(
      'skuSuppliers',
      tabOf('skuSuppliers', more.suppliers ?? SUPPLIER_ROWS),
    ).rows,
    suppliersSheetName: 'SKU suppliers',
    products: read<NewProductRow>(
      'newProducts',
      tabOf('newProducts', more.products ?? PRODUCT_ROWS),
    ).rows,
    rateCards: { ok: true, value: rateCardsOf(channels.rows, 'Shipping channels') },
    fx: { ok: true, value: { sheetName: 'FX rates', rows: fx.rows } },
  };
}

/** Every tab of a workbook for the workflow tests, Orders and Purchases as given. */
export function workbookTabs(orders: Values[], purchases: Values[] = []): Record<string, Cell[][]> {
  return {
    Settings: SETTINGS,
    'FX rates': FX_RATES,
    'Shipping channels': CHANNELS,
    'SKU suppliers': tabOf('skuSuppliers', SUPPLIER_ROWS),
    'New products': tabOf('newProducts', PRODUCT_ROWS),
    Orders: tabOf('orders', orders),
    Purchases: tabOf('purchases', purchases),
  };
}
