import type { Parsed } from '../cells';
import type { FxRow } from '../contract/rows';
import type { Site } from '../contract/sheets';
import type { LocalDate } from '../dates';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { formatCents, toCents, toDecimal } from '../money';
import type { Cents, Decimal } from '../money';
import type { RowMeta } from '../reader';
import type { Settings } from '../settings';
import { latestFxRate, siteCurrency } from './fx';
import type { FxRate } from './fx';
import { landedCostTo } from './landed-cost';
import type { LandedCost, ProductCostFields } from './landed-cost';
import { listingPriceFor, marginOf, marginShare, percentText, siteTermsOf } from './listing-price';
import type { RateCard } from './rate-card';

/**
 * The price the add-on suggests for a product on a site when the sheet leaves it empty
 * (R4.2d): the smallest price ending in priceEnding whose margin reaches minListingMargin,
 * after the site's VAT, Amazon's referral fee, the purchase price and the freight of the
 * channel chosen for that site, converted at the site currency's latest FX rate.
 */

/** What pricing a product for a site reads besides its row: channels, FX, settings, the day. */
export interface ListingPricing {
  rateCards: readonly RateCard[];
  fxRows: ReadonlyArray<FxRow & RowMeta>;
  /** The FX rates tab as named in the workbook, for messages. */
  fxSheetName: string;
  settings: Settings;
  /** Prices convert at the rate of the latest month up to this day. */
  today: LocalDate;
}

/** The fields of a product row a suggestion reads. */
export interface PricedProduct extends ProductCostFields {
  /** Amazon's product type: a referral fee may be set for it. */
  productType: string | null;
}

/** A suggested shelf price, with what it was worked out from. */
export interface SuggestedPrice {
  /** In the site's currency, VAT included. */
  price: Cents;
  currency: 'GBP' | 'EUR';
  /** The margin at that price, as a share rounded down to 0.01 %. */
  margin: number;
  cost: LandedCost;
  fx: FxRate;
}

const SIGNS: Record<SuggestedPrice['currency'], string> = { GBP: '£', EUR: '€' };

/** The margin every listing must reach (R4.2d) and the ending of suggested prices (.99). */
export function listingTargetOf(settings: Settings): { target: Decimal; ending: Cents } {
  return {
    target: toDecimal(settings.minListingMargin) ?? { units: 3n, scale: 1 },
    ending: toCents(settings.priceEnding) ?? 99,
  };
}

/** The FX rate a site's prices convert at: that of the latest month up to the pricing day. */
export function siteRateOf(pricing: ListingPricing, site: Site): Parsed<FxRate> {
  return latestFxRate(
    pricing.fxRows,
    siteCurrency(site),
    pricing.today,
    pricing.settings.baseCurrency,
    pricing.fxSheetName,
  );
}

/**
 * The suggested price of a product on a site, or why there is none: the row gives no purchase
 * price or weight, no channel takes its parcel to the site, the site's currency has no FX
 * rate, or VAT and the referral fee alone leave less than the minimum margin.
 */
export function suggestedListingPrice(
  row: PricedProduct,
  site: Site,
  pricing: ListingPricing,
): Parsed<SuggestedPrice> {
  const cost = landedCostTo(row, site, pricing);
  if (cost === null) {
    return {
      ok: false,
      problem: t(
        '没有采购价或包装重量，无法核算售价',
        'there is no purchase price or package weight to work a price out from',
      ),
    };
  }
  if (!cost.ok) return cost;
  const fx = siteRateOf(pricing, site);
  if (!fx.ok) return fx;

  const { target, ending } = listingTargetOf(pricing.settings);
  const terms = siteTermsOf(pricing.settings, site, row.productType, fx.value);
  const price = listingPriceFor(cost.value.landed, terms, target, ending);
  if (!price.ok) return price;
  return {
    ok: true,
    value: {
      price: price.value,
      currency: siteCurrency(site),
      margin: marginShare(marginOf(price.value, cost.value.landed, terms)),
      cost: cost.value,
      fx: fx.value,
    },
  };
}

/** A shelf price with its currency's sign: £23.99, €27.99. */
export function shelfPriceText(cents: Cents, currency: SuggestedPrice['currency']): string {
  return `${SIGNS[currency]}${formatCents(cents)}`;
}

/** A suggestion for people: the price, its margin against the minimum, the freight and channel. */
export function suggestionText(suggestion: SuggestedPrice, settings: Settings): Localized {
  const price = shelfPriceText(suggestion.price, suggestion.currency);
  const margin = percentText(suggestion.margin);
  const minimum = percentText(settings.minListingMargin);
  const freight = `${formatCents(suggestion.cost.freight)} ${settings.baseCurrency}`;
  const channel = suggestion.cost.channel;
  return t(
    `${price}（利润率 ${margin}，最低 ${minimum}；运费 ${freight}，${channel}）`,
    `${price} (margin ${margin}, minimum ${minimum}; freight ${freight} by ${channel})`,
  );
}
