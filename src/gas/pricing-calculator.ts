import type { Cell, Parsed } from '../core/cells';
import { enumLabel } from '../core/contract/headers';
import { SITE_OPTIONS, SITES } from '../core/contract/sheets';
import type { Site } from '../core/contract/sheets';
import { localDate } from '../core/dates';
import { t } from '../core/i18n';
import type { Lang } from '../core/i18n';
import { formatCents } from '../core/money';
import { parseAmount, parseShare, parseSize, parseWeight } from '../core/pricing/cell-inputs';
import { siteCurrency } from '../core/pricing/fx';
import {
  bestChannelRows,
  billableWeightRows,
  listingPriceRows,
  marginRows,
  openPricingBook,
  shippingCostRows,
} from '../core/pricing/sheet-functions';
import type { PricingBook } from '../core/pricing/sheet-functions';
import type { SheetResult } from '../core/sheet-function';
import { load } from '../workflows/load';
import type { Workbook } from '../workbook/port';
import { userLang } from './locale';
import { BAD_ARGUMENTS, RefusedError } from './refusal';
import { runSidebarAction } from './sidebar-action';
import { openSidebar } from './sidebar';

/** What the person typed into the pricing calculator, as typed. */
export interface PricingInput {
  weightKg: string;
  lengthCm: string;
  widthCm: string;
  heightCm: string;
  dangerous: boolean;
  /** One site, or '' for every site. */
  site: string;
  /** Purchase cost in base currency. */
  cost: string;
  /** '' for the Settings' minimum listing margin. */
  targetMargin: string;
  /** '' for the general referral fee. */
  productType: string;
}

/** The fields a problem can be shown under. */
export type PricingField = 'weightKg' | 'size' | 'cost' | 'targetMargin';

/** One site's answer: each figure as text to show, or why the site has none. */
export interface SiteQuote {
  site: Site;
  siteName: string;
  channel: string;
  billableKg: string;
  freight: string;
  /** The suggested shelf price in the site's currency; '' without a cost. */
  price: string;
  /** The margin at that price; '' without a price. */
  margin: string;
  /** Why this site has no channel or no price; '' when it has both. */
  problem: string;
}

/** What the calculator shows for an input. */
export interface PricingQuote {
  problems: Partial<Record<PricingField, string>>;
  quotes: SiteQuote[];
  /** How the price was found: the margin aimed at and the price ending. */
  basis: string;
}

/** Everything the pricing sidebar shows before any input, in the user's language. */
export interface PricingView {
  lang: Lang;
  title: string;
  intro: string;
  baseCurrency: string;
  sites: Array<{ value: string; label: string }>;
  productTypes: string[];
  defaultMargin: string;
  text: {
    weight: string;
    weightHint: string;
    size: string;
    sizeHint: string;
    length: string;
    width: string;
    height: string;
    dangerous: string;
    site: string;
    cost: string;
    costHint: string;
    margin: string;
    marginHint: string;
    productType: string;
    anyType: string;
    calculating: string;
    results: string;
    typeWeight: string;
    channel: string;
    billable: string;
    freight: string;
    price: string;
    marginAt: string;
    close: string;
  };
}

const TEXT = {
  zh: {
    title: '定价计算器',
    intro:
      '输入包裹和采购价，实时显示各站点的物流渠道、计费重量、运费和建议售价（按员工守则 R4.2）。',
    weight: '重量（公斤）',
    weightHint: '含包装，例如 0.35',
    size: '尺寸（厘米，可选）',
    sizeHint: '长 × 宽 × 高；泡货按体积重计费',
    length: '长',
    width: '宽',
    height: '高',
    dangerous: '带电、粉末或液体（危险品）',
    site: '目的站点',
    allSites: '全部站点',
    cost: '采购价',
    costHint: '不含运费，留空则只算运费',
    margin: '目标利润率（可选）',
    marginHint: '留空用“设置”中的最低利润率',
    productType: '产品类型（佣金）',
    anyType: '一般佣金',
    calculating: '正在计算…',
    results: '各站点结果',
    typeWeight: '输入重量后显示运费和售价。',
    channel: '渠道',
    billable: '计费重量',
    freight: '运费',
    price: '建议售价',
    marginAt: '该价利润率',
    close: '关闭',
    basis: '目标利润率 {margin}，售价以 {ending} 结尾',
  },
  en: {
    title: 'Pricing calculator',
    intro:
      'Type the parcel and the cost: the channel, billable weight, freight and suggested price ' +
      'of each site follow as you type (handbook R4.2).',
    weight: 'Weight (kg)',
    weightHint: 'Packed, e.g. 0.35',
    size: 'Size (cm, optional)',
    sizeHint: 'Length × width × height; bulky parcels bill their volume',
    length: 'Length',
    width: 'Width',
    height: 'Height',
    dangerous: 'Battery, powder or liquid (dangerous goods)',
    site: 'Destination',
    allSites: 'All sites',
    cost: 'Purchase cost',
    costHint: 'Without freight; leave empty for freight only',
    margin: 'Target margin (optional)',
    marginHint: "Empty: the Settings' minimum listing margin",
    productType: 'Product type (referral fee)',
    anyType: 'General referral fee',
    calculating: 'Calculating…',
    results: 'By site',
    typeWeight: 'Type a weight to see freight and prices.',
    channel: 'Channel',
    billable: 'Billable weight',
    freight: 'Freight',
    price: 'Suggested price',
    marginAt: 'Margin at that price',
    close: 'Close',
    basis: 'Target margin {margin}, prices ending in {ending}',
  },
};

