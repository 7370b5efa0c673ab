import type {
  FxRow,
  NewProductRow,
  ShippingChannelRow,
  SkuSupplierRow,
} from '../../core/contract/rows';
import { localDate } from '../../core/dates';
import { openPurchasingBook, orderMarginRows } from '../../core/purchasing/sheet-functions';
import type { SettingRow } from '../../core/settings';
import type { SheetArg, SheetResult } from '../../core/sheet-function';
import { activeSheets } from '../active-sheets';
import { sheetLang } from '../locale';

/**
 * The gross margin of each order line, as purchasing reviews orders before buying (R5.1b,
 * R5.1h): revenue net of VAT, less Amazon's fees, the cheapest supplier's price (agent price
 * first) and the freight of the order's parcel, over revenue net of VAT, in yuan at the FX
 * rate of the order's month. Lines with the same order id ship as one parcel and share its
 * freight by weight. Amazon fees and VAT are estimated from Settings when left empty.
 * Negative is a loss; the handbook buys only orders over 10 %.
 *
 * Example: =ORDER_MARGIN(A2:A, B2:B, C2:C, D2:D, E2:E, F2:F, G2:G, Q2:Q, R2:R)
 *
 * @param {string|Array<Array<string>>} orderId The order number; lines of one order share a parcel.
 * @param {string|Array<Array<string>>} site UK (in GBP), DE, FR, IT or ES (in EUR).
 * @param {Date|Array<Array<Date>>} orderedAt The order date; FX is the latest rate up to it.
 * @param {string|Array<Array<string>>} sku The SKU, as in the SKU-supplier master.
 * @param {number|Array<Array<number>>} quantity Units ordered.
 * @param {number|Array<Array<number>>} itemPrice Price per unit with VAT, in the site's currency.
 * @param {number|Array<Array<number>>} shippingCharged Optional: shipping the buyer paid.
 * @param {number|Array<Array<number>>} amazonFees Optional: Amazon's fees on the line.
 * @param {number|Array<Array<number>>} vat Optional: the VAT in the line.
 * @return {number|Array<Array<number|string>>} The margin: 0.1234 is 12.34 %, or ⚠ and why not.
 * @customfunction
 */
export function ORDER_MARGIN(
  orderId: SheetArg,
  site: SheetArg,
  orderedAt: SheetArg,
  sku: SheetArg,
  quantity: SheetArg,
  itemPrice: SheetArg,
  shippingCharged?: SheetArg,
  amazonFees?: SheetArg,
  vat?: SheetArg,
): SheetResult[][] {
  // Each sheet is read once per call and read-only, all a custom function may do.
  const sheets = activeSheets();
  const { timeZone } = sheets;
  const book = openPurchasingBook({
    settings: sheets.read<SettingRow>('settings'),
    fxRates: sheets.read<FxRow>('fx'),
    shippingChannels: sheets.read<ShippingChannelRow>('shippingChannels'),
    skuSuppliers: sheets.read<SkuSupplierRow>('skuSuppliers'),
    newProducts: sheets.read<NewProductRow>('newProducts'),
    today: localDate(new Date(), timeZone),
    timeZone,
    lang: sheetLang(),
  });
  return orderMarginRows(
    book,
    orderId,
    site,
    orderedAt,
    sku,
    quantity,
    itemPrice,
    shippingCharged,
    amazonFees,
    vat,
  );
}
