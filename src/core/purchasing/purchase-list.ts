import type { PurchaseRow } from '../contract/rows';
import type { LocalDate } from '../dates';
import { purchaseOrderIds } from '../finance/books';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import type { Cents } from '../money';
import type { RowMeta } from '../reader';
import type { SupplierChoice } from './supplier';

/** An order line that passed the audit, to be bought from its supplier. */
export interface PurchaseCandidate {
  orderId: string;
  sku: string;
  quantity: number;
  supplier: SupplierChoice;
}

/** One SKU to buy from a supplier, for all the orders that need it. */
export interface PurchaseLine {
  sku: string;
  /** The product's link at this supplier (R3.5: one specific product). */
  supplierUrl: string;
  quantity: number;
  unitCost: Cents;
  priceKind: SupplierChoice['priceKind'];
  orderIds: string[];
  total: Cents;
}

/** Everything bought from one supplier at once (R5.2g), under one purchase order. */
export interface SupplierPurchase {
  /** The supplier's name, or its link when the master gives no name. */
  supplierName: string;
  poId: string;
  lines: PurchaseLine[];
  total: Cents;
  /** The note to the supplier (R5.1i): each SKU with its quantity and order numbers. */
  note: Localized;
}

/** An order line a row of the Purchases sheet already buys: it is not bought twice. */
export interface AlreadyPurchased {
  orderId: string;
  sku: string;
  poId: string;
  status: string;
}

export interface PurchaseList {
  date: LocalDate;
  suppliers: SupplierPurchase[];
  total: Cents;
  alreadyInPurchases: AlreadyPurchased[];
}

type PurchaseSheetRow = PurchaseRow & RowMeta;

const PO_ID = /^PO-(\d{8})-(\d+)$/;

/** The purchase-order ids of a day: PO-20261201-1, PO-20261201-2, … after those taken. */
function poIdsFrom(existing: readonly PurchaseSheetRow[], date: LocalDate): () => string {
  const day = date.replace(/-/g, '');
  let last = 0;
  for (const row of existing) {
    const match = PO_ID.exec(row.poId?.trim() ?? '');
    if (match && match[1] === day) last = Math.max(last, Number(match[2]));
  }
  return () => {
    last += 1;
    return `PO-${day}-${last}`;
  };
}

/** Which Purchases row already buys an order line: same SKU, the order among its order ids. */
function purchasedIndex(existing: readonly PurchaseSheetRow[]): Map<string, PurchaseSheetRow> {
  const index = new Map<string, PurchaseSheetRow>();
  for (const row of existing) {
    const sku = row.sku?.trim();
    if (!sku) continue;
    for (const orderId of purchaseOrderIds(row)) {
      const key = `${sku}\n${orderId}`;
      if (!index.has(key)) index.set(key, row);
    }
  }
  return index;
}

/** The note to the supplier (R5.1i): the purchase order, then each SKU with its orders. */
function noteOf(poId: string, lines: readonly PurchaseLine[]): Localized {
  const zh = lines.map((line) => `${line.sku} ×${line.quantity}：订单 ${line.orderIds.join('、')}`);
  const en = lines.map((line) => {
    const orders = line.orderIds.length === 1 ? 'order' : 'orders';
    return `${line.sku} ×${line.quantity}: ${orders} ${line.orderIds.join(', ')}`;
  });
  return t(`采购单 ${poId}：${zh.join('；')}`, `Purchase order ${poId}: ${en.join('; ')}`);
}

/**
 * The purchase list of the lines that passed the audit, grouped by supplier so that what one
 * supplier sells is bought together and shipped to us in one go (R5.2g). Each supplier gets
 * one purchase order `PO-<YYYYMMDD>-<n>` numbered after those of the day already in the
 * Purchases sheet, one line per SKU with the order numbers it is for, and the note to the
 * supplier (R5.1i). An order line that a Purchases row already buys (its SKU, and its order
 * among the row's order ids, in any status) is listed as already purchased and not again,
 * so running the audit twice drafts nothing twice. Suppliers and lines keep the order in
 * which the Orders sheet first names them.
 */
export function purchaseListOf(
  candidates: readonly PurchaseCandidate[],
  existing: readonly PurchaseSheetRow[],
  date: LocalDate,
): PurchaseList {
  const purchased = purchasedIndex(existing);
  const alreadyInPurchases: AlreadyPurchased[] = [];
  const groups = new Map<string, { name: string; lines: Map<string, PurchaseLine> }>();

  for (const candidate of candidates) {
    const { supplier } = candidate;
    const already = purchased.get(`${candidate.sku}\n${candidate.orderId}`);
    if (already) {
      alreadyInPurchases.push({
        orderId: candidate.orderId,
        sku: candidate.sku,
        poId: already.poId ?? '',
        status: already.status ?? '',
      });
      continue;
    }
    const name = supplier.supplierName || supplier.supplierUrl;
    const key = name.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { name, lines: new Map() };
      groups.set(key, group);
    }
    const lineKey = `${candidate.sku}\n${supplier.supplierUrl}\n${supplier.unitCost}`;
    const line = group.lines.get(lineKey);
    if (line) {
      line.quantity += candidate.quantity;
      line.total += candidate.quantity * supplier.unitCost;
      if (!line.orderIds.includes(candidate.orderId)) line.orderIds.push(candidate.orderId);
      continue;
    }
    group.lines.set(lineKey, {
      sku: candidate.sku,
      supplierUrl: supplier.supplierUrl,
      quantity: candidate.quantity,
      unitCost: supplier.unitCost,
      priceKind: supplier.priceKind,
      orderIds: [candidate.orderId],
      total: candidate.quantity * supplier.unitCost,
    });
  }

  const nextPoId = poIdsFrom(existing, date);
  const suppliers = [...groups.values()].map((group): SupplierPurchase => {
    const poId = nextPoId();
    const lines = [...group.lines.values()];
    return {
      supplierName: group.name,
      poId,
      lines,
      total: lines.reduce((sum, line) => sum + line.total, 0),
      note: noteOf(poId, lines),
    };
  });
  return {
    date,
    suppliers,
    total: suppliers.reduce((sum, supplier) => sum + supplier.total, 0),
    alreadyInPurchases,
  };
}

/**
 * The Draft rows of the Purchases sheet for a purchase list, by column id: one per SKU and
 * supplier, the order ids in the order-ids column (with the SKU, the note of R5.1i).
 */
export function purchaseDrafts(list: PurchaseList): Array<Record<string, unknown>> {
  return list.suppliers.flatMap((supplier) =>
    supplier.lines.map((line) => ({
      poId: supplier.poId,
      date: list.date,
      supplierName: supplier.supplierName,
      sku: line.sku,
      quantity: line.quantity,
      unitCostCny: line.unitCost,
      orderIds: line.orderIds.join(', '),
      status: 'Draft',
    })),
  );
}
