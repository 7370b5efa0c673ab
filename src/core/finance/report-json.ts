import { SITES } from '../contract/sheets';
import type { Site } from '../contract/sheets';
import { fromCents } from '../money';
import type { Cents } from '../money';
import type { MonthEndReport } from './month-end';
import type { QuarterColumn, QuarterStatement } from './quarter';

function bySite(values: Record<Site, Cents>): Record<Site, number> {
  return Object.fromEntries(SITES.map((site) => [site, fromCents(values[site])])) as Record<
    Site,
    number
  >;
}

/**
 * The month-end report as `month-end-YYYY-MM.json` holds it: money as numbers with two
 * decimals, margin as a share with four.
 */
export function monthEndJson(report: MonthEndReport): object {
  return {
    month: report.month,
    currency: report.currency,
    sales: { total: fromCents(report.sales.total), bySite: bySite(report.sales.bySite) },
    refunds: { total: fromCents(report.refunds.total), bySite: bySite(report.refunds.bySite) },
    netSales: fromCents(report.netSales),
    amazonFees: {
      total: fromCents(report.amazonFees.total),
      estimated: fromCents(report.amazonFees.estimated),
    },
    purchases: fromCents(report.purchases),
    shippingFees: fromCents(report.shippingFees),
    expenses: fromCents(report.expenses),
    profit: fromCents(report.profit),
    margin: report.margin,
    bySku: report.bySku.map((row) => ({
      sku: row.sku,
      sales: fromCents(row.sales),
      refunds: fromCents(row.refunds),
      fees: fromCents(row.fees),
      cost: fromCents(row.cost),
      freight: fromCents(row.freight),
      profit: fromCents(row.profit),
    })),
    bySite: report.bySite.map((row) => ({
      site: row.site,
      sales: fromCents(row.sales),
      refunds: fromCents(row.refunds),
      netSales: fromCents(row.netSales),
      amazonFees: fromCents(row.amazonFees),
      purchases: fromCents(row.purchases),
      shippingFees: fromCents(row.shippingFees),
      profit: fromCents(row.profit),
    })),
    reconciliation: report.reconciliation.map((item) => ({
      kind: item.kind,
      reference: item.reference,
      message: { zh: item.message.zh, en: item.message.en },
    })),
  };
}

function quarterColumnJson(column: QuarterColumn): object {
  return {
    period: column.period,
    sales: fromCents(column.sales),
    refundsOnOrders: fromCents(column.refundsOnOrders),
    earlierRefunds: fromCents(column.earlierRefunds),
    netSales: fromCents(column.netSales),
    amazonFees: fromCents(column.amazonFees),
    purchases: fromCents(column.purchases),
    shippingFees: fromCents(column.shippingFees),
    expenses: fromCents(column.expenses),
    profit: fromCents(column.profit),
    margin: column.margin,
  };
}

/** The quarterly statement as `quarter-YYYY-Qn.json` holds it. */
export function quarterJson(statement: QuarterStatement): object {
  return {
    quarter: statement.quarter,
    currency: statement.currency,
    months: statement.columns.map(quarterColumnJson),
    total: quarterColumnJson(statement.total),
    note: { zh: statement.note.zh, en: statement.note.en },
    reconciliation: statement.reconciliation.flatMap(({ month, items }) =>
      items.map((item) => ({
        month,
        kind: item.kind,
        reference: item.reference,
        message: { zh: item.message.zh, en: item.message.en },
      })),
    ),
  };
}
