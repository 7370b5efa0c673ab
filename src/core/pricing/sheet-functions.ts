import { isBlank, parseText, parseYesNo } from '../cells';
import type { Cell, Parsed } from '../cells';
import { enumLabel } from '../contract/headers';
import type { FxRow, ShippingChannelRow } from '../contract/rows';
import { PLATFORM, SHEETS } from '../contract/sheets';
import type { Site } from '../contract/sheets';
import type { SheetId } from '../contract/types';
import type { LocalDate } from '../dates';
import { t } from '../i18n';
import type { Lang, Localized } from '../i18n';
import { fromCents } from '../money';
import type { Cents } from '../money';
import type { RowMeta, SheetRead } from '../reader';
import { readSettings } from '../settings';
import type { SettingRow, Settings } from '../settings';
import { CellProblem, must, overRows } from '../sheet-function';
import type { SheetArg, SheetResult } from '../sheet-function';
import { amazonTitle } from './amazon-title';
import {
  parseAmount,
  parseCurrencyCode,
  parseDangerous,
  parseShare,
  parseSite,
  parseSize,
  parseWeight,
} from './cell-inputs';
import { channelRulesOf, chooseChannel } from './channel';
import type { ChannelQuote, ChannelRules } from './channel';
import { declarationRulesOf, declaredValue } from './declared-value';
import { latestFxRate, siteCurrency } from './fx';
import type { FxRate } from './fx';
import { listingPriceFor, marginOf, marginShare, siteTermsOf } from './listing-price';
import type { Parcel } from './parcel';
import { rateCardsOf } from './rate-card';
import type { RateCard } from './rate-card';
import { describeRepack, repackHint } from './repack';
import { listingTargetOf } from './suggested-price';
import { supplierPlatformOf } from './supplier-platform';

/**
 * The custom functions' logic over whole ranges, free of Apps Script: the host reads the
 * Settings, FX rates and Shipping channels sheets once, hands them here with the arguments,
 * and gets back one cell per row: a value, blank for a blank row, or "⚠ …" for a row whose
 * input is wrong.
 */

/** The sheets pricing reads, as the reader gave them; null for a sheet the workbook lacks. */
export interface PricingSources {
  settings: SheetRead<SettingRow> | null;
  fxRates: SheetRead<FxRow> | null;
  shippingChannels: SheetRead<ShippingChannelRow> | null;
  /** Today in the spreadsheet's time zone: pricing uses the latest FX month up to it. */
  today: LocalDate;
  /** The language of the error texts written into cells. */
  lang: Lang;
}

/** The sources, read once per call and checked, ready for every row. */
export interface PricingBook {
  lang: Lang;
  today: LocalDate;
  settings: Settings;
  /** Settings keys whose value could not be read, with the problem naming the Settings row. */
  settingProblems: Map<string, Localized>;
  fx: Parsed<{ sheetName: string; rows: Array<FxRow & RowMeta> }>;
  channels: Parsed<RateCard[]>;
  rules: ChannelRules;
  /** FX rates looked up so far, by currency: a column of one site asks once. */
  rates: Map<string, Parsed<FxRate>>;
}

const UNUSABLE = new Set(['WB.header.missing', 'WB.header.duplicate', 'WB.column.missing']);

/** The rows of a sheet, or why there are none to use: the sheet is missing or unreadable. */
function usable<T>(
  id: SheetId,
  read: SheetRead<T> | null,
): Parsed<{ sheetName: string; rows: Array<T & RowMeta> }> {
  const name = SHEETS[id].name;
  if (read === null) {
    return {
      ok: false,
      problem: t(
        `没有工作表「${name.zh}」：请运行“设置工作表”并填写`,
        `there is no "${name.en}" sheet: run "Set up sheets" and fill it in`,
      ),
    };
  }
  const broken = read.findings.find((finding) => UNUSABLE.has(finding.rule));
  if (broken) return { ok: false, problem: broken.message };
  return { ok: true, value: { sheetName: read.layout.sheetName, rows: read.rows } };
}

