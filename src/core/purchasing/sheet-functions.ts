import { isBlank, parseDate, parseInteger, parseText } from '../cells';
import type { Cell } from '../cells';
import type { NewProductRow, SkuSupplierRow } from '../contract/rows';
import { SHEETS } from '../contract/sheets';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { parseAmount, parseSite } from '../pricing/cell-inputs';
import { siteCurrency } from '../pricing/fx';
import { marginShare } from '../pricing/listing-price';
import { openPricingBook } from '../pricing/sheet-functions';
import type { PricingBook, PricingSources } from '../pricing/sheet-functions';
import type { SheetRead } from '../reader';
import { CellProblem, must, overRows } from '../sheet-function';
import type { SheetArg, SheetResult } from '../sheet-function';
import { auditOrderLines } from './audit';
import type { OrderLine, PurchasingContext } from './audit';

/**
 * ORDER_MARGIN's logic over whole ranges, free of Apps Script: the host reads Settings, FX
 * rates, Shipping channels, the SKU-supplier master and New products once per call and hands
 * them here with the arguments.
 */

/** The sheets ORDER_MARGIN reads; null for a sheet the workbook lacks. */
export interface PurchasingSources extends PricingSources {
  skuSuppliers: SheetRead<SkuSupplierRow> | null;
  newProducts: SheetRead<NewProductRow> | null;
  /** The spreadsheet's zone, in which order dates handed over as Dates are read. */
  timeZone: string;
}

/** The sources, read once per call and checked, ready for every row. */
export interface PurchasingBook {
  pricing: PricingBook;
  context: PurchasingContext;
  /** Why the SKU-supplier master cannot be used, when it cannot. */
  masterProblem: Localized | null;
  timeZone: string;
}

const UNUSABLE = new Set(['WB.header.missing', 'WB.header.duplicate', 'WB.column.missing']);

function masterProblemOf(read: SheetRead<SkuSupplierRow> | null): Localized | null {
  if (read === null) {
    const name = SHEETS.skuSuppliers.name;
    return t(
      `没有工作表「${name.zh}」：请运行“设置工作表”并填写供应商`,
      `there is no "${name.en}" sheet: run "Set up sheets" and fill in the suppliers`,
    );
  }
  return read.findings.find((finding) => UNUSABLE.has(finding.rule))?.message ?? null;
}

/** Reads and checks ORDER_MARGIN's sheets once for a whole call. */
export function openPurchasingBook(sources: PurchasingSources): PurchasingBook {
  const pricing = openPricingBook(sources);
  const masterProblem = masterProblemOf(sources.skuSuppliers);
  return {
    pricing,
    masterProblem,
    timeZone: sources.timeZone,
    context: {
      settings: pricing.settings,
      suppliers: masterProblem === null ? (sources.skuSuppliers?.rows ?? []) : [],
      suppliersSheetName: sources.skuSuppliers?.layout.sheetName ?? SHEETS.skuSuppliers.name.en,
      products: sources.newProducts?.rows ?? [],
      rateCards: pricing.channels,
      fx: pricing.fx,
    },
  };
}

/** Stops a row when a setting it depends on could not be read (it would silently default). */
function needSettings(book: PurchasingBook, keys: readonly string[]): void {
  for (const key of keys) {
    const problem = book.pricing.settingProblems.get(key);
    if (problem) throw new CellProblem(problem);
  }
}

/** An earlier custom function's error text ("⚠ …") passed in as input is shown as it is. */
function upstreamProblem(cells: readonly Cell[]): string | null {
  const error = cells.find((cell) => typeof cell === 'string' && cell.trim().startsWith('⚠'));
  return error === undefined ? null : String(error).trim();
}

function text(cell: Cell): string {
  const parsed = parseText(cell, 'UTC');
  return parsed.ok ? parsed.value : '';
}

