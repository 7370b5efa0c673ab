import { normalizeHeader } from '../contract/headers';
import { multiplyCents } from '../money';
import { channelRulesOf } from '../pricing/channel';
import { freightFor } from '../pricing/freight';
import { billableGrams, gramsOf } from '../pricing/parcel';
import type { Grams } from '../pricing/parcel';
import { rateCardsOf } from '../pricing/rate-card';
import type { RateCard } from '../pricing/rate-card';
import type { FinanceSheets, Order } from './books';
import type { FreightEstimate } from './reconciliation';

/** What the product sheets say of a SKU's parcel: its weight and whether it is dangerous. */
interface SkuParcel {
  grams: Grams | null;
  dangerous: boolean;
}

function skuParcels(sheets: FinanceSheets): Map<string, SkuParcel> {
  const parcels = new Map<string, SkuParcel>();
  const note = (
    sku: string | null,
    weightKg: number | null,
    dangerous: Array<boolean | null>,
  ): void => {
    if (!sku || parcels.has(sku)) return;
    const grams = weightKg !== null && weightKg > 0 ? gramsOf(weightKg) : null;
    parcels.set(sku, { grams, dangerous: dangerous.some((flag) => flag === true) });
  };
  // The new-product sheet is the reference; the supplier master fills in older SKUs.
  for (const row of sheets.reads.newProducts?.rows ?? []) {
    note(row.sku, row.weightKg, [row.battery, row.powder, row.liquid]);
  }
  for (const row of sheets.reads.skuSuppliers?.rows ?? []) {
    note(row.sku, row.weightKg, [row.battery, row.powder, row.liquid]);
  }
  return parcels;
}

/** The rate card of an order's channel to its site: the site's own row before a general one. */
function cardOf(cards: readonly RateCard[], order: Order): RateCard | null {
  const channel = order.lines.find((line) => line.channel)?.channel;
  if (!channel) return null;
  const named = cards.filter(
    (card) => normalizeHeader(card.channel) === normalizeHeader(channel) && card.active,
  );
  return (
    named.find((card) => card.destination === order.site) ??
    named.find((card) => card.destination === null) ??
    null
  );
}

/**
 * The rate card's freight for a carrier's fee line (R7.3, R7.4): the order's channel, priced
 * at the order's weight (quantity × package weight of each line that is not cancelled, from
 * the product sheets), or at the carrier's charged weight when a line's weight is unknown.
 * Dangerous goods pay the Settings factor (R4.2c). Null when the order names no channel the
 * Shipping channels sheet prices. Undefined when the workbook has no Shipping channels sheet.
 */
export function rateCardEstimate(sheets: FinanceSheets): FreightEstimate | undefined {
  const read = sheets.reads.shippingChannels;
  if (!read) return undefined;
  const cards = rateCardsOf(read.rows, read.layout.sheetName);
  const rules = channelRulesOf(sheets.settings);
  const parcels = skuParcels(sheets);
  // Orders name a handful of channels: normalizing every card's name per fee line was a
  // tenth of a large month-end.
  const cardsByChannel = new Map<string, RateCard | null>();
  const cardFor = (order: Order): RateCard | null => {
    const key = `${order.lines.find((line) => line.channel)?.channel ?? ''}\u0000${order.site}`;
    let card = cardsByChannel.get(key);
    if (card === undefined) {
      card = cardOf(cards, order);
      cardsByChannel.set(key, card);
    }
    return card;
  };

  return (order, feeLine) => {
    const card = cardFor(order);
    if (!card || !card.tariff.ok) return null;
    const lines = order.lines.filter((line) => line.status !== 'Cancelled');
    let grams: Grams | null = 0;
    let dangerous = false;
    for (const line of lines) {
      const parcel = line.sku ? parcels.get(line.sku) : undefined;
      dangerous ||= parcel?.dangerous === true;
      if (grams === null || !parcel || parcel.grams === null || line.quantity === null) {
        grams = null;
        continue;
      }
      grams += parcel.grams * line.quantity;
    }
    if (grams === null || grams === 0) {
      grams =
        feeLine.chargedKg !== null && feeLine.chargedKg > 0 ? gramsOf(feeLine.chargedKg) : null;
    }
    if (grams === null) return null;
    const billable = billableGrams({ grams, sizeCm: null, dangerous }, card.volumetricDivisor);
    const freight = freightFor(card.tariff.value, billable);
    return dangerous ? multiplyCents(freight, rules.dangerousFreightFactor) : freight;
  };
}
