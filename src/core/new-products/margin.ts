import type { Finding } from '../findings';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { formatCents } from '../money';
import { siteCurrency } from '../pricing/fx';
import { landedCostTo } from '../pricing/landed-cost';
import {
  listingPriceFor,
  marginOf,
  marginShare,
  meetsMargin,
  percentText,
  siteTermsOf,
} from '../pricing/listing-price';
import { listingTargetOf, siteRateOf } from '../pricing/suggested-price';
import type { ListingPricing } from '../pricing/suggested-price';
import { cellFinding } from '../reader';
import { isParentRow } from './sheet';
import type { NewProductSheet } from './sheet';

/** New products are listed on the UK site first; the Price column is in pounds (R2.2). */
export const LISTING_SITE = 'UK';

/** What the margin check needs besides the sheet: channels, FX rates, settings and today. */
export type MarginContext = ListingPricing;

/**
 * R4.2d: the price entered for the UK site reaches the minimum listing margin (30 % by
 * default), after VAT, Amazon's referral fee, the purchase price and the freight of the
 * cheapest allowed channel. An empty price is not checked: the add-on suggests one. A margin
 * that cannot be worked out (no channel takes the parcel, no FX rate) is a warning.
 */
export function checkListingMargins(sheet: NewProductSheet, context: MarginContext): Finding[] {
  const findings: Finding[] = [];
  const { settings } = context;
  const { target, ending } = listingTargetOf(settings);
  const currency = siteCurrency(LISTING_SITE);
  const fx = siteRateOf(context, LISTING_SITE);

  for (const row of sheet.rows) {
    if (row.price === null || isParentRow(sheet, row)) continue;
    const at = (severity: 'error' | 'warning', problem: Localized): void => {
      findings.push(cellFinding(sheet.layout, row.rowNumber, 'price', 'R4.2d', severity, problem));
    };
    const cannotCheck = (problem: Localized): void => {
      at(
        'warning',
        t(`无法核算利润率：${problem.zh}`, `the margin cannot be worked out; ${problem.en}`),
      );
    };

    if (row.price <= 0) {
      at('error', t('售价必须大于0', 'the price must be more than 0'));
      continue;
    }
    const cost = landedCostTo(row, LISTING_SITE, context);
    if (cost === null) continue;
    if (!cost.ok) {
      cannotCheck(cost.problem);
      continue;
    }
    if (!fx.ok) {
      cannotCheck(fx.problem);
      continue;
    }

    const terms = siteTermsOf(settings, LISTING_SITE, row.productType, fx.value);
    if (meetsMargin(row.price, cost.value.landed, terms, target)) continue;
    const margin = marginShare(marginOf(row.price, cost.value.landed, terms));
    const lowest = listingPriceFor(cost.value.landed, terms, target, ending);
    const price = `${currency} ${formatCents(row.price)}`;
    const minimum = percentText(settings.minListingMargin);
    const suggestion = lowest.ok
      ? t(
          `；达到该利润率的最低售价为 ${currency} ${formatCents(lowest.value)}`,
          `; the lowest price that reaches it is ${currency} ${formatCents(lowest.value)}`,
        )
      : t(`；${lowest.problem.zh}`, `; ${lowest.problem.en}`);
    const freight = `${formatCents(cost.value.freight)} ${settings.baseCurrency}`;
    const channel = cost.value.channel;
    at(
      'error',
      t(
        `售价 ${price} 的利润率为 ${percentText(margin)}，低于最低 ${minimum}` +
          `（含运费 ${freight}，${channel}）${suggestion.zh}`,
        `the margin at ${price} is ${percentText(margin)}, under the minimum ${minimum} ` +
          `(freight ${freight} by ${channel})${suggestion.en}`,
      ),
    );
  }
  return findings;
}
