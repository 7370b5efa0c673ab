import { SITES } from '../contract/sheets';
import type { Site } from '../contract/sheets';
import { daysInMonth, monthOf } from '../dates';
import { multiplyCents, toDecimal } from '../money';
import type { Cents } from '../money';
import { referralFeeFor } from '../settings';
import { linePaid, orderOfFee, purchaseOrderIds, splitCents } from './books';
import type { FinanceSheets } from './books';
import { financeLedger } from './ledger';
import type { FinanceLedger } from './ledger';
import { reconcile } from './reconciliation';
import type { FreightEstimate, ReconciliationItem } from './reconciliation';

/**
 * The month-end report (R7.1), every figure in base-currency cents. Each line is converted
 * at the FX rate of its own month and currency, rounded half-up to the cent, then summed.
 *
 * - sales: order lines ordered in the month (wall clock of the spreadsheet's zone), not
 *   cancelled: itemPrice × quantity + shippingCharged − vat.
 * - refunds: refund rows dated in the month; netSales = sales − refunds.
 * - amazonFees: the lines' own fees, else referralFee (per product type when Settings has
 *   one) × (itemPrice × quantity + shippingCharged), rounded in the order currency.
 * - purchases: rows dated in the month, approved or paid: quantity × unitCost + freight.
 * - shippingFees, expenses: rows dated in the month.
 * - profit = netSales − amazonFees − purchases − shippingFees − expenses; margin = profit ÷
 *   netSales.
 *
 * Per SKU: sales, refunds and fees of its lines (a refund naming no SKU is shared among its
 * order's lines by what each was paid); cost is its purchases' quantity × unit cost, freight
 * its purchases' inbound freight plus the carriers' fees of its orders (a parcel's fee shared
 * among the order's lines by quantity). Per site: a purchase follows the orders it was bought
 * for, by those lines' quantities of its SKU. What cannot be tied to a SKU or a site is a row
 * of its own; expenses belong to none, so the rows' profits minus expenses make the profit.
 */

/** One site's share of the month, in base-currency cents. */
export interface SiteFigures {
  /** Null: what cannot be tied to a site (a fee line without its order, an unmatched purchase). */
  site: Site | null;
  sales: Cents;
  refunds: Cents;
  netSales: Cents;
  amazonFees: Cents;
  purchases: Cents;
  shippingFees: Cents;
  /** netSales − amazonFees − purchases − shippingFees; expenses belong to no site. */
  profit: Cents;
}

/** One SKU's share of the month, in base-currency cents. */
export interface SkuFigures {
  /** Null: what cannot be tied to a SKU (a fee line or a refund whose order is unknown). */
  sku: string | null;
  sales: Cents;
  refunds: Cents;
  /** Amazon fees of its order lines. */
  fees: Cents;
  /** Its purchases: quantity × unit cost. */
  cost: Cents;
  /** Inbound freight of its purchases plus the carriers' fees of its orders. */
  freight: Cents;
  /** sales − refunds − fees − cost − freight; expenses belong to no SKU. */
  profit: Cents;
}

/** The month-end report (R7.1): every figure in base-currency cents. */
export interface MonthEndReport {
  month: string;
  currency: string;
  sales: { total: Cents; bySite: Record<Site, Cents> };
  refunds: { total: Cents; bySite: Record<Site, Cents> };
  netSales: Cents;
  amazonFees: {
    total: Cents;
    /** The part of the total estimated as referralFee × (item price × quantity + shipping). */
    estimated: Cents;
    /** Order lines whose fee was estimated, of all lines counted. */
    estimatedLines: number;
    lines: number;
  };
  /** Approved and paid purchases: quantity × unit cost + inbound freight. */
  purchases: Cents;
  purchaseCost: Cents;
  inboundFreight: Cents;
  shippingFees: Cents;
  expenses: Cents;
  profit: Cents;
  /** profit ÷ netSales to four decimals; null when net sales are not positive. */
  margin: number | null;
  bySku: SkuFigures[];
  bySite: SiteFigures[];
  /** Sales per day of the month, for the daily chart. */
  daily: Array<{ day: string; sales: Cents }>;
  reconciliation: ReconciliationItem[];
  /** Lines counted from each sheet. */
  counts: {
    orderLines: number;
    refunds: number;
    purchases: number;
    shippingFees: number;
    expenses: number;
  };
}