const SYMBOLS: Record<string, string> = { CNY: '¥', GBP: '£', EUR: '€', USD: '$' };

function money(amount: number, currency: string): string {
  const text = formatCents(Math.round(amount * 100));
  return SYMBOLS[currency] ? `${SYMBOLS[currency]}${text}` : `${text} ${currency}`;
}

/** A share as a percentage with two decimals, as margins are compared: 31.50%. */
function percent(share: number): string {
  return `${(share * 100).toFixed(2)}%`;
}

/** A share as people write a target: 30%, 27.5%. */
function shortPercent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

/** The one cell a row function gave for a single row: a value, or the problem after "⚠". */
function single(rows: SheetResult[][]): { value: SheetResult; problem: string } {
  const value = rows[0]?.[0] ?? '';
  if (typeof value === 'string' && value.trim().startsWith('⚠')) {
    return { value: '', problem: value.trim().replace(/^⚠\s*/, '') };
  }
  return { value, problem: '' };
}

/** Reads Settings, FX rates and Shipping channels once, for one answer. */
function pricingBookOf(workbook: Workbook, now: Date, lang: Lang): PricingBook {
  const loaded = load(workbook, ['fx', 'shippingChannels']);
  return openPricingBook({
    settings: loaded.reads.settings ?? null,
    fxRates: loaded.reads.fx ?? null,
    shippingChannels: loaded.reads.shippingChannels ?? null,
    today: localDate(now, workbook.timeZone()),
    lang,
  });
}

function problemOf<T>(parsed: Parsed<T>, lang: Lang): string | null {
  return parsed.ok ? null : parsed.problem[lang];
}

/**
 * Prices a parcel on each site the way the custom functions do (BEST_CHANNEL,
 * BILLABLE_WEIGHT, SHIPPING_COST, LISTING_PRICE, MARGIN), so the calculator and the sheet
 * never disagree. A field that cannot be read is named, and nothing is priced until it is
 * fixed.
 */
export function quoteParcel(book: PricingBook, input: PricingInput): PricingQuote {
  const { lang } = book;
  const text = TEXT[lang];
  const base = book.settings.baseCurrency;
  const result: PricingQuote = { problems: {}, quotes: [], basis: '' };
  if (input.weightKg.trim() === '') return result;

  const problems: Partial<Record<PricingField, string | null>> = {
    weightKg: problemOf(parseWeight(input.weightKg), lang),
    size: problemOf(parseSize(input.lengthCm, input.widthCm, input.heightCm), lang),
    cost:
      input.cost.trim() === ''
        ? null
        : problemOf(parseAmount(input.cost, base, t('采购价', 'cost')), lang),
    targetMargin:
      input.targetMargin.trim() === ''
        ? null
        : problemOf(parseShare(input.targetMargin, t('目标利润率', 'target margin')), lang),
  };
  for (const [field, problem] of Object.entries(problems)) {
    if (problem) result.problems[field as PricingField] = problem;
  }
  if (Object.keys(result.problems).length > 0) return result;

  const sites = input.site === '' ? [...SITES] : SITES.filter((site) => site === input.site);
  const parcel: Cell[] = [
    input.weightKg,
    input.lengthCm,
    input.widthCm,
    input.heightCm,
    input.dangerous ? 'yes' : '',
  ];
  const [weight, length, width, height, dangerous] = parcel;
  for (const site of sites) {
    const channel = single(bestChannelRows(book, weight, site, length, width, height, dangerous));
    const quote: SiteQuote = {
      site,
      siteName: enumLabel(SITE_OPTIONS, site, lang),
      channel: String(channel.value),
      billableKg: '',
      freight: '',
      price: '',
      margin: '',
      problem: channel.problem,
    };
    result.quotes.push(quote);
    if (channel.problem) continue;

    const billable = single(
      billableWeightRows(book, weight, site, length, width, height, dangerous),
    );
    const freight = single(shippingCostRows(book, weight, site, length, width, height, dangerous));
    quote.billableKg = billable.problem ? '' : `${billable.value} kg`;
    quote.freight = freight.problem ? '' : money(Number(freight.value), base);
    quote.problem = billable.problem || freight.problem;
    if (quote.problem || input.cost.trim() === '') continue;

    const price = single(
      listingPriceRows(
        book,
        input.cost,
        freight.value,
        site,
        input.productType,
        input.targetMargin,
      ),
    );
    if (price.problem) {
      quote.problem = price.problem;
      continue;
    }
    quote.price = money(Number(price.value), siteCurrency(site));
    const margin = single(
      marginRows(book, price.value, input.cost, freight.value, site, input.productType),
    );
    quote.margin = margin.problem ? '' : percent(Number(margin.value));
  }

  if (input.cost.trim() !== '') {
    const target =
      input.targetMargin.trim() === ''
        ? shortPercent(book.settings.minListingMargin)
        : input.targetMargin.trim();
    result.basis = text.basis
      .replace('{margin}', target)
      .replace('{ending}', String(book.settings.priceEnding));
  }
  return result;
}

