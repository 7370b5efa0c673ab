import type { FxRow, ShippingChannelRow } from '../../core/contract/rows';
import { localDate } from '../../core/dates';
import {
  amazonTitleRows,
  bestChannelRows,
  billableWeightRows,
  declaredValueRows,
  listingPriceRows,
  marginRows,
  openPricingBook,
  repackHintRows,
  shippingCostRows,
  supplierPlatformRows,
} from '../../core/pricing/sheet-functions';
import type { PricingBook } from '../../core/pricing/sheet-functions';
import type { SettingRow } from '../../core/settings';
import type { SheetArg, SheetResult } from '../../core/sheet-function';
import { activeSheets } from '../active-sheets';
import { sheetLang } from '../locale';

/**
 * Reads what pricing needs, each sheet once per call and read-only (all a custom function
 * may do): Settings always, then Shipping channels and/or FX rates as the function needs.
 */
function pricingBook(needs: { channels?: boolean; fx?: boolean }): PricingBook {
  const sheets = activeSheets();
  return openPricingBook({
    settings: sheets.read<SettingRow>('settings'),
    fxRates: needs.fx ? sheets.read<FxRow>('fx') : null,
    shippingChannels: needs.channels ? sheets.read<ShippingChannelRow>('shippingChannels') : null,
    today: localDate(new Date(), sheets.timeZone),
    lang: sheetLang(),
  });
}

/**
 * The freight of a parcel in yuan, on the channel the handbook picks: never postal; over
 * 2 kg express only; otherwise the cheapest e-packet line that takes it. Battery, powder or
 * liquid goods go only on lines that accept them, at double freight. Rates come from the
 * Shipping channels sheet; volumetric weight counts where a channel has a divisor. The
 * dangerous-goods range may be three columns wide (battery, powder, liquid): any yes counts.
 *
 * Example: =SHIPPING_COST(AB2:AB1000, "UK")
 *
 * @param {number|Array<Array<number>>} weightKg Package weight in kilograms, e.g. 0.35.
 * @param {string|Array<Array<string>>} site Destination site: UK, DE, FR, IT or ES.
 * @param {number|Array<Array<number>>} lengthCm Optional: package length in cm.
 * @param {number|Array<Array<number>>} widthCm Optional: package width in cm.
 * @param {number|Array<Array<number>>} heightCm Optional: package height in cm.
 * @param {string|Array<Array<string>>} dangerous Optional: yes for battery, powder or liquid goods.
 * @return {number|Array<Array<number|string>>} Freight in yuan, or ⚠ and why not.
 * @customfunction
 */
export function SHIPPING_COST(
  weightKg: SheetArg,
  site: SheetArg,
  lengthCm?: SheetArg,
  widthCm?: SheetArg,
  heightCm?: SheetArg,
  dangerous?: SheetArg,
): SheetResult[][] {
  const book = pricingBook({ channels: true });
  return shippingCostRows(book, weightKg, site, lengthCm, widthCm, heightCm, dangerous);
}

/**
 * The shipping channel the handbook picks for a parcel (the one SHIPPING_COST prices): never
 * postal; over 2 kg express only; otherwise the cheapest e-packet line that takes it;
 * dangerous goods only on lines that accept them.
 *
 * Example: =BEST_CHANNEL(AB2:AB1000, "DE", AC2:AC1000, AD2:AD1000, AE2:AE1000, AF2:AF1000)
 *
 * @param {number|Array<Array<number>>} weightKg Package weight in kilograms, e.g. 0.35.
 * @param {string|Array<Array<string>>} site Destination site: UK, DE, FR, IT or ES.
 * @param {number|Array<Array<number>>} lengthCm Optional: package length in cm.
 * @param {number|Array<Array<number>>} widthCm Optional: package width in cm.
 * @param {number|Array<Array<number>>} heightCm Optional: package height in cm.
 * @param {string|Array<Array<string>>} dangerous Optional: yes for battery, powder or liquid goods.
 * @return {string|Array<Array<string>>} The channel, as named in Shipping channels.
 * @customfunction
 */
export function BEST_CHANNEL(
  weightKg: SheetArg,
  site: SheetArg,
  lengthCm?: SheetArg,
  widthCm?: SheetArg,
  heightCm?: SheetArg,
  dangerous?: SheetArg,
): SheetResult[][] {
  const book = pricingBook({ channels: true });
  return bestChannelRows(book, weightKg, site, lengthCm, widthCm, heightCm, dangerous);
}

