import type { SkuSupplierRow } from '../contract/rows';
import type { Cents } from '../money';
import type { RowMeta } from '../reader';

/** A row of the SKU-supplier master as the reader gives it. */
export type SupplierRow = SkuSupplierRow & RowMeta;

/** The supplier a SKU is bought from, and at what price per unit. */
export interface SupplierChoice {
  /** The master row the price comes from. */
  rowNumber: number;
  supplierName: string;
  supplierUrl: string;
  /** Base-currency cents per unit: the agent price when the supplier gives one. */
  unitCost: Cents;
  /** agent: 代理价 (R5.1g); list: the supplier's ordinary unit cost. */
  priceKind: 'agent' | 'list';
  preferred: boolean;
  row: SupplierRow;
}

/**
 * What a master row offers: its agent price when it has one (R5.1g: we negotiate agent prices
 * and pay them), else its unit cost. A price of zero or less is taken as not filled in, since a
 * free purchase would make any order look profitable; a row without a price offers nothing.
 */
export function offerOf(row: SupplierRow): SupplierChoice | null {
  const agent = row.agentPriceCny !== null && row.agentPriceCny > 0 ? row.agentPriceCny : null;
  const list = row.unitCostCny !== null && row.unitCostCny > 0 ? row.unitCostCny : null;
  const unitCost = agent ?? list;
  if (unitCost === null) return null;
  return {
    rowNumber: row.rowNumber,
    supplierName: (row.supplierName ?? '').trim(),
    supplierUrl: (row.supplierUrl ?? '').trim(),
    unitCost,
    priceKind: agent !== null ? 'agent' : 'list',
    preferred: row.preferred === true,
    row,
  };
}

/** Cheaper first; on a tie the preferred supplier, then the upper row of the master. */
function betterFirst(a: SupplierChoice, b: SupplierChoice): number {
  return (
    a.unitCost - b.unitCost ||
    Number(b.preferred) - Number(a.preferred) ||
    a.rowNumber - b.rowNumber
  );
}

/**
 * The supplier to buy a SKU from (R5.2e: the master's first link is not always the best, buy
 * from the best-priced supplier): among the master rows of the SKU, the lowest price per unit,
 * each row priced at its agent price when it has one (R5.1g). Null when no row prices the SKU.
 */
export function cheapestSupplier(rows: readonly SupplierRow[]): SupplierChoice | null {
  const offers = rows.map(offerOf).filter((offer): offer is SupplierChoice => offer !== null);
  return offers.sort(betterFirst)[0] ?? null;
}
