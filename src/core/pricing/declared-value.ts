import { multiplyCents, toCents, toDecimal } from '../money';
import type { Cents, Decimal } from '../money';
import type { Settings } from '../settings';
import { convertCents } from './fx';
import type { FxRate } from './fx';
import type { Grams } from './parcel';
import { compare, ratio, ratioOfDecimal, roundHalfUp, times, dividedBy } from './ratio';

/**
 * R5.4b: parcels of this weight and under are "small items" that may declare 5 to 10 US
 * dollars. The handbook fixes 2 kg; the dollar band is the setting smallParcelDeclaredUsd.
 */
export const SMALL_PARCEL_GRAMS: Grams = 2000;

/** The customs rules of the Settings sheet. */
export interface DeclarationRules {
  /** The share of the order price declared (declaredValueShare, usually 0.10). */
  share: Decimal;
  /** The band a small parcel's declared value is kept within, in US cents. */
  smallParcelUsd: { min: Cents; max: Cents };
}

/** A customs value in US dollars and in the order's currency. */
export interface DeclaredValue {
  usd: Cents;
  order: Cents;
  /** Which end of the small-parcel band held the value, when one did. */
  bound: 'min' | 'max' | null;
}

/** The declaration rules of the Settings sheet. */
export function declarationRulesOf(settings: Settings): DeclarationRules {
  const band = settings.smallParcelDeclaredUsd;
  return {
    share: toDecimal(settings.declaredValueShare) ?? { units: 1n, scale: 1 },
    smallParcelUsd: { min: toCents(band.min) ?? 500, max: toCents(band.max) ?? 1000 },
  };
}

/**
 * The declared customs value of an order (R5.4b). It is the share of the order price (one
 * tenth); for a parcel of 2 kg or under that value is then held within the small-parcel
 * band (5–10 USD): raised to its minimum when the share is less, lowered to its maximum when
 * it is more. The band is in dollars, so the comparison is made in dollars, exactly, through
 * the FX rates of the order currency and of USD; the order-currency value is the share
 * itself when the band did not apply and the dollar bound converted back when it did.
 */
export function declaredValue(
  price: Cents,
  grams: Grams,
  rules: DeclarationRules,
  rates: { order: FxRate; usd: FxRate },
): DeclaredValue {
  const inOrderCurrency = multiplyCents(price, rules.share);
  const exactUsd = dividedBy(
    times(
      times(ratio(BigInt(price)), ratioOfDecimal(rules.share)),
      ratioOfDecimal(rates.order.rate),
    ),
    ratioOfDecimal(rates.usd.rate),
  );
  if (grams <= SMALL_PARCEL_GRAMS) {
    const { min, max } = rules.smallParcelUsd;
    const bound =
      compare(exactUsd, ratio(BigInt(min))) < 0
        ? { cents: min, end: 'min' as const }
        : compare(exactUsd, ratio(BigInt(max))) > 0
          ? { cents: max, end: 'max' as const }
          : null;
    if (bound) {
      return {
        usd: bound.cents,
        order: convertCents(bound.cents, rates.usd, rates.order),
        bound: bound.end,
      };
    }
  }
  return { usd: Number(roundHalfUp(exactUsd)), order: inOrderCurrency, bound: null };
}