/**
 * The weight the chosen channel bills, in kilograms: the actual weight, or the volumetric
 * weight (length × width × height / the channel's divisor) when that is heavier.
 *
 * Example: =BILLABLE_WEIGHT(AB2:AB1000, "UK", AC2:AC1000, AD2:AD1000, AE2:AE1000)
 *
 * @param {number|Array<Array<number>>} weightKg Package weight in kilograms, e.g. 0.35.
 * @param {string|Array<Array<string>>} site Destination site: UK, DE, FR, IT or ES.
 * @param {number|Array<Array<number>>} lengthCm Package length in cm.
 * @param {number|Array<Array<number>>} widthCm Package width in cm.
 * @param {number|Array<Array<number>>} heightCm Package height in cm.
 * @param {string|Array<Array<string>>} dangerous Optional: yes for battery, powder or liquid goods.
 * @return {number|Array<Array<number|string>>} Billable weight in kilograms.
 * @customfunction
 */
export function BILLABLE_WEIGHT(
  weightKg: SheetArg,
  site: SheetArg,
  lengthCm?: SheetArg,
  widthCm?: SheetArg,
  heightCm?: SheetArg,
  dangerous?: SheetArg,
): SheetResult[][] {
  const book = pricingBook({ channels: true });
  return billableWeightRows(book, weightKg, site, lengthCm, widthCm, heightCm, dangerous);
}

/**
 * The suggested shelf price on a site: the smallest price ending in the priceEnding setting
 * (.99) whose margin reaches the target (30 % by default). The price includes the site's VAT;
 * the Amazon referral fee is charged on it; cost and freight convert at the latest FX rate.
 *
 * Example: =LISTING_PRICE(Z2:Z1000, SHIPPING_COST(AB2:AB1000, "UK"), "UK")
 *
 * @param {number|Array<Array<number>>} costCny Purchase price in yuan.
 * @param {number|Array<Array<number>>} freightCny Freight in yuan, e.g. from SHIPPING_COST.
 * @param {string|Array<Array<string>>} site UK (in GBP), DE, FR, IT or ES (in EUR).
 * @param {string|Array<Array<string>>} productType Optional: Amazon product type.
 * @param {number|Array<Array<number>>} targetMargin Optional: margin to reach; 30% if empty.
 * @return {number|Array<Array<number|string>>} The price in the site's currency.
 * @customfunction
 */
export function LISTING_PRICE(
  costCny: SheetArg,
  freightCny: SheetArg,
  site: SheetArg,
  productType?: SheetArg,
  targetMargin?: SheetArg,
): SheetResult[][] {
  const book = pricingBook({ fx: true });
  return listingPriceRows(book, costCny, freightCny, site, productType, targetMargin);
}

/**
 * The margin of a shelf price: profit over revenue net of VAT, in yuan, where profit is the
 * price net of VAT less the referral fee, the purchase price and the freight. The handbook
 * asks 30 % of a new listing and 10 % of an order.
 *
 * Example: =MARGIN(AV2:AV1000, Z2:Z1000, AC2:AC1000, "UK")
 *
 * @param {number|Array<Array<number>>} price Shelf price with VAT, in the site's currency.
 * @param {number|Array<Array<number>>} costCny Purchase price in yuan.
 * @param {number|Array<Array<number>>} freightCny Freight in yuan, e.g. from SHIPPING_COST.
 * @param {string|Array<Array<string>>} site UK (in GBP), DE, FR, IT or ES (in EUR).
 * @param {string|Array<Array<string>>} productType Optional: Amazon product type.
 * @return {number|Array<Array<number|string>>} The margin: 0.3127 is 31.27 %.
 * @customfunction
 */
export function MARGIN(
  price: SheetArg,
  costCny: SheetArg,
  freightCny: SheetArg,
  site: SheetArg,
  productType?: SheetArg,
): SheetResult[][] {
  const book = pricingBook({ fx: true });
  return marginRows(book, price, costCny, freightCny, site, productType);
}

