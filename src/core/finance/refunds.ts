import type { RefundRow } from '../contract/rows';
import { monthOf } from '../dates';
import type { Finding } from '../findings';
import { t } from '../i18n';
import { cellFinding } from '../reader';
import type { RowMeta, SheetRead } from '../reader';
import { indexOrders, onList } from './books';
import type { FinanceSheets, Order } from './books';
import { fxTable, moneyText, toBase } from './fx-rates';

type RefundLine = RefundRow & RowMeta;

/** Refund lines in the order they happened: by date, then by row. */
function chronological(rows: readonly RefundLine[]): RefundLine[] {
  return [...rows].sort(
    (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.rowNumber - b.rowNumber,
  );
}

/**
 * Checks the refund log against the orders and the approval rule:
 * - the order exists, and the refund's site, currency and SKU are the order's (R6.2e);
 * - the refunds of one order never add up to more than was paid for it, itemPrice ×
 *   quantity + shipping charged over its lines, in the order currency (R6.2e);
 * - a refund worth more than refundApprovalOver in base currency, converted at the rate of
 *   its own month, carries a director's approval (R6.2f).
 * The reason's list is the reader's to check.
 */
export function validateRefundLog(sheets: FinanceSheets): Finding[] {
  const read = sheets.reads.refunds;
  if (!read) return [];
  const { settings } = sheets;
  const orders = indexOrders(sheets.reads.orders);
  const fx = fxTable(sheets.reads.fx, settings.baseCurrency);
  const findings: Finding[] = [];
  const refunded = new Map<string, number>();

  for (const refund of chronological(read.rows)) {
    const order = refund.orderId ? orders.get(refund.orderId) : undefined;
    if (refund.orderId && !order) {
      findings.push(
        problem(
          read,
          refund,
          'orderId',
          'R6.2e',
          t(
            `订单 ${refund.orderId} 不在订单表中：只能为已有订单退款`,
            `order ${refund.orderId} is not on the Orders sheet: refunds are for existing orders`,
          ),
        ),
      );
    }
    if (order) findings.push(...matchOrder(read, refund, order, refunded));
    const approval = checkApproval(read, refund, sheets, fx);
    if (approval) findings.push(approval);
  }
  return findings;
}

function problem(
  read: SheetRead<RefundRow>,
  refund: RefundLine,
  column: string,
  rule: string,
  message: { zh: string; en: string },
  severity: 'error' | 'warning' = 'error',
): Finding {
  return cellFinding(read.layout, refund.rowNumber, column, rule, severity, message);
}

/** Site, currency and SKU as on the order, and no more refunded than was paid. */
function matchOrder(
  read: SheetRead<RefundRow>,
  refund: RefundLine,
  order: Order,
  refunded: Map<string, number>,
): Finding[] {
  const findings: Finding[] = [];
  if (refund.site && order.site && refund.site !== order.site) {
    findings.push(
      problem(
        read,
        refund,
        'site',
        'R6.2e',
        t(
          `站点 ${refund.site} 与订单 ${order.orderId} 的站点 ${order.site} 不一致`,
          `site ${refund.site} differs from the site ${order.site} of order ${order.orderId}`,
        ),
      ),
    );
  }
  const sameCurrency = !refund.currency || !order.currency || refund.currency === order.currency;
  if (!sameCurrency) {
    findings.push(
      problem(
        read,
        refund,
        'currency',
        'R6.2e',
        t(
          `币种 ${refund.currency} 与订单 ${order.orderId} 的币种 ${order.currency} 不一致：请按订单币种填写退款`,
          `currency ${refund.currency} differs from the currency ${order.currency} of order ` +
            `${order.orderId}: refund in the order's currency`,
        ),
      ),
    );
  }
  if (refund.sku && !order.lines.some((line) => line.sku === refund.sku)) {
    findings.push(
      problem(
        read,
        refund,
        'sku',
        'R6.2e',
        t(
          `订单 ${order.orderId} 中没有 SKU ${refund.sku}`,
          `order ${order.orderId} has no line with SKU ${refund.sku}`,
        ),
      ),
    );
  }

  // Only refunds in the order's currency add up against what was paid; another currency is
  // already a finding of its own.
  if (refund.amount === null || !sameCurrency || order.paid === null) return findings;
  const total = (refunded.get(order.orderId) ?? 0) + refund.amount;
  refunded.set(order.orderId, total);
  if (total > order.paid) {
    const currency = order.currency ?? '';
    findings.push(
      problem(
        read,
        refund,
        'amount',
        'R6.2e',
        t(
          `订单 ${order.orderId} 的退款累计 ${moneyText(total, currency)}，超过实付 ` +
            `${moneyText(order.paid, currency)}（单价×数量+运费）`,
          `refunds of order ${order.orderId} add up to ${moneyText(total, currency)}, more than ` +
            `the ${moneyText(order.paid, currency)} paid for it (item price × quantity + shipping)`,
        ),
      ),
    );
  }
  return findings;
}

/** A refund over the threshold, in base currency at its month's rate, needs a director. */
function checkApproval(
  read: SheetRead<RefundRow>,
  refund: RefundLine,
  sheets: FinanceSheets,
  fx: ReturnType<typeof fxTable>,
): Finding | null {
  const { settings } = sheets;
  if (refund.amount === null || !refund.currency || !refund.date) return null;
  const month = monthOf(refund.date);
  const base = toBase(fx, refund.amount, refund.currency, month);
  const threshold = moneyText(settings.refundApprovalOver, settings.baseCurrency);
  if (base === null) {
    return problem(
      read,
      refund,
      'amount',
      'R6.2f',
      t(
        `汇率表缺少 ${month} ${refund.currency} 的汇率，无法判断是否超过 ${threshold} 需总监批准`,
        `no ${refund.currency} rate for ${month} on the FX sheet: cannot tell whether it is ` +
          `over ${threshold} and needs a director`,
      ),
      'warning',
    );
  }
  if (base <= settings.refundApprovalOver || onList(settings.directors, refund.approvedBy)) {
    return null;
  }
  const worth = moneyText(base, settings.baseCurrency);
  const who = refund.approvedBy
    ? t(
        `“${refund.approvedBy}”不是总监（设置 directors）`,
        `"${refund.approvedBy}" is not a director (Settings: directors)`,
      )
    : t('没有批准人', 'no one approved it');
  return problem(
    read,
    refund,
    'approvedBy',
    'R6.2f',
    t(
      `退款折合 ${worth}，超过 ${threshold}，须先经总监批准：${who.zh}`,
      `the refund is worth ${worth}, over ${threshold}: a director must approve it first, and ` +
        `${who.en}`,
    ),
  );
}
