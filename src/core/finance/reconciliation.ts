import type { ShippingFeeRow } from '../contract/rows';
import { monthOf } from '../dates';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import type { Cents } from '../money';
import { place } from '../reader';
import type { RowMeta } from '../reader';
import { onList, orderOfFee, purchaseOrderIds } from './books';
import type { Order } from './books';
import { moneyText } from './fx-rates';
import type { FinanceLedger } from './ledger';

/** The kinds of mismatch finance checks line by line at month end (R7.4, R7.5). */
export type ReconciliationKind =
  | 'shippedWithoutFee'
  | 'feeWithoutOrder'
  | 'feeOffEstimate'
  | 'refundOverPaid'
  | 'expenseNotApproved'
  | 'purchaseWithoutOrder';

/** One mismatch to check with the site owner or the shipping staff. */
export interface ReconciliationItem {
  kind: ReconciliationKind;
  /** The order id, tracking number, PO id or expense row it is about. */
  reference: string;
  message: Localized;
}

/** The rate card's freight for a fee line's order, in CNY cents; null when it cannot tell. */
export type FreightEstimate = (order: Order, feeLine: ShippingFeeRow & RowMeta) => Cents | null;

const KIND_ORDER: ReconciliationKind[] = [
  'shippedWithoutFee',
  'feeWithoutOrder',
  'feeOffEstimate',
  'refundOverPaid',
  'expenseNotApproved',
  'purchaseWithoutOrder',
];

/** A fee further than this share from the rate card's estimate is checked (R7.4). */
const FEE_TOLERANCE_PERCENT = 20;

/**
 * Lists the month's mismatches between orders, carriers' fees, refunds, expenses and
 * purchases. It works on whatever can be read: the cells that cannot are findings elsewhere.
 * Without a freight estimate the rate-card comparison is left out.
 */
export function reconcile(
  ledger: FinanceLedger,
  month: string,
  freightEstimate?: FreightEstimate,
): ReconciliationItem[] {
  const items = [
    ...shippedWithoutFee(ledger, month),
    ...feeLines(ledger, month, freightEstimate),
    ...refundsOverPaid(ledger, month),
    ...expensesNotApproved(ledger, month),
    ...purchasesWithoutOrder(ledger, month),
  ];
  return items.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.reference.localeCompare(b.reference),
  );
}

function at(sheetName: string, row: number): Localized {
  return place(sheetName, row);
}

/** When an order left: the first shipped time of its lines in the month, if any. */
function shippedIn(order: Order, month: string): string | null {
  for (const line of order.lines) {
    if (line.status === 'Cancelled') continue;
    if (line.shippedAt && monthOf(line.shippedAt) === month) return line.shippedAt.slice(0, 10);
    // A line marked shipped without a time is taken as shipped in the month it was ordered.
    const shipped = line.status === 'Shipped' || line.status === 'Delivered';
    if (!line.shippedAt && shipped && line.orderedAt && monthOf(line.orderedAt) === month) {
      return line.orderedAt.slice(0, 10);
    }
  }
  return null;
}

function shippedWithoutFee(ledger: FinanceLedger, month: string): ReconciliationItem[] {
  const read = ledger.sheets.reads.orders;
  if (!read) return [];
  const billed = new Set<string>();
  for (const feeLine of ledger.sheets.reads.shippingFees?.rows ?? []) {
    const order = orderOfFee(feeLine, ledger.orders, ledger.byTracking);
    if (order) billed.add(order.orderId);
  }
  const items: ReconciliationItem[] = [];
  for (const order of ledger.orders.values()) {
    const day = shippedIn(order, month);
    if (day === null || billed.has(order.orderId)) continue;
    const where = at(read.layout.sheetName, order.lines[0].rowNumber);
    const tracking = order.lines.find((line) => line.trackingNumber)?.trackingNumber;
    const trackingText = tracking
      ? t(`，跟踪号 ${tracking}`, `, tracking number ${tracking}`)
      : t('，没有跟踪号', ', no tracking number');
    items.push({
      kind: 'shippedWithoutFee',
      reference: order.orderId,
      message: t(
        `${where.zh}：订单 ${order.orderId} 已于 ${day} 发货${trackingText.zh}，运费账单中没有它的运费`,
        `${where.en}: order ${order.orderId} shipped on ${day}${trackingText.en}, and no ` +
          `carrier's fee line is for it`,
      ),
    });
  }
  return items;
}

