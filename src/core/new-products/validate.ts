import type { SkuSupplierRow } from '../contract/rows';
import type { Finding } from '../findings';
import type { RowMeta } from '../reader';
import { checkClothingSizes } from './clothing';
import { checkContentLimits } from './content';
import { checkImages } from './images';
import { checkListingMargins } from './margin';
import type { MarginContext } from './margin';
import { checkResearchNotes } from './research-notes';
import type { NewProductSheet } from './sheet';
import { checkSupplierLinks, checkSupplierPlatform } from './supplier-link';
import { checkTitles } from './title';
import { checkVariations } from './variations';

/** What the checks of the new-product sheet read besides the sheet itself. */
export interface NewProductContext extends MarginContext {
  /** The rows of the SKU-supplier master. */
  suppliers: ReadonlyArray<SkuSupplierRow & RowMeta>;
}

/**
 * Every business rule of the new-product sheet (上新表): research notes (R3.2), supplier links
 * (R3.5) and platform (R3.3), the listing margin (R4.2d), titles (R4.3b and Amazon's title
 * rules), clothing sizes (R4.3d), images (R4.4), Amazon's content limits and variation
 * families. The sheet contract's own checks (required, unique, types) are the reader's.
 */
export function validateNewProductRows(
  sheet: NewProductSheet,
  context: NewProductContext,
): Finding[] {
  return [
    ...checkResearchNotes(sheet),
    ...checkSupplierLinks(sheet),
    ...checkSupplierPlatform(sheet, context.suppliers),
    ...checkListingMargins(sheet, context),
    ...checkTitles(sheet),
    ...checkClothingSizes(sheet),
    ...checkImages(sheet),
    ...checkContentLimits(sheet),
    ...checkVariations(sheet),
  ];
}
