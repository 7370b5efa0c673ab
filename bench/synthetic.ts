import type { Cell } from '../src/core/cells';
import { SHEETS } from '../src/core/contract/sheets';
import type { SheetId } from '../src/core/contract/types';
import { monthOf, previousMonth } from '../src/core/dates';
import { locate } from '../src/core/reader';
import { ean13 } from '../src/demo/catalogue';
import { demoTabs, DEMO_TODAY } from '../src/demo/demo-workbook';
import { seededDraw } from '../src/demo/draw';
import { TEAM } from '../src/demo/team';

/**
 * Synthetic workbooks for the benchmark: the demo workbook (a real seller's shapes, languages
 * and quirks) grown to `rows` rows of orders, new products, refunds and shipping fees by
 * copying its rows under new keys. Orders of every copy go to the same few hundred SKUs, as a
 * small seller's do; which copy of a SKU an order names is drawn from a seeded generator, so
 * the same size always gives the same workbook.
 */
export interface SyntheticWorkbook {
  rows: number;
  tabs: Record<string, Cell[][]>;
  /** An ERP export to import: half of its lines already in Orders (a tenth changed), half new. */
  importFile: Cell[][];
  /** The month of the month-end report, and the moment the workflows run. */
  month: string;
  now: Date;
  uploader: string;
  purchaser: string;
}

/** How many copies of a catalogue SKU orders are spread over, at most. */
const SKU_COPIES_ORDERED = 40;

type Columns = Record<string, number>;

function columnsOf(id: SheetId, values: Cell[][], tab: string): Columns {
  return locate(SHEETS[id], values, tab).layout.index;
}

/** `key` with the copy number appended; copy 0 keeps the demo's own key. */
function copyOf(key: Cell, copy: number): Cell {
  if (copy === 0 || key === null || key === undefined || key === '') return key;
  return `${String(key)}-${copy}`;
}

/** Copies of a tab's data rows until there are `rows`, each row changed by `change`. */
function grown(
  values: Cell[][],
  rows: number,
  change: (row: Cell[], copy: number, source: number) => Cell[] | null,
): Cell[][] {
  const [header, ...data] = values;
  const out: Cell[][] = [header];
  for (let copy = 0; out.length <= rows; copy += 1) {
    for (let i = 0; i < data.length && out.length <= rows; i += 1) {
      const next = change([...data[i]], copy, i);
      if (next) out.push(next);
    }
    if (copy > rows) break;
  }
  return out;
}

/**
 * Builds the workbook of a size; the same `rows` and `seed` give the same cells. With `keep`,
 * only those tabs are built (a workflow's own), so that a measurement holds no other data;
 * with `productsOnly`, only the new products (and their translations and suppliers) grow.
 */