function feeLines(
  ledger: FinanceLedger,
  month: string,
  freightEstimate?: FreightEstimate,
): ReconciliationItem[] {
  const read = ledger.sheets.reads.shippingFees;
  if (!read) return [];
  const items: ReconciliationItem[] = [];
  for (const feeLine of read.rows) {
    if (!feeLine.date || monthOf(feeLine.date) !== month) continue;
    const where = at(read.layout.sheetName, feeLine.rowNumber);
    const order = orderOfFee(feeLine, ledger.orders, ledger.byTracking);
    if (!order) {
      const named = [
        feeLine.trackingNumber ? `${feeLine.trackingNumber}` : '',
        feeLine.orderId ? `${feeLine.orderId}` : '',
      ].filter(Boolean);
      items.push({
        kind: 'feeWithoutOrder',
        reference: feeLine.trackingNumber ?? feeLine.orderId ?? `#${feeLine.rowNumber}`,
        message: t(
          `${where.zh}：${named.join(' / ') || '这行运费'} 在订单表中找不到对应订单（按订单号和跟踪号）`,
          `${where.en}: ${named.join(' / ') || 'this fee line'} matches no order on the Orders ` +
            `sheet (by order id or tracking number)`,
        ),
      });
      continue;
    }
    if (!freightEstimate || feeLine.feeCny === null) continue;
    const estimate = freightEstimate(order, feeLine);
    if (estimate === null || estimate <= 0) continue;
    const off = Math.abs(feeLine.feeCny - estimate);
    if (off * 100 <= estimate * FEE_TOLERANCE_PERCENT) continue;
    const percent = Math.round((off * 10000) / estimate) / 100;
    items.push({
      kind: 'feeOffEstimate',
      reference: order.orderId,
      message: t(
        `${where.zh}：订单 ${order.orderId} 的运费 ${moneyText(feeLine.feeCny, 'CNY')} 与运价表估算 ` +
          `${moneyText(estimate, 'CNY')} 相差 ${percent}%（超过 ${FEE_TOLERANCE_PERCENT}%）`,
        `${where.en}: the fee ${moneyText(feeLine.feeCny, 'CNY')} for order ${order.orderId} is ` +
          `${percent}% off the rate card's ${moneyText(estimate, 'CNY')} (more than ` +
          `${FEE_TOLERANCE_PERCENT}%)`,
      ),
    });
  }
  return items;
}

/** Orders refunded in the month whose refunds, up to the month's end, exceed what was paid. */
function refundsOverPaid(ledger: FinanceLedger, month: string): ReconciliationItem[] {
  const read = ledger.sheets.reads.refunds;
  if (!read) return [];
  const items: ReconciliationItem[] = [];
  const refundedInMonth = new Set<string>();
  const refunded = new Map<string, Cents>();
  const firstRow = new Map<string, number>();

  for (const refund of read.rows) {
    if (!refund.date || !refund.orderId || refund.amount === null) continue;
    if (monthOf(refund.date) > month) continue;
    if (monthOf(refund.date) === month) refundedInMonth.add(refund.orderId);
    const order = ledger.orders.get(refund.orderId);
    if (order && refund.currency !== order.currency) continue;
    refunded.set(refund.orderId, (refunded.get(refund.orderId) ?? 0) + refund.amount);
    if (!firstRow.has(refund.orderId)) firstRow.set(refund.orderId, refund.rowNumber);
  }
  for (const orderId of refundedInMonth) {
    const where = at(read.layout.sheetName, firstRow.get(orderId) ?? 0);
    const total = refunded.get(orderId) ?? 0;
    const order = ledger.orders.get(orderId);
    if (!order) {
      items.push({
        kind: 'refundOverPaid',
        reference: orderId,
        message: t(
          `${where.zh}：退款的订单 ${orderId} 不在订单表中，无从核对实付金额`,
          `${where.en}: the refunded order ${orderId} is not on the Orders sheet, so nothing ` +
            `paid is on record`,
        ),
      });
      continue;
    }
    if (order.paid === null || total <= order.paid) continue;
    const currency = order.currency ?? '';
    items.push({
      kind: 'refundOverPaid',
      reference: orderId,
      message: t(
        `${where.zh}：订单 ${orderId} 退款累计 ${moneyText(total, currency)}，超过实付 ` +
          `${moneyText(order.paid, currency)}`,
        `${where.en}: refunds of order ${orderId} add up to ${moneyText(total, currency)}, more ` +
          `than the ${moneyText(order.paid, currency)} paid`,
      ),
    });
  }
  return items;
}