/** Reads and checks the pricing sheets once for a whole call. */
export function openPricingBook(sources: PricingSources): PricingBook {
  const { settings, findings } = readSettings(sources.settings);
  const keyOfRow = new Map<number, string>();
  for (const row of sources.settings?.rows ?? []) {
    if (row.key) keyOfRow.set(row.rowNumber, row.key.trim());
  }
  const settingProblems = new Map<string, Localized>();
  for (const finding of findings) {
    const key = finding.row === null ? undefined : keyOfRow.get(finding.row);
    if (key !== undefined) settingProblems.set(key, finding.message);
  }
  const channelRows = usable('shippingChannels', sources.shippingChannels);
  return {
    lang: sources.lang,
    today: sources.today,
    settings,
    settingProblems,
    fx: usable('fx', sources.fxRates),
    channels: channelRows.ok
      ? { ok: true, value: rateCardsOf(channelRows.value.rows, channelRows.value.sheetName) }
      : channelRows,
    rules: channelRulesOf(settings),
    rates: new Map(),
  };
}

/** Stops a row when a setting it depends on could not be read (it would silently default). */
function needSettings(book: PricingBook, keys: readonly string[]): void {
  for (const key of keys) {
    const problem = book.settingProblems.get(key);
    if (problem) throw new CellProblem(problem);
  }
}

/** The FX rate pricing uses for a currency; the base currency needs no FX rates sheet. */
function rateOf(book: PricingBook, currency: string): FxRate {
  let rate = book.rates.get(currency);
  if (!rate) {
    const base = book.settings.baseCurrency;
    const sheet = book.fx.ok ? book.fx.value : { rows: [], sheetName: '' };
    rate =
      book.fx.ok || currency === base
        ? latestFxRate(sheet.rows, currency, book.today, base, sheet.sheetName)
        : book.fx;
    book.rates.set(currency, rate);
  }
  return must(rate);
}

/** An earlier custom function's error text ("⚠ …") passed in as input is shown as it is. */
function upstreamProblem(cells: readonly Cell[]): string | null {
  const error = cells.find((cell) => typeof cell === 'string' && cell.trim().startsWith('⚠'));
  return error === undefined ? null : String(error).trim();
}

/**
 * A dangerous-goods argument may span several columns (battery, powder, liquid): each row
 * becomes one cell, yes when any of them says yes. An unreadable cell is kept as it is, so the
 * row reports it.
 */
function anyDangerous(arg: SheetArg): SheetArg {
  if (!Array.isArray(arg)) return arg;
  return arg.map((row) => {
    const cells = Array.isArray(row) ? row : [row];
    const filled = cells.filter((cell) => !isBlank(cell));
    const answers = filled.map(parseYesNo);
    const unreadable = answers.findIndex((answer) => !answer.ok);
    if (unreadable >= 0) return [filled[unreadable]];
    if (filled.length === 0) return [''];
    return [answers.some((answer) => answer.ok && answer.value)];
  });
}

const PARCEL_SETTINGS = ['expressOverKg', 'dangerousFreightFactor'];

function parcelOf(weight: Cell, length: Cell, width: Cell, height: Cell, dangerous: Cell): Parcel {
  return {
    grams: must(parseWeight(weight)),
    sizeCm: must(parseSize(length, width, height)),
    dangerous: must(parseDangerous(dangerous)),
  };
}

function quoteParcel(book: PricingBook, parcel: Parcel, site: Site): Parsed<ChannelQuote> {
  const cards = must(book.channels);
  return chooseChannel(cards, parcel, site, book.rules);
}

type ParcelArgs = [SheetArg, SheetArg, SheetArg, SheetArg, SheetArg, SheetArg];

