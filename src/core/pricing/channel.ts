import type { Parsed } from '../cells';
import { t } from '../i18n';
import { multiplyCents, toDecimal } from '../money';
import type { Cents, Decimal } from '../money';
import type { Settings } from '../settings';
import { freightFor } from './freight';
import { billableGrams, gramsOf, kgText } from './parcel';
import type { Grams, Parcel } from './parcel';
import type { RateCard } from './rate-card';

/** The settings that decide which channel a parcel takes. */
export interface ChannelRules {
  /** R4.2b: a parcel heavier than this goes by express only (default 2 kg). */
  expressOverGrams: Grams;
  /** R4.2c: dangerous goods pay this many times the freight (default 2). */
  dangerousFreightFactor: Decimal;
}

/** A channel's price for one parcel. */
export interface ChannelQuote {
  card: RateCard;
  billableGrams: Grams;
  /** Freight in base-currency cents, the dangerous-goods factor included. */
  freight: Cents;
}

/** The channel rules of the Settings sheet. */
export function channelRulesOf(settings: Settings): ChannelRules {
  return {
    expressOverGrams: gramsOf(settings.expressOverKg),
    dangerousFreightFactor: toDecimal(settings.dangerousFreightFactor) ?? { units: 2n, scale: 0 },
  };
}

/** Cheapest first; on a tie the faster channel, then the upper row of the sheet. */
function cheaperFirst(a: ChannelQuote, b: ChannelQuote): number {
  const days = (quote: ChannelQuote) => quote.card.transitDays ?? Number.POSITIVE_INFINITY;
  return a.freight - b.freight || days(a) - days(b) || a.card.rowNumber - b.card.rowNumber;
}

function takes(card: RateCard, grams: Grams): boolean {
  return (
    (card.minGrams === null || grams >= card.minGrams) &&
    (card.maxGrams === null || grams <= card.maxGrams)
  );
}

/**
 * The quotes of the channels of some kinds that deliver to a site and take the parcel. A
 * faulty rate card among them is a problem: with it unread, "cheapest" cannot be known.
 */
function quotesOf(
  cards: readonly RateCard[],
  parcel: Parcel,
  site: string,
  kinds: readonly string[],
  rules: ChannelRules,
): Parsed<ChannelQuote[]> {
  const quotes: ChannelQuote[] = [];
  for (const card of cards) {
    if (!card.active) continue;
    if (card.destination !== null && card.destination !== site) continue;
    // Postal small packets take a month and are never used (R4.2b, R5.4c).
    if (card.kind === 'postal') continue;
    if (card.kind !== null && !kinds.includes(card.kind)) continue;
    if (parcel.dangerous && !card.acceptsDangerous) continue;
    if (!card.tariff.ok) {
      if (takes(card, parcel.grams)) return card.tariff;
      continue;
    }
    const billable = billableGrams(parcel, card.volumetricDivisor);
    if (!takes(card, billable)) continue;
    const base = freightFor(card.tariff.value, billable);
    const freight = parcel.dangerous ? multiplyCents(base, rules.dangerousFreightFactor) : base;
    quotes.push({ card, billableGrams: billable, freight });
  }
  return { ok: true, value: quotes };
}

/**
 * The channel a parcel ships by (R4.2b, R4.2c, R5.4c): never postal; over the express limit
 * only express; otherwise the cheapest e-packet line that takes it, express when none does.
 * Dangerous goods go only on channels that accept them, at the dangerous-goods freight factor.
 */
export function chooseChannel(
  cards: readonly RateCard[],
  parcel: Parcel,
  site: string,
  rules: ChannelRules,
): Parsed<ChannelQuote> {
  const overExpressLimit = parcel.grams > rules.expressOverGrams;
  const tiers = overExpressLimit ? [['express']] : [['epacket'], ['express']];
  for (const kinds of tiers) {
    const quotes = quotesOf(cards, parcel, site, kinds, rules);
    if (!quotes.ok) return quotes;
    if (quotes.value.length > 0) return { ok: true, value: quotes.value.sort(cheaperFirst)[0] };
  }

  const kg = kgText(parcel.grams);
  const limit = kgText(rules.expressOverGrams);
  const dangerous = parcel.dangerous
    ? t('可走带电（危险品）的', ' that accepts dangerous goods')
    : t('', '');
  const why = overExpressLimit
    ? t(`（超过 ${limit} 公斤只走快递）`, ` (over ${limit} kg only express counts)`)
    : t('', '');
  return {
    ok: false,
    problem: t(
      `没有${dangerous.zh}渠道能把 ${kg} 公斤的包裹寄到 ${site}${why.zh}`,
      `no channel${dangerous.en} takes a ${kg} kg parcel to ${site}${why.en}`,
    ),
  };
}
