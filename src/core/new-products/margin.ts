import type { Parsed } from '../cells';
import type { FxRow } from '../contract/rows';
import type { LocalDate } from '../dates';
import type { Finding } from '../findings';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { formatCents, toCents, toDecimal } from '../money';
import type { Cents, Decimal } from '../money';
import { chooseChannel, channelRulesOf } from '../pricing/channel';
import { latestFxRate, siteCurrency } from '../pricing/fx';
import {
  listingPriceFor,
  marginOf,
  marginShare,
  meetsMargin,
  siteTermsOf,
} from '../pricing/listing-price';
import { gramsOf } from '../pricing/parcel';
import type { Parcel } from '../pricing/parcel';
import type { RateCard } from '../pricing/rate-card';
import { cellFinding } from '../reader';
import type { RowMeta } from '../reader';
import type { Settings } from '../settings';
import { isParentRow } from './sheet';
import type { NewProductEntry, NewProductSheet } from './sheet';

/** New products are listed on the UK site first; the Price column is in pounds (R2.2). */
export const LISTING_SITE = 'UK';

/** What the margin check needs besides the sheet: channels, FX rates, settings and today. */
export interface MarginContext {
  rateCards: readonly RateCard[];
  fxRows: ReadonlyArray<FxRow & RowMeta>;
  /** The FX rates tab as named in the workbook, for messages. */
  fxSheetName: string;
  settings: Settings;
  today: LocalDate;
}

/** A parcel as the product's row describes it: weight, measured size, dangerous goods. */
export function parcelOf(row: NewProductEntry): Parcel | null {
  if (row.weightKg === null || row.weightKg <= 0) return null;
  const sides = [row.lengthCm, row.widthCm, row.heightCm].map((side) =>
    side === null || side <= 0 ? null : toDecimal(side),
  );
  const [length, width, height] = sides;
  return {
    grams: gramsOf(row.weightKg),
    sizeCm: length && width && height ? { length, width, height } : null,
    dangerous: row.battery === true || row.powder === true || row.liquid === true,
  };
}

/** The landed cost of one unit in base currency: purchase price plus freight to the site. */
export function landedCostOf(
  row: NewProductEntry,
  context: MarginContext,
): Parsed<{ landed: Cents; freight: Cents; channel: string }> | null {
  const parcel = parcelOf(row);
  if (row.costCny === null || parcel === null) return null;
  const rules = channelRulesOf(context.settings);
  const quote = chooseChannel(context.rateCards, parcel, LISTING_SITE, rules);
  if (!quote.ok) return quote;
  const { freight, card } = quote.value;
  return { ok: true, value: { landed: row.costCny + freight, freight, channel: card.channel } };
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

/**
 * R4.2d: the price entered for the UK site reaches the minimum listing margin (30 % by
 * default), after VAT, Amazon's referral fee, the purchase price and the freight of the
 * cheapest allowed channel. An empty price is not checked: the add-on suggests one. A margin
 * that cannot be worked out (no channel takes the parcel, no FX rate) is a warning.
 */
export function checkListingMargins(sheet: NewProductSheet, context: MarginContext): Finding[] {
  const findings: Finding[] = [];
  const { settings } = context;
  const target: Decimal = toDecimal(settings.minListingMargin) ?? { units: 3n, scale: 1 };
  const ending = toCents(settings.priceEnding) ?? 99;
  const currency = siteCurrency(LISTING_SITE);
  const fx = latestFxRate(
    context.fxRows,
    currency,
    context.today,
    settings.baseCurrency,
    context.fxSheetName,
  );

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
    const cost = landedCostOf(row, context);
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
    const minimum = percent(settings.minListingMargin);
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
        `售价 ${price} 的利润率为 ${percent(margin)}，低于最低 ${minimum}` +
          `（含运费 ${freight}，${channel}）${suggestion.zh}`,
        `the margin at ${price} is ${percent(margin)}, under the minimum ${minimum} ` +
          `(freight ${freight} by ${channel})${suggestion.en}`,
      ),
    );
  }
  return findings;
}