function inputArgument(value: unknown): PricingInput {
  const bad = () => new RefusedError(BAD_ARGUMENTS);
  if (typeof value !== 'object' || value === null) throw bad();
  const record = value as Record<string, unknown>;
  const textOf = (name: string): string => {
    const field = record[name] ?? '';
    if (typeof field !== 'string' || field.length > 100) throw bad();
    return field;
  };
  const site = textOf('site');
  if (site !== '' && !(SITES as readonly string[]).includes(site)) throw bad();
  if (typeof record.dangerous !== 'boolean') throw bad();
  return {
    weightKg: textOf('weightKg'),
    lengthCm: textOf('lengthCm'),
    widthCm: textOf('widthCm'),
    heightCm: textOf('heightCm'),
    dangerous: record.dangerous,
    site,
    cost: textOf('cost'),
    targetMargin: textOf('targetMargin'),
    productType: textOf('productType'),
  };
}

/** The pricing sidebar's texts and choices for a workbook, in a language. */
export function pricingView(workbook: Workbook, lang: Lang): PricingView {
  const text = TEXT[lang];
  const { settings } = load(workbook, []);
  return {
    lang,
    title: text.title,
    intro: text.intro,
    baseCurrency: settings.baseCurrency,
    sites: [
      { value: '', label: text.allSites },
      ...SITES.map((site) => ({ value: site, label: enumLabel(SITE_OPTIONS, site, lang) })),
    ],
    productTypes: Object.keys(settings.referralFeeByType).sort(),
    defaultMargin: shortPercent(settings.minListingMargin),
    text: {
      weight: text.weight,
      weightHint: text.weightHint,
      size: text.size,
      sizeHint: text.sizeHint,
      length: text.length,
      width: text.width,
      height: text.height,
      dangerous: text.dangerous,
      site: text.site,
      cost: `${text.cost} (${settings.baseCurrency})`,
      costHint: text.costHint,
      margin: text.margin,
      marginHint: text.marginHint,
      productType: text.productType,
      anyType: text.anyType,
      calculating: text.calculating,
      results: text.results,
      typeWeight: text.typeWeight,
      channel: text.channel,
      billable: text.billable,
      freight: text.freight,
      price: text.price,
      marginAt: text.marginAt,
      close: text.close,
    },
  };
}

/** Menu "Pricing calculator": opens the pricing sidebar. */
export function showPricingCalculator(): void {
  openSidebar('pricing', TEXT[userLang()].title);
}

/** Server function of the pricing sidebar: its texts and the choices it offers. */
export function getPricingView(): PricingView {
  return runSidebarAction('pricing', { writes: false }, ({ workbook, lang }) => ({
    result: pricingView(workbook, lang),
    counts: 'view',
  }));
}

/** Server function of the pricing sidebar: channel, freight and price per site for a parcel. */
export function quotePrices(input: unknown): PricingQuote {
  return runSidebarAction('pricing-quote', { writes: false }, ({ workbook, lang, now }) => {
    const quote = quoteParcel(pricingBookOf(workbook, now, lang), inputArgument(input));
    return { result: quote, counts: `${quote.quotes.length} sites` };
  });
}
