import { enumLabel } from '../contract/headers';
import { SITE_OPTIONS } from '../contract/sheets';
import { fromCents } from '../money';
import type { Cents } from '../money';
import type { MonthEndReport } from './month-end';
import type { QuarterColumn, QuarterStatement } from './quarter';
import type { ReconciliationKind } from './reconciliation';

/** A value of a report table: text, or a number (money with two decimals). */
export type ReportCell = string | number | null;

/**
 * One table of a report, rendered the same way in the generated sheet and in the .xlsx: a
 * title, a header row and data rows. A table with a chart is that chart's data.
 */
export interface ReportTable {
  /** Short name: the worksheet of the .xlsx (31 characters at most). */
  name: string;
  title: string;
  headers: string[];
  rows: ReportCell[][];
  /** 0-based columns that hold money. */
  money: number[];
  chart?: { title: string; kind: 'column' | 'line' };
}

const KIND_LABELS: Record<ReconciliationKind, string> = {
  shippedWithoutFee: '已发货无运费 Shipped, no fee line',
  feeWithoutOrder: '运费无订单 Fee line, no order',
  feeOffEstimate: '运费偏离运价 Fee off the rate card',
  refundOverPaid: '退款超实付 Refund over paid',
  expenseNotApproved: '费用未经总监批准 Expense not approved',
  purchaseWithoutOrder: '采购无订单 Purchase, no order',
};

const UNATTRIBUTED = '未归属 Not attributable';
const EXPENSES = '费用（不分站点/SKU） Expenses';
const TOTAL = '合计 Total';

const money = (cents: Cents): number => fromCents(cents);

/** A share as text with two decimals of a percent: 0.1234 → "12.34%". */
export function percentText(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(2)}%`;
}

function siteLabel(site: string | null): string {
  return site === null ? UNATTRIBUTED : enumLabel(SITE_OPTIONS, site, 'zh');
}

/** The month-end report's tables: summary, by site, by SKU, charts' data, mismatches. */
export function monthEndTables(report: MonthEndReport): ReportTable[] {
  const c = report.currency;
  const fees = report.amazonFees;
  const summary: ReportTable = {
    name: '汇总 Summary',
    title: `月报 ${report.month} Month-end report (${c})`,
    headers: ['项目 Item', `金额 Amount (${c})`, '说明 Note'],
    money: [1],
    rows: [
      [
        '销售额 Sales',
        money(report.sales.total),
        `${report.counts.orderLines} 行订单，不含已取消；单价×数量+运费−增值税 · order lines, not cancelled: item ` +
          `price × quantity + shipping − VAT`,
      ],
      [
        '退款 Refunds',
        money(report.refunds.total),
        `${report.counts.refunds} 笔 refunds dated in the month`,
      ],
      ['净销售额 Net sales', money(report.netSales), '销售额−退款 · sales − refunds'],
      [
        '亚马逊费用 Amazon fees',
        money(fees.total),
        `其中估算 ${money(fees.estimated).toFixed(2)}（${fees.estimatedLines}/${fees.lines} 行，` +
          `佣金比例×(单价×数量+运费)） · estimated ${money(fees.estimated).toFixed(2)} on ` +
          `${fees.estimatedLines} of ${fees.lines} lines as referral fee × (item price × quantity ` +
          `+ shipping)`,
      ],
      [
        '采购 Purchases',
        money(report.purchases),
        `已批准/已付款 ${report.counts.purchases} 行：货款 ${money(report.purchaseCost).toFixed(2)} + ` +
          `进货运费 ${money(report.inboundFreight).toFixed(2)} · approved or paid: cost + inbound ` +
          `freight`,
      ],
      [
        '物流运费 Shipping fees',
        money(report.shippingFees),
        `${report.counts.shippingFees} 行运费账单 carriers' fee lines`,
      ],
      ['费用 Expenses', money(report.expenses), `${report.counts.expenses} 行 expense lines`],
      [
        '利润 Profit',
        money(report.profit),
        '净销售额−亚马逊费用−采购−运费−费用 · net sales − fees − purchases − shipping − expenses',
      ],
      ['利润率 Margin', percentText(report.margin), '利润÷净销售额 · profit ÷ net sales'],
    ],
  };

  const siteRows: ReportCell[][] = report.bySite.map((row) => [
    siteLabel(row.site),
    money(row.sales),
    money(row.refunds),
    money(row.netSales),
    money(row.amazonFees),
    money(row.purchases),
    money(row.shippingFees),
    money(row.profit),
  ]);
  const bySite: ReportTable = {
    name: '按站点 By site',
    title: `按站点 By site (${c})`,
    headers: [
      '站点 Site',
      '销售额 Sales',
      '退款 Refunds',
      '净销售额 Net sales',
      '亚马逊费用 Amazon fees',
      '采购 Purchases',
      '物流运费 Shipping fees',
      '利润 Profit',
    ],
    money: [1, 2, 3, 4, 5, 6, 7],
    rows: [
      ...siteRows,
      [EXPENSES, null, null, null, null, null, null, money(-report.expenses)],
      [
        TOTAL,
        money(report.sales.total),
        money(report.refunds.total),
        money(report.netSales),
        money(report.amazonFees.total),
        money(report.purchases),
        money(report.shippingFees),
        money(report.profit),
      ],
    ],
  };

  const skuTotals = report.bySku.reduce(
    (sum, row) => ({ cost: sum.cost + row.cost, freight: sum.freight + row.freight }),
    { cost: 0, freight: 0 },
  );
  const bySku: ReportTable = {
    name: '按SKU By SKU',
    title: `按SKU利润 Profit by SKU (${c})`,
    headers: [
      'SKU',
      '销售额 Sales',
      '退款 Refunds',
      '亚马逊费用 Fees',
      '采购成本 Cost',
      '运费 Freight',
      '利润 Profit',
    ],
    money: [1, 2, 3, 4, 5, 6],
    rows: [
      ...report.bySku.map((row) => [
        row.sku ?? UNATTRIBUTED,
        money(row.sales),
        money(row.refunds),
        money(row.fees),
        money(row.cost),
        money(row.freight),
        money(row.profit),
      ]),
      [EXPENSES, null, null, null, null, null, money(-report.expenses)],
      [
        TOTAL,
        money(report.sales.total),
        money(report.refunds.total),
        money(report.amazonFees.total),
        money(skuTotals.cost),
        money(skuTotals.freight),
        money(report.profit),
      ],
    ],
  };

  const chartBySite: ReportTable = {
    name: '图表按站点 Chart by site',
    title: `图表：各站点销售额与利润 Chart: sales and profit by site (${c})`,
    headers: ['站点 Site', '销售额 Sales', '利润 Profit'],
    money: [1, 2],
    rows: report.bySite
      .filter((row) => row.site !== null)
      .map((row) => [siteLabel(row.site), money(row.sales), money(row.profit)]),
    chart: { title: `各站点销售额与利润 Sales and profit by site ${report.month}`, kind: 'column' },
  };

  const daily: ReportTable = {
    name: '每日销售 Daily sales',
    title: `每日销售额 Daily sales (${c})`,
    headers: ['日期 Day', '销售额 Sales'],
    money: [1],
    rows: report.daily.map((day) => [day.day, money(day.sales)]),
    chart: { title: `每日销售额 Daily sales ${report.month}`, kind: 'line' },
  };

  return [summary, bySite, bySku, chartBySite, daily, reconciliationTable(report)];
}

