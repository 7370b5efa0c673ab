import type { AmazonDefaultRow, NewProductRow, TranslationRow } from '../contract/rows';
import type { Site } from '../contract/sheets';
import type { Finding } from '../findings';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import type { Cents } from '../money';
import { newProductSheet } from '../new-products/sheet';
import type { NewProductEntry, NewProductSheet } from '../new-products/sheet';
import { effectiveTitle } from '../new-products/title';
import { suggestedListingPrice, suggestionText } from '../pricing/suggested-price';
import type { ListingPricing, SuggestedPrice } from '../pricing/suggested-price';
import { cellFinding } from '../reader';
import type { Layout, RowMeta, SheetRead } from '../reader';
import type { Settings } from '../settings';
import { MARKETPLACES } from './marketplaces';

/**
 * The source listing of one SKU on one site (R2.2, R4.1, R4.6): the UK listing is the
 * approved new-product row; a German, French, Italian or Spanish listing takes its text from
 * the reviewed Translations row of that SKU and site, and everything else (images, weights,
 * identifiers, variations) from the new-product row. Attributes Amazon asks for that the
 * sheets have no column for come, in this order, from the translation's `amazon.*` column,
 * the product's `amazon.*` column, the Amazon defaults of the product type and site, the
 * defaults of the product type for every site, and last what the add-on derives.
 */

export type TranslationEntry = TranslationRow & RowMeta;
export type AmazonDefaultEntry = AmazonDefaultRow & RowMeta;

/** The cell a value comes from, or where the user would write it when it is missing. */
export interface Origin {
  layout: Layout;
  row: number;
  /** A column id of the sheet contract, or `amazon.<attribute>` for a pass-through column. */
  column: string;
}

/** A value with its cell. */
export interface Sourced<T> {
  value: T | null;
  origin: Origin;
}

export type Parentage = 'parent' | 'child';

export interface SourceListing {
  site: Site;
  sku: string;
  productType: string;
  base: NewProductEntry;
  products: Layout;
  translation: TranslationEntry | null;
  parentage: Parentage | null;
  parentSku: string | null;
  /** The family's theme: the row's own, or its parent's. */
  variationTheme: Sourced<string>;
  title: Sourced<string>;
  bullets: Sourced<string>[];
  description: Sourced<string>;
  keywords: Sourced<string>;
  browseNode: Sourced<string>;
  /** The shelf price in the site's currency, VAT included. */
  price: Sourced<Cents>;
  /** When the site's price cell was empty: the price suggested instead, and the warning. */
  suggestedPrice: { price: SuggestedPrice; warning: Finding } | null;
  /** The main image first (a child without one shares its parent's, R4.4b), then the others. */
  images: Sourced<string>[];
  /** The translation's own `amazon.*` values: they come before every other source. */
  translated: Map<string, Sourced<string>>;
  /** Every attribute named by an `amazon.*` column or a default, at its first source. */
  extra: Map<string, Sourced<string>>;
}

/** A row of a site that is not exported, with every reason. */
export interface RowRefusal {
  site: Site;
  sku: string;
  /** The new-product row. */
  row: number;
  findings: Finding[];
}

/** What the listings are built from: the sheets as read, and the settings. */
export interface ListingInput {
  products: SheetRead<NewProductRow>;
  translations: SheetRead<TranslationRow> | null;
  defaults: SheetRead<AmazonDefaultRow> | null;
  settings: Settings;
  /** What an empty price is suggested from; null leaves it empty (and the listing unsold). */
  pricing: ListingPricing | null;
}

export interface ListingSelection {
  listings: SourceListing[];
  refused: RowRefusal[];
  /** Uploaded rows already exported to this site, left out. */
  alreadyExported: number;
}

/** Product statuses after the director's approval (R3.5). */
const APPROVED = new Set(['Approved', 'Uploaded']);

/**
 * Whether an approved row goes to a site: an Approved row always (a re-export replaces the
 * listing); an Uploaded row only when the add-on exported it to other sites and not yet to
 * this one, so a site translated after the UK upload still gets it. An Uploaded row the
 * add-on never exported was listed by hand and is left alone.
 */
function exportable(row: NewProductEntry, site: Site): boolean {
  if (row.status === 'Approved') return true;
  const batches = batchesOf(row.exportBatch);
  return batches.length > 0 && !batches.some((batch) => batch.endsWith(`-${site}`));
}

