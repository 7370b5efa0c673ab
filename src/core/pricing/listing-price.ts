import type { Parsed } from '../cells';
import type { Site } from '../contract/sheets';
import { t } from '../i18n';
import { toDecimal } from '../money';
import type { Cents, Decimal } from '../money';
import { referralFeeFor } from '../settings';
import type { Settings } from '../settings';
import type { FxRate } from './fx';
import {
  ceiling,
  compare,
  dividedBy,
  floor,
  minus,
  plus,
  ratio,
  ratioOfDecimal,
  times,
} from './ratio';
import type { Ratio } from './ratio';

/** What a site takes from a sale and how its currency converts to base currency. */
export interface SiteTerms {
  /** VAT included in the shelf price (vat.<SITE>). */
  vat: Decimal;
  /** Amazon's referral fee, charged on the shelf price. */
  referralFee: Decimal;
  /** Base currency per unit of the site's currency. */
  fx: FxRate;
}

const ONE = ratio(1n);

function exactShare(share: number): Decimal {
  const decimal = toDecimal(share);
  if (decimal === null) throw new RangeError(`not a share: ${share}`);
  return decimal;
}

/** The terms of a site for a product type, with the FX rate of the site's currency. */
export function siteTermsOf(
  settings: Settings,
  site: Site,
  productType: string | null,
  fx: FxRate,
): SiteTerms {
  return {
    vat: exactShare(settings.vat[site]),
    referralFee: exactShare(referralFeeFor(settings, productType)),
    fx,
  };
}

/**
 * The margin of a shelf price, exactly: profit over revenue net of VAT, both in base
 * currency, where profit = price / (1 + VAT) − referral fee on the price − landed cost
 * (purchase + freight). The price is in the site's currency, the landed cost in base currency.
 */
export function marginOf(price: Cents, landedCost: Cents, terms: SiteTerms): Ratio {
  if (price <= 0) throw new RangeError('a price must be more than 0');
  const priceInBase = times(ratio(BigInt(price)), ratioOfDecimal(terms.fx.rate));
  const netOfVat = dividedBy(priceInBase, plus(ONE, ratioOfDecimal(terms.vat)));
  const fee = times(priceInBase, ratioOfDecimal(terms.referralFee));
  const profit = minus(minus(netOfVat, fee), ratio(BigInt(landedCost)));
  return dividedBy(profit, netOfVat);
}

/**
 * A margin as a share for a cell, rounded down to 0.01 %: a margin shown as 30.00 % is never
 * in fact below 30 %.
 */
export function marginShare(margin: Ratio): number {
  return Number(floor(times(margin, ratio(10_000n)))) / 10_000;
}

/** True when a price reaches a target margin, decided exactly. */
export function meetsMargin(
  price: Cents,
  landedCost: Cents,
  terms: SiteTerms,
  target: Decimal,
): boolean {
  return compare(marginOf(price, landedCost, terms), ratioOfDecimal(target)) >= 0;
}

/**
 * The distance between two prices that share an ending: 1.00 for endings under 1 (x.99),
 * 10.00 for endings from 1 to 9.99 (x9.99), and so on.
 */
export function priceStep(ending: Cents): Cents {
  let step = 100;
  while (step <= ending) step *= 10;
  return step;
}

/** A share as people read it, to 0.01 %: 0.3 → "30%", 0.3125 → "31.25%". */
export function percentText(share: Ratio | number): string {
  const value = typeof share === 'number' ? share : Number(share.num) / Number(share.den);
  return `${Number((value * 100).toFixed(2))}%`;
}

/**
 * The smallest price that ends in `ending` (0.99 → 12.99, 13.99, …) and reaches the target
 * margin, in the site's currency; a problem when no price can reach it because VAT and the
 * referral fee alone leave less than the target.
 */
export function listingPriceFor(
  landedCost: Cents,
  terms: SiteTerms,
  target: Decimal,
  ending: Cents,
): Parsed<Cents> {
  const onePlusVat = plus(ONE, ratioOfDecimal(terms.vat));
  const feeOfNet = times(ratioOfDecimal(terms.referralFee), onePlusVat);
  // As the price grows the margin approaches 1 − fee × (1 + VAT) and never passes it.
  const ceilingMargin = minus(ONE, feeOfNet);
  const headroom = minus(ceilingMargin, ratioOfDecimal(target));
  if (headroom.num < 0n || (headroom.num === 0n && landedCost > 0)) {
    const wanted = percentText(ratioOfDecimal(target));
    const most = percentText(ceilingMargin);
    return {
      ok: false,
      problem: t(
        `任何售价都达不到 ${wanted} 的利润率：佣金和增值税后最多 ${most}`,
        `no price reaches a ${wanted} margin: ` +
          `after the referral fee and VAT at most ${most} is left`,
      ),
    };
  }

  // margin ≥ target  ⇔  price ≥ landed cost × (1 + VAT) / (FX rate × headroom)
  const lowest =
    landedCost <= 0
      ? 1n
      : ceiling(
          dividedBy(
            times(ratio(BigInt(landedCost)), onePlusVat),
            times(ratioOfDecimal(terms.fx.rate), headroom),
          ),
        );
  const step = priceStep(ending);
  const floorPrice = Math.max(1, Number(lowest));
  let price = ending + step * Math.max(0, Math.ceil((floorPrice - ending) / step));
  if (price <= 0) price += step;

  // The closed form above is exact; this check proves the final price on its own terms.
  while (!meetsMargin(price, landedCost, terms, target)) price += step;
  return { ok: true, value: price };
}