function reconciliationTable(report: MonthEndReport): ReportTable {
  return {
    name: '对账 Reconciliation',
    title: `对账 Reconciliation (R7.4, R7.5): ${report.reconciliation.length}`,
    headers: ['类型 Kind', '参考 Reference', '说明', 'Message'],
    money: [],
    rows: report.reconciliation.map((item) => [
      KIND_LABELS[item.kind],
      item.reference,
      item.message.zh,
      item.message.en,
    ]),
  };
}

const QUARTER_LINES: Array<[keyof QuarterColumn, string]> = [
  ['sales', '销售额 Sales'],
  ['refundsOnOrders', '订单退款 Refunds on these orders'],
  ['earlierRefunds', '以前订单的退款 Refunds on earlier orders'],
  ['netSales', '净销售额 Net sales'],
  ['amazonFees', '亚马逊费用 Amazon fees'],
  ['purchases', '采购 Purchases'],
  ['shippingFees', '物流运费 Shipping fees'],
  ['expenses', '费用 Expenses'],
  ['profit', '利润 Profit'],
];

/** The quarterly statement's tables: the statement, its note, the chart's data, mismatches. */
export function quarterTables(statement: QuarterStatement): ReportTable[] {
  const c = statement.currency;
  const columns = [...statement.columns, statement.total];
  const lines: ReportCell[][] = QUARTER_LINES.map(([key, label]) => [
    label,
    ...columns.map((column) => money(column[key] as Cents)),
  ]);
  lines.push(['利润率 Margin', ...columns.map((column) => percentText(column.margin))]);

  const table: ReportTable = {
    name: '季报 Statement',
    title: `季报 ${statement.quarter} Quarterly statement (${c})`,
    headers: ['项目 Item', ...statement.months, `${statement.quarter} 合计 Total`],
    money: [1, 2, 3, 4],
    rows: lines,
  };
  const note: ReportTable = {
    name: '说明 Note',
    title: '说明 Note',
    headers: ['退款冲减订单 Refunds applied to their orders (R7.2)'],
    money: [],
    rows: [[statement.note.zh], [statement.note.en]],
  };
  const chart: ReportTable = {
    name: '图表按月 Chart by month',
    title: `图表：各月销售额、净销售额与利润 Chart: sales, net sales and profit by month (${c})`,
    headers: ['月份 Month', '销售额 Sales', '净销售额 Net sales', '利润 Profit'],
    money: [1, 2, 3],
    rows: statement.columns.map((column) => [
      column.period,
      money(column.sales),
      money(column.netSales),
      money(column.profit),
    ]),
    chart: {
      title: `各月销售额与利润 Sales and profit by month ${statement.quarter}`,
      kind: 'column',
    },
  };
  const mismatches: ReportTable = {
    name: '对账 Reconciliation',
    title: '对账 Reconciliation (R7.4, R7.5)',
    headers: ['月份 Month', '类型 Kind', '参考 Reference', '说明', 'Message'],
    money: [],
    rows: statement.reconciliation.flatMap(({ month, items }) =>
      items.map((item) => [
        month,
        KIND_LABELS[item.kind],
        item.reference,
        item.message.zh,
        item.message.en,
      ]),
    ),
  };
  return [table, note, chart, mismatches];
}