/** The export batch of a site and day: `AMZ-2026-12-01-UK`. */
export function batchId(site: Site, date: string): string {
  return `AMZ-${date}-${site}`;
}

/** A batch id in an Export batch cell; a trailing ✓ marks an upload the user confirmed. */
const BATCH_TOKEN = /^(AMZ-\d{4}-\d{2}-\d{2}-[A-Z]{2})(✓?)$/;

function batchTokens(cell: string | null): Array<{ id: string; confirmed: boolean }> {
  return (cell ?? '')
    .split(/[,;\s]+/)
    .map((token) => BATCH_TOKEN.exec(token.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ id: match[1], confirmed: match[2] === '✓' }));
}

function batchCell(tokens: Array<{ id: string; confirmed: boolean }>): string {
  return tokens.map((token) => `${token.id}${token.confirmed ? '✓' : ''}`).join(', ');
}

/** The batch ids an Export batch cell holds, one per site at most. */
export function batchesOf(cell: string | null): string[] {
  return batchTokens(cell).map((token) => token.id);
}

/** The batch ids of a cell whose upload to Seller Central the user confirmed. */
export function confirmedBatchesOf(cell: string | null): string[] {
  return batchTokens(cell)
    .filter((token) => token.confirmed)
    .map((token) => token.id);
}

/** The cell an Export batch holds once a batch is added: the site's older batch is replaced. */
export function withBatch(cell: string | null, batch: string): string {
  const site = batch.slice(-2);
  const others = batchTokens(cell).filter((token) => token.id.slice(-2) !== site);
  return batchCell([...others, { id: batch, confirmed: false }]);
}

/** The cell once the upload of one of its batches is confirmed (each site confirmed apart). */
export function withConfirmed(cell: string | null, batch: string): string {
  return batchCell(
    batchTokens(cell).map((token) => (token.id === batch ? { ...token, confirmed: true } : token)),
  );
}

function cell(layout: Layout, row: number, column: string): Origin {
  return { layout, row, column };
}

function sourced<T>(value: T | null | undefined, origin: Origin): Sourced<T> {
  return { value: value === undefined || value === null || value === '' ? null : value, origin };
}

/**
 * A finding at an origin. Pass-through columns are not in the contract, so their header and
 * cell are found through the layout's `amazon.*` index.
 */
export function findingAt(
  origin: Origin,
  rule: string,
  severity: Finding['severity'],
  problem: Localized,
): Finding {
  const { layout } = origin;
  if (origin.column.startsWith('amazon.')) {
    const at = layout.passThrough[origin.column.slice('amazon.'.length)];
    const index = at === undefined ? layout.index : { ...layout.index, [origin.column]: at };
    return cellFinding({ ...layout, index }, origin.row, origin.column, rule, severity, problem);
  }
  return cellFinding(layout, origin.row, origin.column, rule, severity, problem);
}

/** The Amazon defaults, by product type and site ('' for every site), then attribute. */
function defaultsIndex(read: SheetRead<AmazonDefaultRow> | null): Map<string, Sourced<string>> {
  const index = new Map<string, Sourced<string>>();
  for (const row of read?.rows ?? []) {
    if (!row.productType || !row.attribute || row.value === null) continue;
    const key = `${row.productType.trim().toUpperCase()}|${row.site ?? ''}|${row.attribute.trim()}`;
    if (!index.has(key))
      index.set(key, sourced(row.value, cell(read!.layout, row.rowNumber, 'value')));
  }
  return index;
}

/** The errors the reader found in one row of a sheet. */
function rowErrors(read: SheetRead<unknown>, row: number): Finding[] {
  return read.findings.filter((finding) => finding.row === row && finding.severity === 'error');
}

function refusal(site: Site, row: NewProductEntry, findings: Finding[]): RowRefusal {
  return { site, sku: row.sku ?? '', row: row.rowNumber, findings };
}

interface Family {
  parentage: Parentage | null;
  parent: NewProductEntry | null;
}

function familyOf(sheet: NewProductSheet, row: NewProductEntry): Family {
  if (row.parentSku) return { parentage: 'child', parent: sheet.bySku.get(row.parentSku) ?? null };
  if (row.sku && (sheet.childrenOf.get(row.sku)?.length ?? 0) > 0) {
    return { parentage: 'parent', parent: null };
  }
  return { parentage: null, parent: null };
}

/**
 * The listings of one site: every approved new-product row (for DE/FR/IT/ES, with its
 * reviewed translation), and a refusal for each approved row that cannot be listed yet.
 * Rows already uploaded and exported to this site before are left out, so a re-run lists
 * only what is new.
 */
