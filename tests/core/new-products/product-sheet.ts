import type { Cell } from '../../../src/core/cells';
import type { FxRow, ShippingChannelRow, SkuSupplierRow } from '../../../src/core/contract/rows';
import { SHEETS } from '../../../src/core/contract/sheets';
import type { SheetDef } from '../../../src/core/contract/types';
import type { Finding } from '../../../src/core/findings';
import { newProductSheet } from '../../../src/core/new-products/sheet';
import type { NewProductEntry, NewProductSheet } from '../../../src/core/new-products/sheet';
import type { NewProductContext } from '../../../src/core/new-products/validate';
import { rateCardsOf } from '../../../src/core/pricing/rate-card';
import { readSheet } from '../../../src/core/reader';
import type { RowMeta } from '../../../src/core/reader';
import { readSettings } from '../../../src/core/settings';

/** A product row by column id; what a test leaves out is empty. */
export type ProductCells = Record<string, Cell>;

/** A complete, valid UK product: every rule of the sheet passes on it. */
export const GOOD_PRODUCT: ProductCells = {
  date: '2026-11-20',
  sku: 'LAMP-01',
  productType: 'HOME',
  browseNode: '3147471',
  brand: 'Lumio',
  model: 'L200',
  productName: 'LED Desk Lamp',
  feature: 'Dimmable',
  material: 'Aluminium',
  color: 'Black',
  title: 'Lumio L200 LED Desk Lamp, Dimmable, Aluminium, Black',
  bullet1: 'Three brightness levels for reading and work',
  description: 'Parameters: 40 cm arm, 5 W. Features: eye care light.',
  keywords: 'reading lamp office lamp',
  image1: 'https://img.example.com/lamp-1.jpg',
  image2: 'https://img.example.com/lamp-2.jpg',
  image3: 'https://img.example.com/lamp-3.jpg',
  supplierUrl: 'https://detail.1688.com/offer/612345678901.html',
  supplierName: 'Zhongshan Lighting',
  costCny: 30,
  weightKg: 0.5,
  lengthCm: 40,
  widthCm: 15,
  heightCm: 10,
  reason: '亚马逊英国站同类热销，竞争少',
  advantage: '可调光，价格低于同类',
  price: 29.99,
  status: 'Draft',
};

const TIME_ZONE = 'Asia/Shanghai';

/** The header row of a sheet, in one language. */
export function headerOf(def: SheetDef, lang: 'zh' | 'en' = 'en'): string[] {
  return def.columns.map((column) => column.label[lang]);
}

/** A sheet's values: its header and one line per row given by column id. */
export function sheetValues(
  def: SheetDef,
  rows: ProductCells[],
  lang: 'zh' | 'en' = 'en',
): Cell[][] {
  return [
    headerOf(def, lang),
    ...rows.map((row) => def.columns.map((column) => row[column.id] ?? '')),
  ];
}

/** The new-product sheet holding these rows, read as the add-on reads it. */
export function productSheet(rows: ProductCells[]): NewProductSheet & { findings: Finding[] } {
  const read = readSheet<NewProductEntry>(
    SHEETS.newProducts,
    sheetValues(SHEETS.newProducts, rows),
    {
      sheetName: 'New products',
      timeZone: TIME_ZONE,
    },
  );
  return { ...newProductSheet(read.layout, read.rows), findings: read.findings };
}

function rowsOf<T>(def: SheetDef, rows: ProductCells[]): Array<T & RowMeta> {
  return readSheet<T>(def, sheetValues(def, rows), { sheetName: def.name.en, timeZone: TIME_ZONE })
    .rows;
}

/** One e-packet line to the UK: 20 CNY a parcel plus 80 CNY a kilogram. */
export const UK_EPACKET: ProductCells = {
  channel: 'E-packet UK',
  carrier: '4PX',
  kind: 'epacket',
  destination: 'UK',
  perKgCny: 80,
  perParcelCny: 20,
  maxKg: 2,
  active: 'yes',
};

/** The world the checks read besides the sheet: channels, a GBP rate of 9, default settings. */
export function productContext(
  more: { channels?: ProductCells[]; fx?: ProductCells[]; suppliers?: ProductCells[] } = {},
): NewProductContext {
  const channels = rowsOf<ShippingChannelRow>(
    SHEETS.shippingChannels,
    more.channels ?? [UK_EPACKET],
  );
  return {
    suppliers: rowsOf<SkuSupplierRow>(SHEETS.skuSuppliers, more.suppliers ?? []),
    rateCards: rateCardsOf(channels, 'Shipping channels'),
    fxRows: rowsOf<FxRow>(SHEETS.fx, more.fx ?? [{ month: '2026-11', currency: 'GBP', rate: 9 }]),
    fxSheetName: 'FX rates',
    settings: readSettings(null).settings,
    today: '2026-11-20',
  };
}

/** The findings of one rule id. */
export function ofRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((finding) => finding.rule === rule);
}