/** Options of a report. */
export interface ReportOptions {
  /** The rate card's estimate of a fee line; by default the Shipping channels sheet's. */
  freightEstimate?: FreightEstimate;
  /**
   * False leaves out the refunds dated in the month (their figures stay zero): the quarterly
   * statement puts refunds on their orders instead, and needs no rate for their own month.
   */
  refundsByDate?: boolean;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** True for `YYYY-MM`. */
export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/**
 * Computes the month-end report. Each line is converted at the FX rate of its own month and
 * currency and rounded half-up to the cent, then the cents are summed. Throws an
 * UnusableInputError naming every cell to fix (and every missing rate's month and currency)
 * when a line the report counts cannot be read.
 */
export function monthEndReport(
  sheets: FinanceSheets,
  month: string,
  options: ReportOptions = {},
): MonthEndReport {
  const ledger = financeLedger(sheets);
  const report = monthFigures(ledger, month, options);
  ledger.inputs.throwIfAny();
  return report;
}

type Sums = Omit<SiteFigures, 'site' | 'netSales' | 'profit'>;
type SkuSums = Omit<SkuFigures, 'sku' | 'profit'>;

const zeroSite = (): Sums => ({
  sales: 0,
  refunds: 0,
  amazonFees: 0,
  purchases: 0,
  shippingFees: 0,
});
const zeroSku = (): SkuSums => ({ sales: 0, refunds: 0, fees: 0, cost: 0, freight: 0 });
const bySiteZero = (): Record<Site, Cents> =>
  Object.fromEntries(SITES.map((site) => [site, 0])) as Record<Site, Cents>;

/** Running totals of a month as lines are counted. */
class MonthTotals {
  readonly sales = bySiteZero();
  readonly refunds = bySiteZero();
  readonly sites = new Map<Site | null, Sums>();
  readonly skus = new Map<string | null, SkuSums>();
  readonly daily = new Map<string, Cents>();
  fees = 0;
  estimatedFees = 0;
  estimatedLines = 0;
  feeLines = 0;
  purchaseCost = 0;
  inboundFreight = 0;
  shippingFees = 0;
  expenses = 0;
  readonly counts = { orderLines: 0, refunds: 0, purchases: 0, shippingFees: 0, expenses: 0 };

  site(site: Site | null): Sums {
    let sums = this.sites.get(site);
    if (!sums) this.sites.set(site, (sums = zeroSite()));
    return sums;
  }

