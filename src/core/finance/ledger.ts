import type { FinanceSheets, Order } from './books';
import { indexOrders, indexTracking } from './books';
import { fxTable } from './fx-rates';
import { ReportInputs } from './inputs';
import { rateCardEstimate } from './rate-card-estimate';
import type { FreightEstimate } from './reconciliation';

/** What every month of a report shares: the rates, the orders and the problems found. */
export interface FinanceLedger {
  sheets: FinanceSheets;
  inputs: ReportInputs;
  orders: Map<string, Order>;
  byTracking: Map<string, string>;
  productTypes: Map<string, string>;
  /** The rate card's freight of a fee line; absent without a Shipping channels sheet. */
  freightEstimate?: FreightEstimate;
}

/** Indexes the sheets once for one or more months. */
export function financeLedger(sheets: FinanceSheets): FinanceLedger {
  const { reads } = sheets;
  const fx = fxTable(reads.fx, sheets.settings.baseCurrency);
  const inputs = new ReportInputs(fx, [
    reads.fx,
    reads.orders,
    reads.refunds,
    reads.purchases,
    reads.shippingFees,
    reads.expenses,
  ]);
  const orders = indexOrders(reads.orders);
  const productTypes = new Map<string, string>();
  for (const product of reads.newProducts?.rows ?? []) {
    if (product.sku && product.productType) productTypes.set(product.sku, product.productType);
  }
  return {
    sheets,
    inputs,
    orders,
    byTracking: indexTracking(orders),
    productTypes,
    freightEstimate: rateCardEstimate(sheets),
  };
}
