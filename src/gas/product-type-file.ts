import { setProductTypeSource } from '../core/amazon/product-types';
import type { ProductTypeData } from '../core/amazon/product-types';

/** The project file holding the compiled product type schemas as JSON (build.mjs writes it). */
export const PRODUCT_TYPE_FILE = 'product-types';

/** Reads the compiled schemas from their HTML file, which Apps Script loads only on demand. */
export function readProductTypeFile(): ProductTypeData {
  const text = HtmlService.createHtmlOutputFromFile(PRODUCT_TYPE_FILE).getContent();
  return JSON.parse(text) as ProductTypeData;
}

// Only the loader is registered here: loading Code.js must call no service (AuthMode.NONE).
setProductTypeSource(readProductTypeFile);