const PRICE = t('单价', 'item price');
const SHIPPING = t('运费收入', 'shipping charged');
const FEES = t('平台费', 'Amazon fees');
const VAT = t('增值税', 'VAT');

function quantityOf(cell: Cell): number {
  const quantity = parseInteger(cell);
  if (!quantity.ok || quantity.value <= 0) {
    throw new CellProblem(
      t(
        `数量“${String(cell ?? '')}”应为正整数`,
        `quantity "${String(cell ?? '')}" should be a whole number above 0`,
      ),
    );
  }
  return quantity.value;
}

function optionalAmount(cell: Cell, currency: string, label: Localized): number | null {
  return isBlank(cell) ? null : must(parseAmount(cell, currency, label));
}

/**
 * ORDER_MARGIN: the gross margin of each order line, in base currency, as the purchase audit
 * works it out (cheapest supplier with agent prices first, freight of the order's parcel
 * shared by weight, Amazon fees, VAT, FX of the order's day). Rows with the same order id
 * form one parcel. A row whose input is wrong, or whose margin cannot be known (no supplier,
 * no weight, no channel, no FX rate), shows "⚠ …" and why; the other rows are computed.
 */
export function orderMarginRows(
  book: PurchasingBook,
  orderId: SheetArg,
  site: SheetArg,
  orderedAt: SheetArg,
  sku: SheetArg,
  quantity: SheetArg,
  itemPrice: SheetArg,
  shippingCharged: SheetArg,
  amazonFees: SheetArg,
  vat: SheetArg,
): SheetResult[][] {
  const lines: OrderLine[] = [];
  const { lang } = book.pricing;

  // Parcels span rows, so the rows are read first and audited together after.
  const first = overRows(
    [orderId, site, orderedAt, sku, quantity, itemPrice, shippingCharged, amazonFees, vat],
    lang,
    ([id, s, at, code, qty, price, shipping, fees, tax]) => {
      if (isBlank(code) && isBlank(price)) return '';
      const upstream = upstreamProblem([price, shipping, fees, tax]);
      if (upstream) return upstream;
      if (book.masterProblem) throw new CellProblem(book.masterProblem);
      const where = must(parseSite(s));
      const currency = siteCurrency(where);
      const skuText = text(code);
      if (skuText === '') throw new CellProblem(t('SKU为空', 'SKU is empty'));
      const line: OrderLine = {
        rowNumber: lines.length,
        // A row without an order id is a parcel of its own.
        orderId: text(id) || `\u0000${lines.length}`,
        site: where,
        orderedOn: isBlank(at) ? book.pricing.today : must(parseDate(at, book.timeZone)),
        sku: skuText,
        quantity: quantityOf(qty),
        itemPrice: must(parseAmount(price, currency, PRICE)),
        shippingCharged: optionalAmount(shipping, currency, SHIPPING) ?? 0,
        currency,
        amazonFees: optionalAmount(fees, currency, FEES),
        vat: optionalAmount(tax, currency, VAT),
      };
      if (line.itemPrice * line.quantity + line.shippingCharged === 0) {
        throw new CellProblem(t('订单金额必须大于0', 'the line must be worth more than 0'));
      }
      needSettings(book, [
        `vat.${where}`,
        'referralFee',
        'expressOverKg',
        'dangerousFreightFactor',
      ]);
      lines.push(line);
      return `\u0000${line.rowNumber}`;
    },
  );

  const audits = auditOrderLines(lines, book.context);
  return first.map(([cell]) => {
    if (typeof cell !== 'string' || !cell.startsWith('\u0000')) return [cell];
    const audit = audits[Number(cell.slice(1))];
    const problem = audit.problems[0]?.problem ?? audit.parcelProblem;
    if (problem) return [`⚠ ${problem[lang]}`];
    if (audit.margin === null) {
      return [`⚠ ${t('扣除增值税后没有收入', 'nothing is left of the price net of VAT')[lang]}`];
    }
    return [marginShare(audit.margin)];
  });
}
