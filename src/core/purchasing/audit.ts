import type { Parsed } from '../cells';
import type { FxRow } from '../contract/rows';
import type { Site } from '../contract/sheets';
import type { LocalDate } from '../dates';
import { splitCents } from '../finance/books';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { multiplyCents, prorateCents, toDecimal } from '../money';
import type { Cents, Decimal } from '../money';
import { channelRulesOf, chooseChannel } from '../pricing/channel';
import type { ChannelQuote } from '../pricing/channel';
import { declarationRulesOf, declaredValue } from '../pricing/declared-value';
import type { DeclaredValue } from '../pricing/declared-value';
import { latestFxRate, toBaseCurrency } from '../pricing/fx';
import type { FxRate } from '../pricing/fx';
import type { Parcel } from '../pricing/parcel';
import type { RateCard } from '../pricing/rate-card';
import { compare, ratio, ratioOfDecimal } from '../pricing/ratio';
import type { Ratio } from '../pricing/ratio';
import { describeRepack, repackHint } from '../pricing/repack';
import type { RowMeta } from '../reader';
import { referralFeeFor } from '../settings';
import type { Settings } from '../settings';
import { orderParcelOf, unitParcelOf } from './order-parcel';
import type { ProductRow, UnitParcel } from './order-parcel';
import { cheapestSupplier } from './supplier';
import type { SupplierChoice, SupplierRow } from './supplier';

/** One order line as the audit reads it; money in cents of the order's currency. */
export interface OrderLine {
  /** The sheet row the line came from (the Orders row, or the custom function's row). */
  rowNumber: number;
  /** Lines with the same order id ship as one parcel. */
  orderId: string;
  site: Site;
  /** The day of the order in the spreadsheet's zone: FX is the latest rate up to it. */
  orderedOn: LocalDate;
  sku: string;
  quantity: number;
  /** Per unit, VAT included, as Amazon shows it. */
  itemPrice: Cents;
  shippingCharged: Cents;
  currency: string;
  /** Amazon's fees on the line when the ERP gives them; null to estimate them. */
  amazonFees: Cents | null;
  /** The VAT in the line when the ERP gives it; null to work it out from the site's rate. */
  vat: Cents | null;
}

/** What the audit reads besides the orders: settings, master, products, channels, FX. */
export interface PurchasingContext {
  settings: Settings;
  suppliers: readonly SupplierRow[];
  /** The SKU-supplier master's tab name, for messages. */
  suppliersSheetName: string;
  products: readonly ProductRow[];
  rateCards: Parsed<readonly RateCard[]>;
  fx: Parsed<{ sheetName: string; rows: ReadonlyArray<FxRow & RowMeta> }>;
}

/** Why a line's margin could not be worked out. */
export type ProblemReason = 'noSupplier' | 'noWeight' | 'noChannel' | 'missingFx';

export interface LineProblem {
  reason: ProblemReason;
  problem: Localized;
}

/** The shipping helpers of an order's parcel (R4.2b, R5.4b, R5.6e). */
export interface ParcelShipping {
  /** How many order lines share the parcel. */
  lines: number;
  parcel: Parcel;
  quote: ChannelQuote;
  /** The customs value (R5.4b), or why it could not be worked out (an FX rate is missing). */
  declared: Parsed<DeclaredValue>;
  /** The order's price the declared value is the share of, in the order's currency. */
  orderPrice: Cents;
  /** What repacking to the whole kilogram below would save (R5.6e); null when nothing. */
  repack: Localized | null;
}

/** A line's money: what the buyer paid and Amazon keeps, and what the line costs us. */
export interface LineMoney {
  /** itemPrice × quantity + shippingCharged, in the order's currency. */
  gross: Cents;
  vat: Cents;
  vatEstimated: boolean;
  amazonFees: Cents;
  feesEstimated: boolean;
  /** The FX rate of the order's currency; null when it is missing. */
  fx: FxRate | null;
  /** The rest in base currency; null when the FX rate is missing. */
  netRevenue: Cents | null;
  feesInBase: Cents | null;
  /** unit cost × quantity; null without a supplier. */
  purchase: Cents | null;
  /** The line's share of its parcel's freight; null without a channel. */
  freight: Cents | null;
  /** netRevenue − feesInBase − purchase − freight; null when any part is unknown. */
  profit: Cents | null;
}

export interface LineAudit {
  line: OrderLine;
  supplier: SupplierChoice | null;
  unit: UnitParcel | null;
  shipping: ParcelShipping | null;
  money: LineMoney;
  /** profit / netRevenue, exactly; null when either is unknown or nothing was sold net of VAT. */
  margin: Ratio | null;
  /** loss: profit < 0 (R5.1b); belowMargin: under minOrderMargin (R5.1h); null: not known. */
  verdict: 'loss' | 'belowMargin' | 'ok' | null;
  /** What stops the line's own margin: no supplier, weight, channel or FX rate. */
  problems: LineProblem[];
  /** Why the parcel's freight is unknown when another line of the order is at fault. */
  parcelProblem: Localized | null;
}

function exactShare(share: number): Decimal {
  return toDecimal(share) ?? { units: 0n, scale: 0 };
}