export function buildListings(input: ListingInput, site: Site): ListingSelection {
  const { products, translations } = input;
  const sheet = newProductSheet(products.layout, products.rows);
  const defaults = defaultsIndex(input.defaults);
  const reviewed = new Map<string, TranslationEntry[]>();
  const drafts = new Map<string, TranslationEntry>();
  for (const row of translations?.rows ?? []) {
    if (!row.sku || row.site !== site) continue;
    if (row.status === 'Reviewed') reviewed.set(row.sku, [...(reviewed.get(row.sku) ?? []), row]);
    else drafts.set(row.sku, row);
  }

  const selection: ListingSelection = { listings: [], refused: [], alreadyExported: 0 };
  for (const row of sheet.rows) {
    if (!row.sku || !row.status || !APPROVED.has(row.status)) continue;
    if (!exportable(row, site)) {
      selection.alreadyExported += 1;
      continue;
    }
    const at = (column: string, rule: string, problem: Localized): Finding =>
      findingAt(cell(products.layout, row.rowNumber, column), rule, 'error', problem);
    const findings = [...rowErrors(products, row.rowNumber)];
    const family = familyOf(sheet, row);

    if (family.parentage === 'child') {
      const parent = family.parent;
      if (!parent) {
        findings.push(
          at(
            'parentSku',
            'AMZ.variation.parent',
            t(
              `父SKU“${row.parentSku}”不在本表中`,
              `the parent SKU "${row.parentSku}" is not a row of this sheet`,
            ),
          ),
        );
      } else if (!parent.status || !APPROVED.has(parent.status)) {
        findings.push(
          at(
            'parentSku',
            'R3.5',
            t(
              `父体“${parent.sku}”（第${parent.rowNumber}行）未经总监审核通过，子体不能单独上传`,
              `the parent "${parent.sku}" (row ${parent.rowNumber}) is not approved by the director, so its child cannot be uploaded`,
            ),
          ),
        );
      }
    }

    let translation: TranslationEntry | null = null;
    if (site !== 'UK') {
      const candidates = reviewed.get(row.sku) ?? [];
      const draft = drafts.get(row.sku);
      if (candidates.length === 0) {
        const origin = draft
          ? cell(translations!.layout, draft.rowNumber, 'status')
          : cell(products.layout, row.rowNumber, 'sku');
        findings.push(
          findingAt(
            origin,
            'R4.6',
            'error',
            draft
              ? t(
                  `${row.sku} 的 ${site} 翻译只是机翻草稿，校对后（状态改为“已校对”）才能导出`,
                  `the ${site} translation of ${row.sku} is a machine draft; it is exported once reviewed (status Reviewed)`,
                )
              : t(
                  `${row.sku} 没有已校对的 ${site} 翻译（翻译表）`,
                  `${row.sku} has no reviewed ${site} translation in the Translations sheet`,
                ),
          ),
        );
      } else {
        translation = candidates[0];
        for (const extra of candidates.slice(1)) {
          findings.push(
            findingAt(
              cell(translations!.layout, extra.rowNumber, 'sku'),
              'R4.6',
              'error',
              t(
                `${row.sku} 的 ${site} 翻译有两行（第${translation.rowNumber}行和第${extra.rowNumber}行）：请删除一行`,
                `${row.sku} has two ${site} translations (rows ${translation.rowNumber} and ${extra.rowNumber}): delete one`,
              ),
            ),
          );
        }
        findings.push(...rowErrors(translations!, translation.rowNumber));
      }
    }

    if (findings.length > 0) {
      selection.refused.push(refusal(site, row, findings));
      continue;
    }
    const listing = listingOf({ site, row, family, translation, sheet, input, defaults });
    const unpriced = suggestPrice(listing, input.pricing);
    if (unpriced) selection.refused.push(refusal(site, row, [unpriced]));
    else selection.listings.push(listing);
  }
  return selection;
}

/**
 * Fills an empty price of a listing that is sold (not a variation parent) with the suggested
 * one for its site (R4.2d), keeping the warning that says so; the refusal finding when no
 * price can be suggested. The price cell itself is left empty: the suggestion follows the
 * costs, FX rate and channels of each export until someone writes a price.
 */