/**
 * The customs value to declare for an order: one tenth of its price; for parcels of 2 kg and
 * under held between 5 and 10 US dollars (the declaredValueShare and smallParcelDeclaredUsd
 * settings), converted at the latest FX rates.
 *
 * Example: =DECLARED_VALUE(F2:F500, H2:H500, AB2:AB500)
 *
 * @param {number|Array<Array<number>>} orderPrice The order's price, in its currency.
 * @param {string|Array<Array<string>>} currency The order's currency: GBP, EUR, USD.
 * @param {number|Array<Array<number>>} weightKg Parcel weight in kilograms.
 * @param {string|Array<Array<string>>} declareIn Optional: USD (default) or order currency.
 * @return {number|Array<Array<number|string>>} The value to declare.
 * @customfunction
 */
export function DECLARED_VALUE(
  orderPrice: SheetArg,
  currency: SheetArg,
  weightKg: SheetArg,
  declareIn?: SheetArg,
): SheetResult[][] {
  const book = pricingBook({ fx: true });
  return declaredValueRows(book, orderPrice, currency, weightKg, declareIn);
}

/**
 * A repacking hint for a parcel just over a whole kilogram (up to 0.1 kg over): the weight to
 * repack to, and the freight it saves on the chosen channel. Blank when repacking saves
 * nothing.
 *
 * Example: =REPACK_HINT(AB2:AB1000, "UK")
 *
 * @param {number|Array<Array<number>>} weightKg Package weight in kilograms, e.g. 1.05.
 * @param {string|Array<Array<string>>} site Destination site: UK, DE, FR, IT or ES.
 * @param {number|Array<Array<number>>} lengthCm Optional: package length in cm.
 * @param {number|Array<Array<number>>} widthCm Optional: package width in cm.
 * @param {number|Array<Array<number>>} heightCm Optional: package height in cm.
 * @param {string|Array<Array<string>>} dangerous Optional: yes for battery, powder or liquid goods.
 * @return {string|Array<Array<string>>} The hint, or blank, one row per parcel.
 * @customfunction
 */
export function REPACK_HINT(
  weightKg: SheetArg,
  site: SheetArg,
  lengthCm?: SheetArg,
  widthCm?: SheetArg,
  heightCm?: SheetArg,
  dangerous?: SheetArg,
): SheetResult[][] {
  const book = pricingBook({ channels: true });
  return repackHintRows(book, weightKg, site, lengthCm, widthCm, heightCm, dangerous);
}

/**
 * The platform of a supplier link: 1688, Taobao (Tmall and tb.cn links too) or other.
 *
 * Example: =SUPPLIER_PLATFORM(AK2:AK1000)
 *
 * @param {string|Array<Array<string>>} link The supplier's product link.
 * @return {string|Array<Array<string>>} 1688, Taobao or other, one row per link.
 * @customfunction
 */
export function SUPPLIER_PLATFORM(link: SheetArg): SheetResult[][] {
  return supplierPlatformRows(sheetLang(), link);
}

/**
 * An Amazon title built from its parts in the handbook's order: brand, model, product name,
 * key feature, material, colour, size, quantity. Amazon's banned characters (! $ ? _ { } ^ ¬ ¦)
 * are removed outside the brand, and the title is kept within 200 characters.
 *
 * Example: =AMAZON_TITLE(K2:K, L2:L, M2:M, N2:N, O2:O, P2:P, Q2:Q, R2:R)
 *
 * @param {string|Array<Array<string>>} brand Brand name.
 * @param {string|Array<Array<string>>} model Model number.
 * @param {string|Array<Array<string>>} productName Product name, the core keyword.
 * @param {string|Array<Array<string>>} feature Key feature.
 * @param {string|Array<Array<string>>} material Material.
 * @param {string|Array<Array<string>>} color Colour.
 * @param {string|Array<Array<string>>} size Size.
 * @param {number|Array<Array<number>>} quantity Pieces in the pack: 2 reads "Pack of 2".
 * @return {string|Array<Array<string>>} The title, one row per product.
 * @customfunction
 */
export function AMAZON_TITLE(
  brand: SheetArg,
  model: SheetArg,
  productName: SheetArg,
  feature: SheetArg,
  material: SheetArg,
  color: SheetArg,
  size: SheetArg,
  quantity: SheetArg,
): SheetResult[][] {
  return amazonTitleRows(
    sheetLang(),
    brand,
    model,
    productName,
    feature,
    material,
    color,
    size,
    quantity,
  );
}