/** The VAT inside a VAT-inclusive amount: amount × rate / (1 + rate), rounded half-up once. */
export function vatIncluded(gross: Cents, rate: number): Cents {
  const share = exactShare(rate);
  const onePlus = { units: share.units + 10n ** BigInt(share.scale), scale: share.scale };
  return prorateCents(gross, share, onePlus);
}

function indexBySku<T extends { sku: string | null }>(rows: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const row of rows) {
    const sku = row.sku?.trim();
    if (!sku) continue;
    index.set(sku, [...(index.get(sku) ?? []), row]);
  }
  return index;
}

/** Lines grouped by order, in the order each order first appears. */
function byOrder(lines: readonly OrderLine[]): OrderLine[][] {
  const orders = new Map<string, OrderLine[]>();
  for (const line of lines) orders.set(line.orderId, [...(orders.get(line.orderId) ?? []), line]);
  return [...orders.values()];
}

/** Looks FX rates up once per currency and month: every order of a month shares its rate. */
function fxLookup(
  context: PurchasingContext,
): (currency: string, day: LocalDate) => Parsed<FxRate> {
  const cache = new Map<string, Parsed<FxRate>>();
  const base = context.settings.baseCurrency;
  return (currency, day) => {
    const key = `${currency}|${day.slice(0, 7)}`;
    let rate = cache.get(key);
    if (!rate) {
      const sheet = context.fx.ok ? context.fx.value : { rows: [], sheetName: '' };
      // The base currency needs no row, so it converts even without an FX rates sheet.
      rate =
        context.fx.ok || currency.toUpperCase() === base
          ? latestFxRate(sheet.rows, currency, day, base, sheet.sheetName)
          : context.fx;
      cache.set(key, rate);
    }
    return rate;
  };
}

function noSupplierProblem(sku: string, rows: number, sheetName: string): Localized {
  return rows === 0
    ? t(`${sheetName}中没有 ${sku} 的供应商`, `${sheetName} has no supplier of ${sku}`)
    : t(
        `${sheetName}中 ${sku} 的供应商都没有单价或代理价`,
        `no supplier of ${sku} in ${sheetName} gives a unit cost or an agent price`,
      );
}

function noWeightProblem(sku: string): Localized {
  return t(
    `SKU供应商总表和上新表都没有 ${sku} 的重量，无法计算运费`,
    `neither the SKU-supplier master nor the new-product sheet gives a weight for ${sku}, ` +
      'so the freight cannot be worked out',
  );
}

/**
 * The parcel of one order: its channel (R4.2b, R4.2c, R5.4c), freight, customs value (R5.4b)
 * and repacking hint (R5.6e), or the problem that stops it, for every line of the order.
 */
function shipOrder(
  lines: readonly OrderLine[],
  units: ReadonlyArray<UnitParcel | null>,
  context: PurchasingContext,
  rate: (currency: string, day: LocalDate) => Parsed<FxRate>,
): Parsed<ParcelShipping> & { reason?: ProblemReason } {
  const unweighed = lines.filter((_, i) => units[i] === null).map((line) => line.sku);
  if (unweighed.length > 0) {
    const skus = unweighed.join(', ');
    return {
      ok: false,
      reason: 'noWeight',
      problem: t(
        `${skus} 没有重量，整个包裹的运费无法计算`,
        `${skus} has no weight, so the freight of the parcel cannot be worked out`,
      ),
    };
  }
  if (!context.rateCards.ok) return { ...context.rateCards, reason: 'noChannel' };

  const first = lines[0];
  const rules = channelRulesOf(context.settings);
  const cards = context.rateCards.value;
  const parcel = orderParcelOf(
    lines.map((line, i) => ({ unit: units[i]!, quantity: line.quantity })),
  );
  const quote = chooseChannel(cards, parcel, first.site, rules);
  if (!quote.ok) return { ...quote, reason: 'noChannel' };

  const orderPrice = lines.reduce(
    (sum, line) => sum + line.itemPrice * line.quantity + line.shippingCharged,
    0,
  );
  const orderRate = rate(first.currency, first.orderedOn);
  const usdRate = rate('USD', first.orderedOn);
  let declared: Parsed<DeclaredValue>;
  if (!orderRate.ok) declared = orderRate;
  else if (!usdRate.ok) declared = usdRate;
  else if (orderPrice <= 0) {
    declared = { ok: false, problem: t('订单金额为0', 'the order price is 0') };
  } else {
    declared = {
      ok: true,
      value: declaredValue(orderPrice, parcel.grams, declarationRulesOf(context.settings), {
        order: orderRate.value,
        usd: usdRate.value,
      }),
    };
  }

  const hint = repackHint(parcel, (candidate) =>
    chooseChannel(cards, candidate, first.site, rules),
  );
  const repack =
    hint.ok && hint.value !== null
      ? describeRepack(hint.value, context.settings.baseCurrency)
      : null;
  return {
    ok: true,
    value: { lines: lines.length, parcel, quote: quote.value, declared, orderPrice, repack },
  };
}

