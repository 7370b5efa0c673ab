import type { OrderRow } from '../contract/rows';
import { SHEETS } from '../contract/sheets';
import type { Site } from '../contract/sheets';
import type { Finding, Severity } from '../findings';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { formatCents } from '../money';
import type { Cents } from '../money';
import { marginShare } from '../pricing/listing-price';
import { cellFinding } from '../reader';
import type { Layout, RowMeta } from '../reader';
import { auditOrderLines } from './audit';
import type { LineAudit, OrderLine, PurchasingContext } from './audit';

/** A row of the Orders sheet as the reader gives it. */
export type OrderSheetRow = OrderRow & RowMeta;

/** The statuses the purchase audit looks at: orders that wait for purchasing. */
export const AUDITED_STATUSES = ['ToPurchase', 'PendingReview'] as const;
export type AuditedStatus = (typeof AUDITED_STATUSES)[number];

/** Why a line does not go on to purchasing. */
export type FlagReason =
  | 'loss'
  | 'belowMargin'
  | 'noSupplier'
  | 'noWeight'
  | 'noChannel'
  | 'missingFx'
  | 'incomplete'
  | 'notReviewed'
  | 'orderHeld';

/** One flagged line and why: the finding names sheet, row, column, order and SKU. */
export interface AuditFlag {
  rowNumber: number;
  orderId: string;
  sku: string;
  site: string;
  reason: FlagReason;
  finding: Finding;
}

/** One audited line of the Orders sheet. */
export interface AuditedLine {
  rowNumber: number;
  orderId: string;
  sku: string;
  site: string;
  status: AuditedStatus;
  /** The computation; null when the row lacks what the audit needs (flag incomplete). */
  audit: LineAudit | null;
  flags: FlagReason[];
  /** Goes on to purchasing: no flag of its own and none on the other lines of its order. */
  passes: boolean;
}

export interface OrderAudit {
  lines: AuditedLine[];
  flags: AuditFlag[];
}

/** The rule, column and severity of each flag. */
const FLAG_RULES: Record<FlagReason, { rule: string; column: string; severity: Severity }> = {
  loss: { rule: 'R5.1b', column: 'itemPrice', severity: 'error' },
  belowMargin: { rule: 'R5.1h', column: 'itemPrice', severity: 'error' },
  noSupplier: { rule: 'R5.2e', column: 'sku', severity: 'error' },
  noWeight: { rule: 'R5.1h', column: 'sku', severity: 'error' },
  noChannel: { rule: 'R5.4a', column: 'site', severity: 'error' },
  missingFx: { rule: 'R5.1h', column: 'currency', severity: 'error' },
  incomplete: { rule: 'R5.1h', column: 'orderId', severity: 'error' },
  notReviewed: { rule: 'R5.1b', column: 'status', severity: 'warning' },
  orderHeld: { rule: 'R5.1h', column: 'orderId', severity: 'warning' },
};

/** Money in base currency for messages: ¥12.30 or -¥12.30 for yuan, "12.30 EUR" otherwise. */
export function baseMoney(cents: Cents, currency: string): string {
  if (cents < 0) return `-${baseMoney(-cents, currency)}`;
  return currency === 'CNY' ? `¥${formatCents(cents)}` : `${formatCents(cents)} ${currency}`;
}

