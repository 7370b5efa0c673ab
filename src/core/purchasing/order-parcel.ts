import type { NewProductRow } from '../contract/rows';
import { gramsOf, isDangerous, sizeOfRow } from '../pricing/parcel';
import type { Grams, MeasuredRow, Parcel, ParcelSize } from '../pricing/parcel';
import type { RowMeta } from '../reader';
import type { SupplierRow } from './supplier';

/** A row of the New products sheet as the reader gives it. */
export type ProductRow = NewProductRow & RowMeta;

/** One unit of a SKU as it is packed: what the master or the new-product row says of it. */
export interface UnitParcel {
  grams: Grams;
  sizeCm: ParcelSize | null;
  dangerous: boolean;
  /** Where the weight was read: the supplier's master row or the new-product row. */
  source: 'master' | 'newProduct';
  rowNumber: number;
}

/**
 * One unit of a SKU: weight and size from the chosen supplier's master row when it gives a
 * weight, else from the new-product row, else from another master row of the SKU (the
 * product weighs the same whoever sells it). It is dangerous goods (battery, powder, liquid,
 * R4.2c) when any of these rows says so: a battery noted anywhere must not ride on a line that
 * refuses batteries. Null when no row gives a weight.
 */
export function unitParcelOf(
  supplier: SupplierRow | null,
  product: ProductRow | null,
  otherSuppliers: readonly SupplierRow[] = [],
): UnitParcel | null {
  const others = otherSuppliers.filter((row) => row !== supplier);
  const dangerous = [supplier, product, ...others].some((row) => row !== null && isDangerous(row));
  const weighed = (row: MeasuredRow & RowMeta, source: UnitParcel['source']): UnitParcel => ({
    grams: gramsOf(row.weightKg!),
    sizeCm: sizeOfRow(row),
    dangerous,
    source,
    rowNumber: row.rowNumber,
  });
  const hasWeight = (row: MeasuredRow | null): boolean => row !== null && (row.weightKg ?? 0) > 0;
  if (supplier && hasWeight(supplier)) return weighed(supplier, 'master');
  if (product && hasWeight(product)) return weighed(product, 'newProduct');
  const other = others.find(hasWeight);
  return other ? weighed(other, 'master') : null;
}

/**
 * The parcel of a whole order: every unit of every line goes into one parcel, its weight the
 * sum of the units' weights, dangerous when any unit is. The outer size is known only for a
 * parcel of one single unit; several items are packed anew into a box nobody has measured
 * yet, so for them only the actual weight counts (no volumetric weight).
 */
export function orderParcelOf(
  items: ReadonlyArray<{ unit: UnitParcel; quantity: number }>,
): Parcel {
  const grams = items.reduce((sum, item) => sum + item.unit.grams * item.quantity, 0);
  const single = items.length === 1 && items[0].quantity === 1;
  return {
    grams,
    sizeCm: single ? items[0].unit.sizeCm : null,
    dangerous: items.some((item) => item.unit.dangerous),
  };
}