function suggestPrice(listing: SourceListing, pricing: ListingPricing | null): Finding | null {
  if (pricing === null || listing.parentage === 'parent' || listing.price.value !== null) {
    return null;
  }
  const suggestion = suggestedListingPrice(listing.base, listing.site, pricing);
  if (!suggestion.ok) {
    return findingAt(
      listing.price.origin,
      'R4.2d',
      'error',
      t(
        `售价为空，且无法建议售价：${suggestion.problem.zh}`,
        `the price is empty and none can be suggested: ${suggestion.problem.en}`,
      ),
    );
  }

  const text = suggestionText(suggestion.value, pricing.settings);
  listing.price = { value: suggestion.value.price, origin: listing.price.origin };
  listing.suggestedPrice = {
    price: suggestion.value,
    warning: findingAt(
      listing.price.origin,
      'R4.2d',
      'warning',
      t(`售价为空：按建议售价 ${text.zh} 导出`, `the price is empty: suggested ${text.en}`),
    ),
  };
  return null;
}

interface ListingParts {
  site: Site;
  row: NewProductEntry;
  family: Family;
  translation: TranslationEntry | null;
  sheet: NewProductSheet;
  input: ListingInput;
  defaults: Map<string, Sourced<string>>;
}

const BULLETS = ['bullet1', 'bullet2', 'bullet3', 'bullet4', 'bullet5'] as const;
const IMAGES = ['image1', 'image2', 'image3', 'image4', 'image5'] as const;

function listingOf(parts: ListingParts): SourceListing {
  const { site, row, family, translation, sheet, input, defaults } = parts;
  const products = input.products.layout;
  const own = (column: string): Origin => cell(products, row.rowNumber, column);
  const productType = (row.productType ?? '').trim().toUpperCase();

  // Text is the site's own: the UK row, or the translation of it (R4.6).
  const text = translation
    ? {
        layout: input.translations!.layout,
        row: translation.rowNumber,
        title: translation.title,
        bullets: BULLETS.map((column) => translation[column]),
        description: translation.description,
        keywords: translation.keywords,
        browseNode: translation.browseNode,
        price: translation.price,
      }
    : {
        layout: products,
        row: row.rowNumber,
        title: effectiveTitle(sheet, row),
        bullets: BULLETS.map((column) => row[column]),
        description: row.description,
        keywords: row.keywords,
        browseNode: row.browseNode,
        price: row.price,
      };
  const textCell = (column: string): Origin => cell(text.layout, text.row, column);

  const images = IMAGES.map((column) => sourced(row[column], own(column)));
  const parent = family.parent;
  if (family.parentage === 'child' && images[0].value === null && parent?.image1) {
    images[0] = sourced(parent.image1, cell(products, parent.rowNumber, 'image1'));
  }

  const theme =
    row.variationTheme !== null || !parent
      ? sourced(row.variationTheme, own('variationTheme'))
      : sourced(parent.variationTheme, cell(products, parent.rowNumber, 'variationTheme'));

  const translated = new Map<string, Sourced<string>>();
  const extra = new Map<string, Sourced<string>>();
  const offer = (attribute: string, value: Sourced<string>): void => {
    if (!extra.has(attribute)) extra.set(attribute, value);
  };
  if (translation) {
    for (const [attribute, value] of Object.entries(translation.passThrough)) {
      const written = sourced(value, textCell(`amazon.${attribute}`));
      translated.set(attribute, written);
      offer(attribute, written);
    }
  }
  for (const [attribute, value] of Object.entries(row.passThrough)) {
    offer(attribute, sourced(value, own(`amazon.${attribute}`)));
  }
  for (const scope of [site, '']) {
    for (const [key, value] of defaults) {
      const [type, forSite, attribute] = key.split('|');
      if (type === productType && forSite === scope) offer(attribute, value);
    }
  }

  return {
    site,
    sku: row.sku ?? '',
    productType,
    base: row,
    products,
    translation,
    parentage: family.parentage,
    parentSku: family.parentage === 'child' ? row.parentSku : null,
    variationTheme: theme,
    title: sourced(text.title, textCell('title')),
    bullets: text.bullets.map((bullet, i) => sourced(bullet, textCell(BULLETS[i]))),
    description: sourced(text.description, textCell('description')),
    keywords: sourced(text.keywords, textCell('keywords')),
    browseNode: sourced(text.browseNode, textCell('browseNode')),
    price: sourced(text.price, textCell('price')),
    suggestedPrice: null,
    images,
    translated,
    extra,
  };
}

/** The currency of a site's prices, for messages. */
export function currencyOf(site: Site): string {
  return MARKETPLACES[site].currency;
}