/** A share as a percentage, two decimals at most: 0.0833 → "8.33%". */
export function percentText(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

const ORDER_COLUMNS = SHEETS.orders.columns;

function label(id: string): Localized {
  const column = ORDER_COLUMNS.find((candidate) => candidate.id === id);
  return column ? { zh: column.label.zh, en: column.label.en } : t(id, id);
}

/** The line as the audit reads it, or the columns it lacks. */
function orderLineOf(row: OrderSheetRow): { line: OrderLine } | { missing: string[] } {
  const missing: string[] = [];
  const need = <T>(id: string, value: T | null): T => {
    if (value === null) missing.push(id);
    return value as T;
  };
  const orderId = need('orderId', row.orderId?.trim() || null);
  const site = need('site', row.site as Site | null);
  const orderedAt = need('orderedAt', row.orderedAt);
  const sku = need('sku', row.sku?.trim() || null);
  const quantity = need(
    'quantity',
    row.quantity !== null && row.quantity > 0 ? row.quantity : null,
  );
  const itemPrice = need(
    'itemPrice',
    row.itemPrice !== null && row.itemPrice >= 0 ? row.itemPrice : null,
  );
  const currency = need('currency', row.currency);
  if (missing.length > 0) return { missing };
  return {
    line: {
      rowNumber: row.rowNumber,
      orderId,
      site,
      orderedOn: orderedAt.slice(0, 10),
      sku,
      quantity,
      itemPrice,
      shippingCharged: row.shippingCharged ?? 0,
      currency,
      amazonFees: row.amazonFees,
      vat: row.vat,
    },
  };
}

/** What the flag says, after the order and SKU it is about. */
function flagProblem(
  reason: FlagReason,
  audit: LineAudit | null,
  context: PurchasingContext,
  missing: readonly string[],
): Localized {
  const base = context.settings.baseCurrency;
  const minimum = percentText(context.settings.minOrderMargin);
  const margin = audit?.margin ? percentText(marginShare(audit.margin)) : null;
  const profit = audit?.money.profit ?? null;
  switch (reason) {
    case 'loss': {
      const money = baseMoney(profit ?? 0, base);
      const share = margin === null ? t('', '') : t(`，利润率 ${margin}`, `, margin ${margin}`);
      return t(
        `亏损订单：利润 ${money}${share.zh}；请立即告知站点负责人`,
        `loss-making: profit ${money}${share.en}; tell the site's owner at once`,
      );
    }
    case 'belowMargin': {
      const money = baseMoney(profit ?? 0, base);
      return t(
        `毛利率 ${margin ?? '—'} 低于 ${minimum}（利润 ${money}）：` +
          '请站点负责人联系买家补差价、换商品或取消',
        `gross margin ${margin ?? '—'} is under ${minimum} (profit ${money}): ` +
          'the site owner asks the buyer to pay more, change the item or cancel',
      );
    }
    case 'notReviewed':
      return t(
        '待审核：尚未审核，审核通过（待采购）后才采购',
        'pending review: not reviewed yet; it is bought once approved into To purchase',
      );
    case 'orderHeld':
      return t(
        '同一订单的其他行有问题：订单整单采购，暂缓',
        'held: another line of this order is flagged, and an order goes to purchasing whole',
      );
    case 'incomplete': {
      const labels = missing.map(label);
      return t(
        `无法核算：${labels.map((one) => `「${one.zh}」`).join('')}为空或无法读取`,
        `cannot be audited: ${labels.map((one) => `"${one.en}"`).join(', ')} empty or unreadable`,
      );
    }
    default: {
      const problem = audit?.problems.find((one) => one.reason === reason)?.problem;
      return problem ?? t(reason, reason);
    }
  }
}

function flagOf(
  row: OrderSheetRow,
  reason: FlagReason,
  layout: Layout,
  problem: Localized,
  missing: readonly string[],
): AuditFlag {
  const { rule, severity } = FLAG_RULES[reason];
  const column = reason === 'incomplete' ? missing[0] : FLAG_RULES[reason].column;
  const orderId = row.orderId?.trim() ?? '';
  const sku = row.sku?.trim() ?? '';
  const about = t(`订单 ${orderId}，SKU ${sku}：`, `order ${orderId}, SKU ${sku}: `);
  return {
    rowNumber: row.rowNumber,
    orderId,
    sku,
    site: row.site ?? '',
    reason,
    finding: cellFinding(
      layout,
      row.rowNumber,
      column,
      rule,
      severity,
      t(`${about.zh}${problem.zh}`, `${about.en}${problem.en}`),
    ),
  };
}

/**
 * The purchase audit of the Orders sheet: every line waiting for purchasing (To purchase, and
 * Pending review lines flagged as not reviewed yet, R5.1b) is priced by auditOrderLines and
 * flagged when it makes a loss (R5.1b), stays under minOrderMargin (R5.1h), has no supplier,
 * no weight, no channel or no FX rate, or lacks a cell the audit needs. An order goes to
 * purchasing whole: a flag on one line holds the others of its order.
 */
export function auditOrders(
  rows: readonly OrderSheetRow[],
  layout: Layout,
  context: PurchasingContext,
): OrderAudit {
  const waiting = rows.filter((row) =>
    (AUDITED_STATUSES as readonly string[]).includes(row.status ?? ''),
  );
  const read = waiting.map((row) => ({ row, read: orderLineOf(row) }));
  const lines = read.flatMap((entry) => ('line' in entry.read ? [entry.read.line] : []));
  const audits = new Map(
    auditOrderLines(lines, context).map((audit) => [audit.line.rowNumber, audit]),
  );

  const flags: AuditFlag[] = [];
  const audited: AuditedLine[] = read.map(({ row, read: entry }) => {
    const missing = 'missing' in entry ? entry.missing : [];
    const audit = audits.get(row.rowNumber) ?? null;
    const reasons: FlagReason[] = [];
    if (row.status === 'PendingReview') reasons.push('notReviewed');
    if (audit === null) reasons.push('incomplete');
    else {
      reasons.push(...audit.problems.map((problem) => problem.reason));
      if (audit.verdict === 'loss' || audit.verdict === 'belowMargin') reasons.push(audit.verdict);
    }
    for (const reason of reasons) {
      flags.push(
        flagOf(row, reason, layout, flagProblem(reason, audit, context, missing), missing),
      );
    }
    return {
      rowNumber: row.rowNumber,
      orderId: row.orderId?.trim() ?? '',
      sku: row.sku?.trim() ?? '',
      site: row.site ?? '',
      status: row.status as AuditedStatus,
      audit,
      flags: reasons,
      passes: false,
    };
  });

  const flaggedOrders = new Set(
    audited.filter((line) => line.flags.length > 0).map((line) => line.orderId),
  );
  audited.forEach((line, i) => {
    if (line.flags.length > 0) return;
    if (!flaggedOrders.has(line.orderId)) {
      line.passes = true;
      return;
    }
    const row = waiting[i];
    line.flags.push('orderHeld');
    flags.push(flagOf(row, 'orderHeld', layout, flagProblem('orderHeld', null, context, []), []));
  });
  flags.sort((a, b) => a.rowNumber - b.rowNumber);
  return { lines: audited, flags };
}