/** Payments other than purchases need a director's signature (R7.5). */
function expensesNotApproved(ledger: FinanceLedger, month: string): ReconciliationItem[] {
  const read = ledger.sheets.reads.expenses;
  if (!read) return [];
  const { directors } = ledger.sheets.settings;
  const items: ReconciliationItem[] = [];
  for (const expense of read.rows) {
    if (!expense.date || monthOf(expense.date) !== month) continue;
    if (onList(directors, expense.approvedBy)) continue;
    const where = at(read.layout.sheetName, expense.rowNumber);
    const what = [expense.category, expense.description].filter(Boolean).join(' · ');
    const amount = expense.amountCny === null ? '' : ` ${moneyText(expense.amountCny, 'CNY')}`;
    const who = expense.approvedBy
      ? t(`批准人“${expense.approvedBy}”不是总监`, `"${expense.approvedBy}" is not a director`)
      : t('没有总监批准', 'no director approved it');
    items.push({
      kind: 'expenseNotApproved',
      reference: `${read.layout.sheetName} #${expense.rowNumber}`,
      message: t(
        `${where.zh}：费用${amount}${what ? `（${what}）` : ''}：${who.zh}`,
        `${where.en}: the expense${amount}${what ? ` (${what})` : ''}: ${who.en}`,
      ),
    });
  }
  return items;
}

/** Approved or paid purchases that were bought for no order on the sheet (R7.5, R5.1i). */
function purchasesWithoutOrder(ledger: FinanceLedger, month: string): ReconciliationItem[] {
  const read = ledger.sheets.reads.purchases;
  if (!read) return [];
  const items: ReconciliationItem[] = [];
  for (const purchase of read.rows) {
    if (!purchase.date || monthOf(purchase.date) !== month) continue;
    if (purchase.status !== 'Approved' && purchase.status !== 'Paid') continue;
    const ids = purchaseOrderIds(purchase);
    const matches = ids.some((id) =>
      ledger.orders.get(id)?.lines.some((line) => line.sku === purchase.sku),
    );
    if (matches) continue;
    const where = at(read.layout.sheetName, purchase.rowNumber);
    const why =
      ids.length === 0
        ? t('没有写订单号', 'no order id is noted on it')
        : t(
            `所写订单 ${ids.join(', ')} 中没有 SKU ${purchase.sku ?? ''} 的订单`,
            `none of the orders ${ids.join(', ')} has a line with SKU ${purchase.sku ?? ''}`,
          );
    items.push({
      kind: 'purchaseWithoutOrder',
      reference: purchase.poId ?? `#${purchase.rowNumber}`,
      message: t(
        `${where.zh}：采购单 ${purchase.poId ?? ''} 对不上任何订单：${why.zh}`,
        `${where.en}: purchase ${purchase.poId ?? ''} matches no order: ${why.en}`,
      ),
    });
  }
  return items;
}