/**
 * The purchase audit of order lines (R5.1b, R5.1h): for each line the cheapest supplier of
 * the SKU (agent price first, R5.1g, R5.2e), the freight of the channel its order's parcel
 * takes, Amazon's fees, VAT and the FX rate, and from them the gross margin in base currency:
 *
 *   net revenue = (itemPrice × quantity + shippingCharged − VAT) × FX
 *   profit      = net revenue − Amazon fees × FX − unit cost × quantity − freight share
 *   margin      = profit / net revenue
 *
 * Amazon fees are the line's own when the ERP gave them, else the referral fee share of the
 * product type (R4.2d's setting) on the VAT-inclusive amount, rounded in the order currency
 * as Amazon charges it. VAT is the line's own, else the site's rate inside the VAT-inclusive
 * amount. FX is the latest month's rate up to the order's day. Each amount is rounded to the
 * cent once, as it would be booked; the margin itself is an exact fraction.
 *
 * An order is one parcel: the lines of an order share its freight in proportion to their
 * weight (units × unit weight), the cents split so that the shares add up to the freight.
 */
export function auditOrderLines(
  lines: readonly OrderLine[],
  context: PurchasingContext,
): LineAudit[] {
  const suppliersBySku = indexBySku(context.suppliers);
  const productBySku = new Map<string, ProductRow>();
  for (const [sku, rows] of indexBySku(context.products)) productBySku.set(sku, rows[0]);
  const rate = fxLookup(context);
  const minimum = ratioOfDecimal(exactShare(context.settings.minOrderMargin));
  const audits = new Map<OrderLine, LineAudit>();

  for (const order of byOrder(lines)) {
    const suppliers = order.map((line) => cheapestSupplier(suppliersBySku.get(line.sku) ?? []));
    const units = order.map((line, i) =>
      unitParcelOf(
        suppliers[i]?.row ?? null,
        productBySku.get(line.sku) ?? null,
        suppliersBySku.get(line.sku) ?? [],
      ),
    );
    const shipping = shipOrder(order, units, context, rate);
    const shares = shipping.ok
      ? splitCents(
          shipping.value.quote.freight,
          order.map((line, i) => units[i]!.grams * line.quantity),
        )
      : null;

    order.forEach((line, i) => {
      const problems: LineProblem[] = [];
      const supplier = suppliers[i];
      if (supplier === null) {
        const rows = suppliersBySku.get(line.sku)?.length ?? 0;
        problems.push({
          reason: 'noSupplier',
          problem: noSupplierProblem(line.sku, rows, context.suppliersSheetName),
        });
      }
      let parcelProblem: Localized | null = null;
      if (!shipping.ok && shipping.reason === 'noWeight') {
        // Only the unweighed SKU is at fault; the rest of its order waits for it. An SKU
        // known to neither sheet is flagged as without supplier, which says it all.
        const known = suppliersBySku.has(line.sku) || productBySku.has(line.sku);
        if (units[i] !== null) parcelProblem = shipping.problem;
        else if (known) problems.push({ reason: 'noWeight', problem: noWeightProblem(line.sku) });
        else parcelProblem = shipping.problem;
      } else if (!shipping.ok) {
        problems.push({ reason: shipping.reason!, problem: shipping.problem });
      }

      const gross = line.itemPrice * line.quantity + line.shippingCharged;
      const vat = line.vat ?? vatIncluded(gross, context.settings.vat[line.site]);
      const productType = productBySku.get(line.sku)?.productType ?? null;
      const referral = exactShare(referralFeeFor(context.settings, productType));
      const amazonFees = line.amazonFees ?? multiplyCents(gross, referral);
      const fx = rate(line.currency, line.orderedOn);
      if (!fx.ok) problems.push({ reason: 'missingFx', problem: fx.problem });

      const netRevenue = fx.ok ? toBaseCurrency(gross - vat, fx.value) : null;
      const feesInBase = fx.ok ? toBaseCurrency(amazonFees, fx.value) : null;
      const purchase = supplier ? supplier.unitCost * line.quantity : null;
      const freight = shares ? shares[i] : null;
      const profit =
        netRevenue !== null && feesInBase !== null && purchase !== null && freight !== null
          ? netRevenue - feesInBase - purchase - freight
          : null;
      const margin =
        profit !== null && netRevenue! > 0 ? ratio(BigInt(profit), BigInt(netRevenue!)) : null;
      let verdict: LineAudit['verdict'] = null;
      if (profit !== null) {
        if (profit < 0) verdict = 'loss';
        else if (margin === null || compare(margin, minimum) < 0) verdict = 'belowMargin';
        else verdict = 'ok';
      }

      audits.set(line, {
        line,
        supplier,
        unit: units[i],
        shipping: shipping.ok ? shipping.value : null,
        money: {
          gross,
          vat,
          vatEstimated: line.vat === null,
          amazonFees,
          feesEstimated: line.amazonFees === null,
          fx: fx.ok ? fx.value : null,
          netRevenue,
          feesInBase,
          purchase,
          freight,
          profit,
        },
        margin,
        verdict,
        problems,
        parcelProblem,
      });
    });
  }
  return lines.map((line) => audits.get(line)!);
}