  sku(sku: string | null): SkuSums {
    let sums = this.skus.get(sku);
    if (!sums) this.skus.set(sku, (sums = zeroSku()));
    return sums;
  }
}

/** The month's figures; problems are left in the ledger's inputs for the caller to raise. */
export function monthFigures(
  ledger: FinanceLedger,
  month: string,
  options: ReportOptions = {},
): MonthEndReport {
  const totals = new MonthTotals();
  countSales(ledger, month, totals);
  if (options.refundsByDate !== false) countRefunds(ledger, month, totals);
  countPurchases(ledger, month, totals);
  countShippingFees(ledger, month, totals);
  countExpenses(ledger, month, totals);
  return summarize(ledger, month, totals, options);
}

/** Order lines ordered in the month and not cancelled: sales and Amazon fees. */
function countSales(ledger: FinanceLedger, month: string, totals: MonthTotals): void {
  const read = ledger.sheets.reads.orders;
  if (!read) return;
  const { inputs, sheets } = ledger;
  for (const line of read.rows) {
    // A cancelled line counts in no month, so its date does not matter.
    if (line.status === 'Cancelled') continue;
    const orderedAt = inputs.need(read, line, 'orderedAt', line.orderedAt);
    if (orderedAt === null || monthOf(orderedAt) !== month) continue;
    const status = inputs.need(read, line, 'status', line.status);
    const site = inputs.need(read, line, 'site', line.site) as Site | null;
    const sku = inputs.need(read, line, 'sku', line.sku);
    const quantity = inputs.need(read, line, 'quantity', line.quantity);
    const itemPrice = inputs.need(read, line, 'itemPrice', line.itemPrice);
    const currency = inputs.need(read, line, 'currency', line.currency);
    const shipping = inputs.optional(read, line, 'shippingCharged', line.shippingCharged) ?? 0;
    const vat = inputs.optional(read, line, 'vat', line.vat) ?? 0;
    const givenFee = inputs.optional(read, line, 'amazonFees', line.amazonFees);
    if (!status || !site || !sku || quantity === null || itemPrice === null || !currency) continue;
    const rate = inputs.rate(currency, month, read, line);
    if (rate === null) continue;

    const gross = itemPrice * quantity + shipping;
    const sales = multiplyCents(gross - vat, rate);
    // Amazon charges its fee in the order currency: the estimate is rounded there, then converted.
    const share = toDecimal(referralFeeFor(sheets.settings, ledger.productTypes.get(sku) ?? null));
    const estimated = givenFee === null;
    const feeInOrderCurrency = estimated
      ? multiplyCents(gross, share ?? { units: 0n, scale: 0 })
      : givenFee;
    const fee = multiplyCents(feeInOrderCurrency, rate);

    totals.counts.orderLines += 1;
    totals.sales[site] += sales;
    totals.site(site).sales += sales;
    totals.sku(sku).sales += sales;
    const day = orderedAt.slice(0, 10);
    totals.daily.set(day, (totals.daily.get(day) ?? 0) + sales);
    totals.fees += fee;
    totals.feeLines += 1;
    if (estimated) {
      totals.estimatedFees += fee;
      totals.estimatedLines += 1;
    }
    totals.site(site).amazonFees += fee;
    totals.sku(sku).fees += fee;
  }
}

/**
 * Refund rows dated in the month. A refund that names no SKU is shared among its order's
 * lines in proportion to what each line was paid.
 */
function countRefunds(ledger: FinanceLedger, month: string, totals: MonthTotals): void {
  const read = ledger.sheets.reads.refunds;
  if (!read) return;
  const { inputs } = ledger;
  for (const refund of read.rows) {
    const date = inputs.need(read, refund, 'date', refund.date);
    if (date === null || monthOf(date) !== month) continue;
    const amount = inputs.need(read, refund, 'amount', refund.amount);
    const currency = inputs.need(read, refund, 'currency', refund.currency);
    const site = inputs.need(read, refund, 'site', refund.site) as Site | null;
    if (amount === null || !currency || !site) continue;
    const rate = inputs.rate(currency, month, read, refund);
    if (rate === null) continue;

    const base = multiplyCents(amount, rate);
    totals.counts.refunds += 1;
    totals.refunds[site] += base;
    totals.site(site).refunds += base;
    const order = refund.orderId ? ledger.orders.get(refund.orderId) : undefined;
    if (refund.sku || !order) {
      totals.sku(refund.sku).refunds += base;
      continue;
    }
    const parts = splitCents(
      base,
      order.lines.map((line) => linePaid(line) ?? 0),
    );
    order.lines.forEach((line, i) => {
      totals.sku(line.sku).refunds += parts[i];
    });
  }
}

const BOOKED_PURCHASE = new Set(['Approved', 'Paid']);

/**
 * Purchases dated in the month, approved or paid (R7.6). Per SKU they are its cost and
 * inbound freight; per site they follow the orders they were bought for (the order ids noted
 * to the supplier), in proportion to those order lines' quantities of the SKU.
 */
function countPurchases(ledger: FinanceLedger, month: string, totals: MonthTotals): void {
  const read = ledger.sheets.reads.purchases;
  if (!read) return;
  const { inputs } = ledger;
  for (const purchase of read.rows) {
    if (purchase.status === 'Draft') continue;
    const date = inputs.need(read, purchase, 'date', purchase.date);
    if (date === null || monthOf(date) !== month) continue;
    const status = inputs.need(read, purchase, 'status', purchase.status);
    if (!status || !BOOKED_PURCHASE.has(status)) continue;
    const sku = inputs.need(read, purchase, 'sku', purchase.sku);
    const quantity = inputs.need(read, purchase, 'quantity', purchase.quantity);
    const unitCost = inputs.need(read, purchase, 'unitCostCny', purchase.unitCostCny);
    const freightCny =
      inputs.optional(read, purchase, 'inboundFreightCny', purchase.inboundFreightCny) ?? 0;
    if (!sku || quantity === null || unitCost === null) continue;
    const rate = inputs.rate('CNY', month, read, purchase);
    if (rate === null) continue;

    const cost = multiplyCents(quantity * unitCost, rate);
    const freight = multiplyCents(freightCny, rate);
    totals.counts.purchases += 1;
    totals.purchaseCost += cost;
    totals.inboundFreight += freight;
    totals.sku(sku).cost += cost;
    totals.sku(sku).freight += freight;

    const lines = purchaseOrderIds(purchase).flatMap(
      (id) => ledger.orders.get(id)?.lines.filter((line) => line.sku === sku) ?? [],
    );
    if (lines.length === 0) {
      totals.site(null).purchases += cost + freight;
      continue;
    }
    const parts = splitCents(
      cost + freight,
      lines.map((line) => line.quantity ?? 0),
    );
    lines.forEach((line, i) => {
      totals.site(line.site as Site | null).purchases += parts[i];
    });
  }
}

/**
 * Carriers' fee lines dated in the month. A line goes to its order (by order id, else by
 * tracking number): to the order's site, and to its SKUs in proportion to their quantities.
 */
function countShippingFees(ledger: FinanceLedger, month: string, totals: MonthTotals): void {
  const read = ledger.sheets.reads.shippingFees;
  if (!read) return;
  const { inputs } = ledger;
  for (const feeLine of read.rows) {
    const date = inputs.need(read, feeLine, 'date', feeLine.date);
    if (date === null || monthOf(date) !== month) continue;
    const feeCny = inputs.need(read, feeLine, 'feeCny', feeLine.feeCny);
    if (feeCny === null) continue;
    const rate = inputs.rate('CNY', month, read, feeLine);
    if (rate === null) continue;

    const fee = multiplyCents(feeCny, rate);
    totals.counts.shippingFees += 1;
    totals.shippingFees += fee;
    const order = orderOfFee(feeLine, ledger.orders, ledger.byTracking);
    if (!order) {
      totals.site(null).shippingFees += fee;
      totals.sku(null).freight += fee;
      continue;
    }
    totals.site(order.site as Site | null).shippingFees += fee;
    const parts = splitCents(
      fee,
      order.lines.map((line) => line.quantity ?? 0),
    );
    order.lines.forEach((line, i) => {
      totals.sku(line.sku).freight += parts[i];
    });
  }
}

/** Expenses dated in the month. */
function countExpenses(ledger: FinanceLedger, month: string, totals: MonthTotals): void {
  const read = ledger.sheets.reads.expenses;
  if (!read) return;
  const { inputs } = ledger;
  for (const expense of read.rows) {
    const date = inputs.need(read, expense, 'date', expense.date);
    if (date === null || monthOf(date) !== month) continue;
    const amount = inputs.need(read, expense, 'amountCny', expense.amountCny);
    if (amount === null) continue;
    const rate = inputs.rate('CNY', month, read, expense);
    if (rate === null) continue;
    totals.counts.expenses += 1;
    totals.expenses += multiplyCents(amount, rate);
  }
}

/**
 * profit ÷ net sales, half-up to four decimals. Null when net sales are nil or negative: a
 * share of a loss-making turnover would read as a healthy margin.
 */
export function marginOf(profit: Cents, netSales: Cents): number | null {
  if (netSales <= 0) return null;
  const scaled = BigInt(profit) * 10000n;
  const divisor = BigInt(netSales);
  const negative = scaled < 0n !== divisor < 0n;
  const n = scaled < 0n ? -scaled : scaled;
  const d = divisor < 0n ? -divisor : divisor;
  const rounded = (n * 2n + d) / (d * 2n);
  return Number(negative ? -rounded : rounded) / 10000;
}

function sum(values: Record<Site, Cents>): Cents {
  return SITES.reduce((total, site) => total + values[site], 0);
}

function summarize(
  ledger: FinanceLedger,
  month: string,
  totals: MonthTotals,
  options: ReportOptions,
): MonthEndReport {
  const sales = sum(totals.sales);
  const refunds = sum(totals.refunds);
  const netSales = sales - refunds;
  const purchases = totals.purchaseCost + totals.inboundFreight;
  const profit = netSales - totals.fees - purchases - totals.shippingFees - totals.expenses;

  const siteRow = (site: Site | null): SiteFigures => {
    const sums = totals.sites.get(site) ?? zeroSite();
    const siteNet = sums.sales - sums.refunds;
    return {
      site,
      ...sums,
      netSales: siteNet,
      profit: siteNet - sums.amazonFees - sums.purchases - sums.shippingFees,
    };
  };
  const bySite: SiteFigures[] = SITES.map(siteRow);
  if (totals.sites.has(null)) bySite.push(siteRow(null));

  const skus = [...totals.skus.keys()].filter((sku): sku is string => sku !== null).sort();
  const skuRow = (sku: string | null): SkuFigures => {
    const sums = totals.skus.get(sku) ?? zeroSku();
    return {
      sku,
      ...sums,
      profit: sums.sales - sums.refunds - sums.fees - sums.cost - sums.freight,
    };
  };
  const bySku = skus.map(skuRow);
  if (totals.skus.has(null)) bySku.push(skuRow(null));

  const daily = Array.from({ length: daysInMonth(month) }, (_, i) => {
    const day = `${month}-${String(i + 1).padStart(2, '0')}`;
    return { day, sales: totals.daily.get(day) ?? 0 };
  });

  return {
    month,
    currency: ledger.sheets.settings.baseCurrency,
    sales: { total: sales, bySite: totals.sales },
    refunds: { total: refunds, bySite: totals.refunds },
    netSales,
    amazonFees: {
      total: totals.fees,
      estimated: totals.estimatedFees,
      estimatedLines: totals.estimatedLines,
      lines: totals.feeLines,
    },
    purchases,
    purchaseCost: totals.purchaseCost,
    inboundFreight: totals.inboundFreight,
    shippingFees: totals.shippingFees,
    expenses: totals.expenses,
    profit,
    margin: marginOf(profit, netSales),
    bySku,
    bySite,
    daily,
    reconciliation: reconcile(ledger, month, options.freightEstimate ?? ledger.freightEstimate),
    counts: totals.counts,
  };
}