/** Runs a per-parcel computation over rows of (weight, site, length, width, height, dangerous). */
function overParcels(
  book: PricingBook,
  args: ParcelArgs,
  compute: (parcel: Parcel, site: Site) => SheetResult,
): SheetResult[][] {
  const [weight, site, length, width, height, dangerous] = args;
  return overRows(
    [weight, site, length, width, height, anyDangerous(dangerous)],
    book.lang,
    ([w, s, l, wd, h, d]) => {
      if (isBlank(w)) return '';
      const upstream = upstreamProblem([w, l, wd, h]);
      if (upstream) return upstream;
      const parcel = parcelOf(w, l, wd, h, d);
      const where = must(parseSite(s));
      needSettings(book, PARCEL_SETTINGS);
      return compute(parcel, where);
    },
  );
}

/** SHIPPING_COST: the freight in base currency on the channel R4.2b/R4.2c choose. */
export function shippingCostRows(book: PricingBook, ...args: ParcelArgs): SheetResult[][] {
  return overParcels(book, args, (parcel, site) =>
    fromCents(must(quoteParcel(book, parcel, site)).freight),
  );
}

/** BEST_CHANNEL: the name of the channel R4.2b/R4.2c choose. */
export function bestChannelRows(book: PricingBook, ...args: ParcelArgs): SheetResult[][] {
  return overParcels(
    book,
    args,
    (parcel, site) => must(quoteParcel(book, parcel, site)).card.channel,
  );
}

/** BILLABLE_WEIGHT: the weight the chosen channel bills, in kg. */
export function billableWeightRows(book: PricingBook, ...args: ParcelArgs): SheetResult[][] {
  return overParcels(
    book,
    args,
    (parcel, site) => must(quoteParcel(book, parcel, site)).billableGrams / 1000,
  );
}

/** REPACK_HINT: what repacking a parcel just over a whole kilogram saves, or blank. */
export function repackHintRows(book: PricingBook, ...args: ParcelArgs): SheetResult[][] {
  return overParcels(book, args, (parcel, site) => {
    const hint = must(repackHint(parcel, (candidate) => quoteParcel(book, candidate, site)));
    return hint === null ? '' : describeRepack(hint, book.settings.baseCurrency)[book.lang];
  });
}

const COST = t('采购价', 'cost');
const FREIGHT = t('运费', 'freight');
const PRICE = t('售价', 'price');
const TARGET = t('目标利润率', 'target margin');

function productTypeOf(cell: Cell): string | null {
  const text = parseText(cell, 'UTC');
  return text.ok && text.value !== '' ? text.value : null;
}

function landedCostOf(book: PricingBook, cost: Cell, freight: Cell): Cents {
  const base = book.settings.baseCurrency;
  return must(parseAmount(cost, base, COST)) + must(parseAmount(freight, base, FREIGHT));
}

function siteSettings(site: Site, productType: string | null): string[] {
  const keys = [`vat.${site}`, 'referralFee'];
  if (productType) keys.push(`referralFee.${productType}`);
  return keys;
}

/** LISTING_PRICE: the smallest price ending in priceEnding that reaches the target margin. */
export function listingPriceRows(
  book: PricingBook,
  costCny: SheetArg,
  freightCny: SheetArg,
  site: SheetArg,
  productType: SheetArg,
  targetMargin: SheetArg,
): SheetResult[][] {
  return overRows(
    [costCny, freightCny, site, productType, targetMargin],
    book.lang,
    ([cost, freight, s, type, target]) => {
      if (isBlank(cost) && isBlank(freight)) return '';
      const upstream = upstreamProblem([cost, freight]);
      if (upstream) return upstream;
      const landed = landedCostOf(book, cost, freight);
      const where = must(parseSite(s));
      const kind = productTypeOf(type);
      needSettings(book, [...siteSettings(where, kind), 'priceEnding']);
      if (isBlank(target)) needSettings(book, ['minListingMargin']);
      const margin = must(
        parseShare(isBlank(target) ? book.settings.minListingMargin : target, TARGET),
      );
      const { ending } = listingTargetOf(book.settings);
      const terms = siteTermsOf(book.settings, where, kind, rateOf(book, siteCurrency(where)));
      return fromCents(must(listingPriceFor(landed, terms, margin, ending)));
    },
  );
}

