import type { NewProductRow } from '../contract/rows';
import type { Layout, RowMeta } from '../reader';

/** One row of the new-product sheet as the reader yields it. */
export type NewProductEntry = NewProductRow & RowMeta;

/**
 * The new-product sheet as the checks see it: its layout (for findings that name the cell),
 * its rows, and the variation families they form (a parent row and the rows naming it).
 */
export interface NewProductSheet {
  layout: Layout;
  rows: NewProductEntry[];
  /** The first row of each SKU. */
  bySku: Map<string, NewProductEntry>;
  /** Child rows by the parent SKU they name, whether or not that parent is a row. */
  childrenOf: Map<string, NewProductEntry[]>;
}

/** Indexes the rows of the new-product sheet by SKU and by parent. */
export function newProductSheet(layout: Layout, rows: NewProductEntry[]): NewProductSheet {
  const bySku = new Map<string, NewProductEntry>();
  const childrenOf = new Map<string, NewProductEntry[]>();
  for (const row of rows) {
    if (row.sku && !bySku.has(row.sku)) bySku.set(row.sku, row);
    if (row.parentSku) {
      const siblings = childrenOf.get(row.parentSku) ?? [];
      siblings.push(row);
      childrenOf.set(row.parentSku, siblings);
    }
  }
  return { layout, rows, bySku, childrenOf };
}

/**
 * True for the parent row of a variation family: other rows name it as their parent. A parent
 * is not bought, priced or shown with its own images; its children are.
 */
export function isParentRow(sheet: NewProductSheet, row: NewProductEntry): boolean {
  return row.sku !== null && (sheet.childrenOf.get(row.sku)?.length ?? 0) > 0;
}
