import type {
  ExpenseRow,
  FxRow,
  NewProductRow,
  OrderRow,
  PurchaseRow,
  RefundRow,
  ShippingChannelRow,
  ShippingFeeRow,
  SkuSupplierRow,
} from '../contract/rows';
import type { Cents } from '../money';
import type { RowMeta, SheetRead } from '../reader';
import type { Settings } from '../settings';

/**
 * The sheets finance reads, as the reader yields them. A workflow's `Loaded` has this shape,
 * so validators and reports take it as is.
 */
export interface FinanceSheets {
  settings: Settings;
  reads: {
    fx?: SheetRead<FxRow>;
    orders?: SheetRead<OrderRow>;
    refunds?: SheetRead<RefundRow>;
    purchases?: SheetRead<PurchaseRow>;
    shippingFees?: SheetRead<ShippingFeeRow>;
    expenses?: SheetRead<ExpenseRow>;
    newProducts?: SheetRead<NewProductRow>;
    skuSuppliers?: SheetRead<SkuSupplierRow>;
    shippingChannels?: SheetRead<ShippingChannelRow>;
  };
}

/** One line of the Orders sheet, with its row number. */
export type OrderLine = OrderRow & RowMeta;

/** One order of the Orders sheet: its lines (one per SKU) and what the buyer paid. */
export interface Order {
  orderId: string;
  lines: OrderLine[];
  /** The site and currency of its first line; refunds must match them. */
  site: string | null;
  currency: string | null;
  /** itemPrice × quantity + shippingCharged over its lines; null when a line cannot be read. */
  paid: Cents | null;
}

/** What the buyer paid for one line, in the order currency: itemPrice × quantity + shipping. */
export function linePaid(line: OrderRow): Cents | null {
  if (line.itemPrice === null || line.quantity === null) return null;
  return line.itemPrice * line.quantity + (line.shippingCharged ?? 0);
}

/** Orders by id, from the Orders sheet's lines. */
export function indexOrders(read: SheetRead<OrderRow> | undefined): Map<string, Order> {
  const orders = new Map<string, Order>();
  for (const line of read?.rows ?? []) {
    if (!line.orderId) continue;
    let order = orders.get(line.orderId);
    if (!order) {
      order = {
        orderId: line.orderId,
        lines: [],
        site: line.site,
        currency: line.currency,
        paid: 0,
      };
      orders.set(line.orderId, order);
    }
    order.lines.push(line);
    const paid = linePaid(line);
    order.paid = order.paid === null || paid === null ? null : order.paid + paid;
  }
  return orders;
}

/** Order ids by tracking number, for carriers' fee lines that carry no order id. */
export function indexTracking(orders: Map<string, Order>): Map<string, string> {
  const byTracking = new Map<string, string>();
  for (const order of orders.values()) {
    for (const line of order.lines) {
      const tracking = line.trackingNumber?.trim();
      if (tracking && !byTracking.has(tracking)) byTracking.set(tracking, order.orderId);
    }
  }
  return byTracking;
}

/** The order a carrier's fee line is for: by its order id, else by its tracking number. */
export function orderOfFee(
  fee: ShippingFeeRow,
  orders: Map<string, Order>,
  byTracking: Map<string, string>,
): Order | null {
  const byId = fee.orderId ? orders.get(fee.orderId.trim()) : undefined;
  if (byId) return byId;
  const tracked = fee.trackingNumber ? byTracking.get(fee.trackingNumber.trim()) : undefined;
  return tracked ? (orders.get(tracked) ?? null) : null;
}

/** The order ids a purchase was bought for (the note to the supplier, R5.1i). */
export function purchaseOrderIds(purchase: PurchaseRow): string[] {
  return (purchase.orderIds ?? '')
    .split(/[\s,;，；、]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

/** True when the email is on a Settings list (directors, finance), case ignored. */
export function onList(list: readonly string[], email: string | null | undefined): boolean {
  const wanted = (email ?? '').trim().toLowerCase();
  return wanted !== '' && list.some((entry) => entry.trim().toLowerCase() === wanted);
}

/**
 * Splits cents in proportion to weights so that the parts add up exactly: each part is
 * rounded down and the cents left over go to the largest remainders, first come first.
 */
export function splitCents(total: Cents, weights: readonly number[]): Cents[] {
  if (weights.length === 0) return [];
  const usable = weights.some((weight) => weight > 0) ? weights : weights.map(() => 1);
  const big = usable.map((weight) => BigInt(Math.max(0, Math.round(weight))));
  const sum = big.reduce((a, b) => a + b, 0n);
  const negative = total < 0;
  const whole = BigInt(Math.abs(total));
  const parts = big.map((weight) => (whole * weight) / sum);
  const remainders = big.map((weight, i) => ({ i, rest: (whole * weight) % sum }));
  let left = whole - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts.map((part) => (negative ? -Number(part) : Number(part)));
}