/** MARGIN: the margin of a shelf price, as a share rounded down to 0.01 %. */
export function marginRows(
  book: PricingBook,
  price: SheetArg,
  costCny: SheetArg,
  freightCny: SheetArg,
  site: SheetArg,
  productType: SheetArg,
): SheetResult[][] {
  return overRows(
    [price, costCny, freightCny, site, productType],
    book.lang,
    ([shelf, cost, freight, s, type]) => {
      if (isBlank(shelf) && isBlank(cost) && isBlank(freight)) return '';
      const upstream = upstreamProblem([shelf, cost, freight]);
      if (upstream) return upstream;
      const where = must(parseSite(s));
      const cents = must(parseAmount(shelf, siteCurrency(where), PRICE));
      if (cents === 0) throw new CellProblem(t('售价必须大于0', 'price must be more than 0'));
      const landed = landedCostOf(book, cost, freight);
      const kind = productTypeOf(type);
      needSettings(book, siteSettings(where, kind));
      const terms = siteTermsOf(book.settings, where, kind, rateOf(book, siteCurrency(where)));
      return marginShare(marginOf(cents, landed, terms));
    },
  );
}

/** DECLARED_VALUE: the customs value of an order, in USD or in the order's currency. */
export function declaredValueRows(
  book: PricingBook,
  orderPrice: SheetArg,
  currency: SheetArg,
  weightKg: SheetArg,
  declareIn: SheetArg,
): SheetResult[][] {
  return overRows(
    [orderPrice, currency, weightKg, declareIn],
    book.lang,
    ([price, code, weight, unit]) => {
      if (isBlank(price)) return '';
      const upstream = upstreamProblem([price, weight]);
      if (upstream) return upstream;
      const orderCurrency = must(parseCurrencyCode(code));
      const cents = must(parseAmount(price, orderCurrency, t('订单金额', 'order price')));
      if (cents === 0) {
        throw new CellProblem(t('订单金额必须大于0', 'order price must be more than 0'));
      }
      const grams = must(parseWeight(weight));
      const inCurrency = isBlank(unit) ? 'USD' : must(parseCurrencyCode(unit));
      if (inCurrency !== 'USD' && inCurrency !== orderCurrency) {
        throw new CellProblem(
          t(
            `申报币种应为 USD 或订单币种 ${orderCurrency}`,
            `declare in USD or in the order's currency ${orderCurrency}`,
          ),
        );
      }
      needSettings(book, ['declaredValueShare', 'smallParcelDeclaredUsd']);
      const rates = { order: rateOf(book, orderCurrency), usd: rateOf(book, 'USD') };
      const value = declaredValue(cents, grams, declarationRulesOf(book.settings), rates);
      return fromCents(inCurrency === 'USD' ? value.usd : value.order);
    },
  );
}

/** SUPPLIER_PLATFORM: 1688, Taobao or other, from a supplier link, in the sheet's language. */
export function supplierPlatformRows(lang: Lang, link: SheetArg): SheetResult[][] {
  return overRows([link], lang, ([cell]) => {
    if (isBlank(cell)) return '';
    return enumLabel(PLATFORM, must(supplierPlatformOf(String(cell))), lang);
  });
}

/** AMAZON_TITLE: a title from its R4.3b parts, Amazon-clean and at most 200 characters. */
export function amazonTitleRows(
  lang: Lang,
  brand: SheetArg,
  model: SheetArg,
  productName: SheetArg,
  feature: SheetArg,
  material: SheetArg,
  color: SheetArg,
  size: SheetArg,
  quantity: SheetArg,
): SheetResult[][] {
  return overRows(
    [brand, model, productName, feature, material, color, size, quantity],
    lang,
    (cells) => {
      const texts = cells.map((cell) => must(parseText(cell, 'UTC')));
      if (texts.every((text) => text === '')) return '';
      const [b, m, name, f, mat, c, s, q] = texts;
      return must(
        amazonTitle({
          brand: b,
          model: m,
          productName: name,
          feature: f,
          material: mat,
          color: c,
          size: s,
          quantity: q,
        }),
      );
    },
  );
}
