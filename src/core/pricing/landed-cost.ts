import type { Parsed } from '../cells';
import type { Cents } from '../money';
import type { Settings } from '../settings';
import { channelRulesOf, chooseChannel } from './channel';
import { gramsOf, isDangerous, sizeOfRow } from './parcel';
import type { MeasuredRow, Parcel } from './parcel';
import type { RateCard } from './rate-card';

/**
 * What a product costs delivered to a site (R4.2a–c): the purchase price plus the freight of
 * the channel the rules choose for its parcel. The margin check, the suggested listing price
 * and the Amazon export all price a product through here.
 */

/** What pricing reads of a product row: its purchase price and its packed parcel. */
export interface ProductCostFields extends MeasuredRow {
  /** Purchase price in base currency. */
  costCny: Cents | null;
}

/** One unit of a product delivered to a site, in base currency. */
export interface LandedCost {
  /** Purchase price plus freight. */
  landed: Cents;
  freight: Cents;
  /** The channel the parcel ships by. */
  channel: string;
}

/** The parcel a product row describes (weight, size, dangerous goods); null without a weight. */
export function productParcelOf(row: ProductCostFields): Parcel | null {
  if (row.weightKg === null || row.weightKg <= 0) return null;
  return { grams: gramsOf(row.weightKg), sizeCm: sizeOfRow(row), dangerous: isDangerous(row) };
}

/**
 * The landed cost of one unit to a site: the purchase price plus the freight of the cheapest
 * allowed channel to that site (never postal, express over the weight limit, dangerous goods
 * on channels that take them at the doubled rate). Null when the row gives no purchase price
 * or weight; the problem when no channel takes the parcel.
 */
export function landedCostTo(
  row: ProductCostFields,
  site: string,
  world: { rateCards: readonly RateCard[]; settings: Settings },
): Parsed<LandedCost> | null {
  const parcel = productParcelOf(row);
  if (row.costCny === null || parcel === null) return null;
  const quote = chooseChannel(world.rateCards, parcel, site, channelRulesOf(world.settings));
  if (!quote.ok) return quote;

  const { freight, card } = quote.value;
  return { ok: true, value: { landed: row.costCny + freight, freight, channel: card.channel } };
}