export function syntheticWorkbook(
  rows: number,
  options: { seed?: number; keep?: readonly string[]; productsOnly?: boolean } = {},
): SyntheticWorkbook {
  const draw = seededDraw(options.seed ?? 20261201);
  const wanted = (tab: string) => !options.keep || options.keep.includes(tab);
  const tabs: Record<string, Cell[][]> = {};
  const ids = new Map<SheetId, string>();
  for (const tab of demoTabs()) {
    tabs[tab.name] = tab.values;
    const id = (Object.keys(SHEETS) as SheetId[]).find(
      (candidate) =>
        SHEETS[candidate].name.zh === tab.name || SHEETS[candidate].name.en === tab.name,
    );
    if (id) ids.set(id, tab.name);
  }
  const tabOf = (id: SheetId): string => {
    const name = ids.get(id);
    if (!name) throw new Error(`the demo has no ${id} sheet`);
    return name;
  };

  // New products: copies of the catalogue under new SKUs, EANs and parents.
  const productsTab = tabOf('newProducts');
  const product = columnsOf('newProducts', tabs[productsTab], productsTab);
  const catalogue = tabs[productsTab].length - 1;
  const demoOrders = tabs[tabOf('orders')].length - 1;
  tabs[productsTab] = grown(tabs[productsTab], rows, (row, copy, i) => {
    row[product.sku] = copyOf(row[product.sku], copy);
    row[product.parentSku] = copyOf(row[product.parentSku], copy);
    if (copy > 0 && row[product.productId]) {
      row[product.productId] = ean13(
        `69${String(copy).padStart(6, '0')}${String(i).padStart(4, '0')}`,
      );
    }
    return row;
  });
  const productCopies = Math.ceil(rows / catalogue);
  const skus = new Set(tabs[productsTab].slice(1).map((row) => String(row[product.sku])));

  // Translations and the SKU-supplier master follow the products that exist.
  for (const id of ['translations', 'skuSuppliers'] as const) {
    const tab = tabOf(id);
    if (!wanted(tab)) continue;
    const sku = columnsOf(id, tabs[tab], tab).sku;
    const data = tabs[tab].slice(1);
    const out: Cell[][] = [tabs[tab][0]];
    for (let copy = 0; copy < productCopies; copy += 1) {
      for (const source of data) {
        const next = copyOf(source[sku], copy);
        if (!skus.has(String(next))) continue;
        const row = [...source];
        row[sku] = next;
        out.push(row);
      }
    }
    tabs[tab] = out;
  }

  // Orders: copies under new order ids and tracking numbers, spread over copies of their SKU.
  const ordersTab = tabOf('orders');
  const order = columnsOf('orders', tabs[ordersTab], ordersTab);
  const spread = Math.max(1, Math.min(SKU_COPIES_ORDERED, productCopies));
  const skuCopy = new Map<number, number>();
  const orderRows = options.productsOnly ? demoOrders : rows;
  tabs[ordersTab] = grown(tabs[ordersTab], orderRows, (row, copy) => {
    if (!skuCopy.has(copy)) skuCopy.set(copy, copy === 0 ? 0 : draw.int(0, spread - 1));
    const sku = copyOf(row[order.sku], skuCopy.get(copy)!);
    row[order.orderId] = copyOf(row[order.orderId], copy);
    row[order.trackingNumber] = copyOf(row[order.trackingNumber], copy);
    row[order.sku] = skus.has(String(sku)) ? sku : row[order.sku];
    return row;
  });
  const orderCopies = Math.ceil(orderRows / demoOrders);
  // With products only, refunds, fees and purchases stay the demo's.
  const others = options.productsOnly ? -1 : rows;

  // Refunds: the demo's own (one of them over the approval limit without approval), then a
  // small partial refund per order line that was not cancelled, laid out like the demo's.
  const refundsTab = tabOf('refunds');
  const refund = columnsOf('refunds', tabs[refundsTab], refundsTab);
  const templates = tabs[refundsTab].slice(1);
  const refundRows: Cell[][] = [tabs[refundsTab][0], ...templates];
  const lines = tabs[ordersTab];
  for (
    let i = 1;
    i < lines.length && refundRows.length <= (wanted(refundsTab) ? others : 0);
    i += 1
  ) {
    const line = lines[i];
    if (String(line[order.status]) === '已取消') continue;
    const row = [...templates[i % templates.length]];
    row[refund.site] = line[order.site];
    row[refund.orderId] = line[order.orderId];
    row[refund.sku] = line[order.sku];
    row[refund.currency] = line[order.currency];
    row[refund.amount] = Math.min(Number(line[order.itemPrice]) || 0, 5);
    row[refund.kind] = '部分';
    row[refund.approvedBy] = null;
    row[refund.bookedMonth] = null;
    refundRows.push(row);
  }
  if (others >= 0) tabs[refundsTab] = refundRows;
  const feesTab = tabOf('shippingFees');
  const fee = columnsOf('shippingFees', tabs[feesTab], feesTab);
  if (others >= 0) {
    // A fee per shipped parcel: up to `rows`, as far as the orders go (about 0.8 a line).
    tabs[feesTab] = grown(tabs[feesTab], wanted(feesTab) ? others : 0, (row, copy) => {
      if (copy >= orderCopies) return null;
      row[fee.trackingNumber] = copyOf(row[fee.trackingNumber], copy);
      row[fee.orderId] = copyOf(row[fee.orderId], copy);
      return row;
    });
  }
  const purchasesTab = tabOf('purchases');
  const purchase = columnsOf('purchases', tabs[purchasesTab], purchasesTab);
  const purchaseRows = wanted(purchasesTab) ? Math.ceil(others * 0.9) : 0;
  if (others >= 0)
    tabs[purchasesTab] = grown(tabs[purchasesTab], purchaseRows, (row, copy) => {
      if (copy >= orderCopies) return null;
      row[purchase.poId] = copyOf(row[purchase.poId], copy);
      const sku = copyOf(row[purchase.sku], skuCopy.get(copy) ?? 0);
      if (skus.has(String(sku))) row[purchase.sku] = sku;
      const named = String(row[purchase.orderIds] ?? '');
      row[purchase.orderIds] = named
        .split(/[,;，、\s]+/)
        .filter(Boolean)
        .map((id) => copyOf(id, copy))
        .join(', ');
      return row;
    });

  // The ERP's next export: every other line already imported, one in ten of those changed.
  const orders = tabs[ordersTab];
  const statusColumn = order.status;
  const importFile: Cell[][] = [orders[0]];
  for (let i = 1; i <= rows; i += 1) {
    const row = [...orders[1 + ((i - 1) % (orders.length - 1))]];
    if (i % 2 === 1) row[order.orderId] = `${String(row[order.orderId])}-N`;
    else if (i % 20 === 0) row[statusColumn] = '已妥投';
    importFile.push(row);
  }

  for (const tab of Object.keys(tabs)) if (!wanted(tab)) delete tabs[tab];
  return {
    rows,
    tabs,
    importFile,
    month: previousMonth(monthOf(DEMO_TODAY)),
    now: new Date(`${DEMO_TODAY}T10:00:00+08:00`),
    uploader: TEAM.liQiang,
    purchaser: TEAM.wangFang,
  };
}
