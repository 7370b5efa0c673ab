import { monthOf } from '../dates';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { multiplyCents } from '../money';
import type { Cents } from '../money';
import type { FinanceSheets } from './books';
import { financeLedger } from './ledger';
import type { FinanceLedger } from './ledger';
import { marginOf, monthFigures } from './month-end';
import type { ReportOptions } from './month-end';
import type { ReconciliationItem } from './reconciliation';

/** One column of the quarterly statement: a month, or the quarter's total. */
export interface QuarterColumn {
  /** `YYYY-MM`, or `YYYY-Qn` for the total. */
  period: string;
  /** Order lines ordered in the period, not cancelled (as in the month-end report). */
  sales: Cents;
  /** Refunds of those orders recorded up to the quarter's end, at their order month's rate. */
  refundsOnOrders: Cents;
  /** Refunds recorded in the period for orders placed before the quarter or not on record. */
  earlierRefunds: Cents;
  /** sales − refundsOnOrders − earlierRefunds. */
  netSales: Cents;
  amazonFees: Cents;
  purchases: Cents;
  shippingFees: Cents;
  expenses: Cents;
  /** netSales − amazonFees − purchases − shippingFees − expenses. */
  profit: Cents;
  margin: number | null;
}

/** The quarterly statement for shareholders (R7.7). */
export interface QuarterStatement {
  quarter: string;
  currency: string;
  months: string[];
  columns: QuarterColumn[];
  total: QuarterColumn;
  /** What "refunds applied to their orders" means here, for the reader of the statement. */
  note: Localized;
  /** Each month's mismatches (R7.4, R7.5), as in its month-end report. */
  reconciliation: Array<{ month: string; items: ReconciliationItem[] }>;
}

const QUARTER = /^(\d{4})-Q([1-4])$/i;

/** The three months of `YYYY-Qn`, or null when the text is not a quarter. */
export function quarterMonths(quarter: string): string[] | null {
  const match = QUARTER.exec(quarter.trim());
  if (!match) return null;
  const first = (Number(match[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => `${match[1]}-${String(first + i).padStart(2, '0')}`);
}

/** The note printed with every statement. */
export const REFUNDS_APPLIED_NOTE: Localized = t(
  '退款已冲减到对应订单（R7.2）：每月“订单退款”是该月下单的订单在季度结束前记录的全部' +
    '退款，按订单所在月份的汇率折算，使每个订单按实收金额计入；本季度记录、但订单在本季度之前' +
    '（或订单表中找不到）的退款，列为“以前订单的退款”，计入记录退款的月份。月报则把退款计入' +
    '记录退款的月份并按该月汇率折算，所以单月数字可能与月报不同；季度合计与三份月报之和的差别' +
    '，来自跨季度的退款和折算所用月份的不同。',
  "Refunds are applied to their orders (R7.2): each month's refunds on orders are all " +
    "refunds, recorded up to the quarter's end, of the orders placed in that month, " +
    "converted at the rate of the order's month, so that every order counts at what was " +
    'kept of it. Refunds recorded in the quarter for orders placed before it (or not on ' +
    'the Orders sheet) are shown as refunds on earlier orders, in the month they were ' +
    'recorded. The month-end reports count refunds in the month they are recorded, at ' +
    "that month's rate, so a month here may differ from its month-end report; the " +
    "quarter's total differs from the sum of its month-end reports by refunds that cross " +
    'a quarter and by the month whose rate converts a refund.',
);

/**
 * Computes the quarterly statement: the three months side by side and their total, with
 * refunds applied to their orders' amounts. Throws an UnusableInputError naming every cell
 * and missing rate to fix when a line it counts cannot be read.
 */
export function quarterStatement(
  sheets: FinanceSheets,
  quarter: string,
  options: ReportOptions = {},
): QuarterStatement {
  const months = quarterMonths(quarter);
  if (!months) throw new RangeError(`not a quarter: ${quarter}`);
  const ledger = financeLedger(sheets);
  const monthReports = months.map((month) =>
    monthFigures(ledger, month, { ...options, refundsByDate: false }),
  );
  const applied = applyRefunds(ledger, months);
  ledger.inputs.throwIfAny();

  const columns = monthReports.map((report, i) => {
    const refundsOnOrders = applied.onOrders[i];
    const earlierRefunds = applied.earlier[i];
    return column(report.month, {
      sales: report.sales.total,
      refundsOnOrders,
      earlierRefunds,
      amazonFees: report.amazonFees.total,
      purchases: report.purchases,
      shippingFees: report.shippingFees,
      expenses: report.expenses,
    });
  });
  const add = (key: keyof Parts): Cents => columns.reduce((total, c) => total + c[key], 0);
  const total = column(quarter.toUpperCase(), {
    sales: add('sales'),
    refundsOnOrders: add('refundsOnOrders'),
    earlierRefunds: add('earlierRefunds'),
    amazonFees: add('amazonFees'),
    purchases: add('purchases'),
    shippingFees: add('shippingFees'),
    expenses: add('expenses'),
  });
  return {
    quarter: quarter.toUpperCase(),
    currency: sheets.settings.baseCurrency,
    months,
    columns,
    total,
    note: REFUNDS_APPLIED_NOTE,
    reconciliation: monthReports.map((report) => ({
      month: report.month,
      items: report.reconciliation,
    })),
  };
}

type Parts = Pick<
  QuarterColumn,
  | 'sales'
  | 'refundsOnOrders'
  | 'earlierRefunds'
  | 'amazonFees'
  | 'purchases'
  | 'shippingFees'
  | 'expenses'
>;

function column(period: string, parts: Parts): QuarterColumn {
  const netSales = parts.sales - parts.refundsOnOrders - parts.earlierRefunds;
  const profit =
    netSales - parts.amazonFees - parts.purchases - parts.shippingFees - parts.expenses;
  return { period, ...parts, netSales, profit, margin: marginOf(profit, netSales) };
}

/**
 * Puts every refund recorded up to the quarter's end against its order: on the month the
 * order was placed when that month is in the quarter, else on the month it was recorded.
 */
function applyRefunds(
  ledger: FinanceLedger,
  months: string[],
): { onOrders: Cents[]; earlier: Cents[] } {
  const onOrders = months.map(() => 0);
  const earlier = months.map(() => 0);
  const read = ledger.sheets.reads.refunds;
  if (!read) return { onOrders, earlier };
  const { inputs } = ledger;
  const last = months[months.length - 1];

  for (const refund of read.rows) {
    const date = inputs.need(read, refund, 'date', refund.date);
    if (date === null || monthOf(date) > last) continue;
    const order = refund.orderId ? ledger.orders.get(refund.orderId) : undefined;
    const orderedAt = order?.lines.find((line) => line.orderedAt)?.orderedAt ?? null;
    const orderMonth = orderedAt ? monthOf(orderedAt) : null;
    const onOrder = orderMonth === null ? -1 : months.indexOf(orderMonth);
    const recorded = months.indexOf(monthOf(date));
    if (onOrder < 0 && recorded < 0) continue;

    const amount = inputs.need(read, refund, 'amount', refund.amount);
    const currency = inputs.need(read, refund, 'currency', refund.currency);
    if (amount === null || !currency) continue;
    const rateMonth = onOrder >= 0 ? (orderMonth as string) : monthOf(date);
    const rate = inputs.rate(currency, rateMonth, read, refund);
    if (rate === null) continue;
    const base = multiplyCents(amount, rate);
    if (onOrder >= 0) onOrders[onOrder] += base;
    else earlier[recorded] += base;
  }
  return { onOrders, earlier };
}
