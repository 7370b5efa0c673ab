import { builtInColumns, flatFileRow, flatFileText, uncarried } from '../core/amazon/flat-file';
import type { FlatFileListing } from '../core/amazon/flat-file';
import {
  batchesOf,
  batchId,
  buildListings,
  findingAt,
  withBatch,
  withConfirmed,
} from '../core/amazon/listing';
import type { RowRefusal, SourceListing } from '../core/amazon/listing';
import { FALLBACK_STOCK, listingAttributes, listingsFeed } from '../core/amazon/listings-feed';
import type { ListingAttributes } from '../core/amazon/listings-feed';
import { MARKETPLACES } from '../core/amazon/marketplaces';
import { preflight } from '../core/amazon/preflight';
import { knownProductTypes, productTypeDefinition } from '../core/amazon/product-types';
import { builtInTemplate, parseTemplate } from '../core/amazon/templates';
import type { AmazonTemplate, TemplateSource } from '../core/amazon/templates';
import type { OutCell } from '../core/cells';
import { SHEETS, SITES } from '../core/contract/sheets';
import type { Site } from '../core/contract/sheets';
import { outValue } from '../core/contract/values';
import { localDate, wallClock } from '../core/dates';
import type { LocalDate } from '../core/dates';
import { UnusableInputError } from '../core/findings';
import type { Finding } from '../core/findings';
import { t } from '../core/i18n';
import type { Localized } from '../core/i18n';
import { rateCardsOf } from '../core/pricing/rate-card';
import type { ListingPricing } from '../core/pricing/suggested-price';
import { cellFinding } from '../core/reader';
import type { Layout } from '../core/reader';
import { hasRole, RoleError } from '../core/roles';
import type { Settings } from '../core/settings';
import type { OutputFile, TabEdit, Workbook } from '../workbook/port';
import { load, rowsOf } from './load';
import type { Loaded } from './load';
import { planRowWrites, setCell } from './row-writes';
import type { CellChanges } from './row-writes';

/**
 * Export to Amazon (R2.2, R4.5, R4.6): for each chosen site, the approved listings checked
 * like Seller Central's "check my file", then a tab-delimited upload file on the user's own
 * template and a JSON_LISTINGS_FEED, and each exported row stamped with the batch id. A row
 * with an error is left out of both files and listed with every reason; the others go out.
 */

export interface ExportAmazonOptions {
  sites: readonly Site[];
  /** The day in file names and batch ids; today in the workbook's zone when absent. */
  date?: string;
  /** Templates from files (the CLI's --templates); they win over the Amazon templates sheet. */
  templates?: readonly TemplateSource[];
  /** Check and build the files, but stamp no row. */
  dryRun: boolean;
  /** The acting user's email. */
  user: string;
  now: Date;
  /** The merchant token for the JSON feed's header; Settings' sellerId when absent. */
  sellerId?: string;
}

/** Where a site's upload file took its header rows from. */
export type TemplateKind = 'sheet' | 'file' | 'built-in';

export interface SiteSummary {
  site: Site;
  batchId: string;
  exported: number;
  refused: number;
  /** Uploaded rows exported to this site before, left out. */
  alreadyExported: number;
  /** The template each product type's rows were written on. */
  templates: Record<string, TemplateKind>;
  files: string[];
}

export interface ExportAmazonResult {
  files: OutputFile[];
  /** Rows left out, per site, with every reason. */
  refused: RowRefusal[];
  /** Findings that concern a whole site or template rather than a row. */
  findings: Finding[];
  summary: SiteSummary[];
  /** The Export batch stamps (applied unless this was a dry run). */
  edits: TabEdit[];
  dryRun: boolean;
}

const ACTION: Localized = t('导出亚马逊上传文件', 'Exporting Amazon upload files');
const TEXT_MIME = 'text/tab-separated-values';
const JSON_MIME = 'application/json';

/** The sites a user may export: uploaders all of them (R4.5), a site's owner that site (R4.6). */
function mayExport(settings: Settings, user: string, site: Site): boolean {
  return hasRole(settings, user, 'uploader') || hasRole(settings, user, 'siteOwner', site);
}

/** Templates of the Amazon templates sheet, by `<PRODUCT_TYPE>|<SITE>`, cells exactly as written. */
function sheetTemplates(loaded: Loaded): Map<string, { source: TemplateSource; rows: number[] }> {
  const templates = new Map<string, { source: TemplateSource; rows: number[] }>();
  const read = loaded.reads.amazonTemplates;
  const values = loaded.values.amazonTemplates ?? [];
  if (!read) return templates;
  const contentAt = read.layout.index.content;
  for (const row of read.rows) {
    if (!row.productType || !row.site || row.row === null || row.row < 1) continue;
    const key = `${row.productType.trim().toUpperCase()}|${row.site}`;
    const entry = templates.get(key) ?? {
      source: {
        productType: row.productType.trim().toUpperCase(),
        site: row.site as Site,
        rows: [],
      },
      rows: [],
    };
    // The reader trims text; a header row's trailing tabs are part of what Amazon wrote.
    const raw = contentAt === undefined ? '' : values[row.rowNumber - 1]?.[contentAt];
    entry.source.rows[row.row - 1] = raw === null || raw === undefined ? '' : String(raw);
    entry.rows[row.row - 1] = row.rowNumber;
    templates.set(key, entry);
  }
  for (const { source } of templates.values()) {
    source.rows = Array.from(source.rows, (row) => (row === undefined ? null : row));
  }
  return templates;
}

interface ChosenTemplate {
  template: AmazonTemplate | null;
  kind: TemplateKind;
  problem: Finding | null;
}

/** The template of a product type and site: a file, then the sheet, then the built-in layout. */
function chooseTemplate(
  productType: string,
  site: Site,
  files: readonly TemplateSource[],
  fromSheet: Map<string, { source: TemplateSource; rows: number[] }>,
  loaded: Loaded,
  listings: readonly FlatFileListing[],
): ChosenTemplate {
  const file = files.find(
    (source) => source.productType.toUpperCase() === productType && source.site === site,
  );
  const sheet = fromSheet.get(`${productType}|${site}`);
  const source = file ?? sheet?.source;
  if (!source) {
    return {
      template: builtInTemplate(productType, site, builtInColumns(listings)),
      kind: 'built-in',
      problem: null,
    };
  }
  const parsed = parseTemplate(source);
  if (parsed.ok) return { template: parsed.template, kind: file ? 'file' : 'sheet', problem: null };

  const { row, problem } = parsed.problem;
  const name = `${productType}-${site}`;
  let finding: Finding;
  if (!file && sheet && loaded.reads.amazonTemplates) {
    const layout = loaded.reads.amazonTemplates.layout;
    // A missing row has no cell of its own: the template's first row stands for it.
    const sheetRow =
      (row === null ? undefined : sheet.rows[row - 1]) ?? sheet.rows.find(Boolean) ?? null;
    finding = cellFinding(
      layout,
      sheetRow,
      'content',
      'AMZ.template',
      'error',
      t(`${name} 模板：${problem.zh}`, `the ${name} template: ${problem.en}`),
    );
  } else {
    const where = row === null ? '' : ` row ${row}`;
    finding = {
      sheet: `${name}.txt`,
      row,
      column: '',
      rule: 'AMZ.template',
      severity: 'error',
      message: t(
        `${name}.txt${row === null ? '' : ` 第${row}行`}：${problem.zh}`,
        `${name}.txt${where}: ${problem.en}`,
      ),
    };
  }
  return { template: null, kind: file ? 'file' : 'sheet', problem: finding };
}

function refuse(
  refused: Map<string, RowRefusal>,
  listing: SourceListing,
  findings: Finding[],
): void {
  const earlier = refused.get(listing.sku);
  if (earlier) earlier.findings.push(...findings);
  else
    refused.set(listing.sku, {
      site: listing.site,
      sku: listing.sku,
      row: listing.base.rowNumber,
      findings,
    });
}

interface Checked {
  listing: SourceListing;
  attributes: ListingAttributes;
  warnings: Finding[];
  fallbackStock: boolean;
}

/** Parents before children, so a child's parent exists when Amazon reads the child. */
function familyOrder(checked: Checked[]): Checked[] {
  const rank = (entry: Checked): number => (entry.listing.parentage === 'parent' ? 0 : 1);
  return [...checked].sort(
    (a, b) => rank(a) - rank(b) || a.listing.base.rowNumber - b.listing.base.rowNumber,
  );
}

function flatListing(entry: Checked): FlatFileListing {
  const { listing } = entry;
  return {
    sku: listing.sku,
    productType: listing.productType,
    site: listing.site,
    parentage: listing.parentage,
    variationTheme: listing.variationTheme.value,
    attributes: entry.attributes,
  };
}

/** What an empty price is suggested from: the channels, the FX rates up to the export day. */
function pricingOf(loaded: Loaded, date: LocalDate): ListingPricing {
  return {
    rateCards: rateCardsOf(
      rowsOf(loaded, 'shippingChannels'),
      loaded.tabs.shippingChannels ?? SHEETS.shippingChannels.name.en,
    ),
    fxRows: rowsOf(loaded, 'fx'),
    fxSheetName: loaded.tabs.fx ?? SHEETS.fx.name.en,
    settings: loaded.settings,
    today: date,
  };
}

interface SiteExport {
  summary: SiteSummary;
  files: OutputFile[];
  refused: RowRefusal[];
  findings: Finding[];
  exported: SourceListing[];
}

function exportSite(
  loaded: Loaded,
  site: Site,
  date: string,
  files: readonly TemplateSource[],
  fromSheet: Map<string, { source: TemplateSource; rows: number[] }>,
  sellerId: string,
  pricing: ListingPricing,
): SiteExport {
  const products = loaded.reads.newProducts!;
  const batch = batchId(site, date);
  const selection = buildListings(
    {
      products,
      translations: loaded.reads.translations ?? null,
      defaults: loaded.reads.amazonDefaults ?? null,
      settings: loaded.settings,
      pricing,
    },
    site,
  );
  const refused = new Map<string, RowRefusal>(selection.refused.map((entry) => [entry.sku, entry]));
  const findings: Finding[] = [];
  let checked: Checked[] = [];

  for (const listing of selection.listings) {
    const definition = productTypeDefinition(listing.productType, site);
    if (!definition) {
      refuse(refused, listing, [
        findingAt(
          { layout: listing.products, row: listing.base.rowNumber, column: 'productType' },
          'AMZ.productType',
          'error',
          t(
            `插件不认识产品类型“${listing.productType}”（可用：${knownProductTypes().join('、')}），无法检查这一行`,
            `the add-on does not know the product type "${listing.productType}" (it knows ${knownProductTypes().join(', ')}), so it cannot check this row`,
          ),
        ),
      ]);
      continue;
    }
    const built = listingAttributes(listing, definition, loaded.settings);
    const suggested = listing.suggestedPrice ? [listing.suggestedPrice.warning] : [];
    const problems = [...suggested, ...preflight(listing, built, definition)];
    const errors = problems.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) refuse(refused, listing, problems);
    else {
      checked.push({
        listing,
        attributes: built.attributes,
        warnings: problems,
        fallbackStock: built.fallbackStock,
      });
    }
  }

  // A child cannot go to Amazon without its parent, unless the parent is already there.
  let dropped = true;
  while (dropped) {
    dropped = false;
    checked = checked.filter((entry) => {
      const parentSku = entry.listing.parentSku;
      const parent = parentSku ? refused.get(parentSku) : undefined;
      if (!parentSku || !parent) return true;
      refuse(refused, entry.listing, [
        findingAt(
          {
            layout: entry.listing.products,
            row: entry.listing.base.rowNumber,
            column: 'parentSku',
          },
          'R3.5',
          'error',
          t(
            `父体“${parentSku}”（第${parent.row}行）这次没有导出，子体不能单独上传`,
            `the parent "${parentSku}" (row ${parent.row}) is not exported this time, so its child cannot go alone`,
          ),
        ),
      ]);
      dropped = true;
      return false;
    });
  }

  const byType = new Map<string, Checked[]>();
  for (const entry of familyOrder(checked)) {
    // Pushed, not copied: one product type may hold every listing of the site.
    const ofType = byType.get(entry.listing.productType);
    if (ofType) ofType.push(entry);
    else byType.set(entry.listing.productType, [entry]);
  }
  const summary: SiteSummary = {
    site,
    batchId: batch,
    exported: 0,
    refused: 0,
    alreadyExported: selection.alreadyExported,
    templates: {},
    files: [],
  };
  const sheets: { productType: string; template: AmazonTemplate; rows: string[][] }[] = [];
  const exported: Checked[] = [];

  for (const [productType, entries] of byType) {
    const flat = entries.map(flatListing);
    const chosen = chooseTemplate(productType, site, files, fromSheet, loaded, flat);
    summary.templates[productType] = chosen.kind;
    if (!chosen.template) {
      findings.push(chosen.problem!);
      for (const entry of entries) {
        refuse(refused, entry.listing, [
          findingAt(
            {
              layout: entry.listing.products,
              row: entry.listing.base.rowNumber,
              column: 'productType',
            },
            'AMZ.template',
            'error',
            t(
              `${productType} 在 ${site} 站的模板无法使用：${chosen.problem!.message.zh}`,
              `the ${productType} template for ${site} cannot be used: ${chosen.problem!.message.en}`,
            ),
          ),
        ]);
      }
      continue;
    }
    const template = chosen.template;
    if (template.builtIn) {
      findings.push({
        sheet: SHEETS.amazonTemplates.name.en,
        row: null,
        column: '',
        rule: 'AMZ.template.builtIn',
        severity: 'warning',
        message: t(
          `没有 ${productType} 在 ${MARKETPLACES[site].domain} 的亚马逊模板：${site} 的 .txt 使用插件内置的经典格式，卖家平台可能不接受；请下载该模板并放进“亚马逊模板”表`,
          `there is no Amazon template for ${productType} on ${MARKETPLACES[site].domain}: the ${site} .txt uses the add-on's built-in classic layout, which Seller Central may refuse; download that template into the Amazon templates sheet`,
        ),
      });
    }
    const rows: string[][] = [];
    const lacking = new Map<string, number>();
    for (const entry of entries) {
      const row = flatFileRow(template, flatListing(entry));
      if (!row.ok) {
        refuse(
          refused,
          entry.listing,
          row.columns.map(({ key }) =>
            findingAt(
              { layout: entry.listing.products, row: entry.listing.base.rowNumber, column: 'sku' },
              'AMZ.text.control',
              'error',
              t(
                `“${key}”列的值含有制表符或换行，会使上传文件错列`,
                `the value for the column "${key}" holds a tab or a line break, which would shift the upload file's columns`,
              ),
            ),
          ),
        );
        continue;
      }
      for (const name of uncarried(entry.attributes, row.used))
        lacking.set(name, (lacking.get(name) ?? 0) + 1);
      rows.push(row.cells);
      exported.push(entry);
      findings.push(...entry.warnings);
    }
    if (lacking.size > 0 && !template.builtIn) {
      const list = [...lacking].map(([name, count]) => `${name} (${count})`).join(', ');
      findings.push({
        sheet: SHEETS.amazonTemplates.name.en,
        row: null,
        column: '',
        rule: 'AMZ.template.columns',
        severity: 'warning',
        message: t(
          `${productType} 在 ${site} 站的模板没有这些数据的列，它们只在 .json 中：${list}`,
          `the ${productType} template for ${site} has no column for these values, which are in the .json only: ${list}`,
        ),
      });
    }
    if (rows.length > 0) sheets.push({ productType, template, rows });
  }

  const guessedStock = exported.filter((entry) => entry.fallbackStock).length;
  if (guessedStock > 0) {
    findings.push({
      sheet: SHEETS.amazonDefaults.name.en,
      row: null,
      column: 'attribute',
      rule: 'AMZ.stock',
      severity: 'warning',
      message: t(
        `${site} 站有 ${guessedStock} 个商品没有给出库存数量，按 ${FALLBACK_STOCK} 件上架：可在“亚马逊默认值”中加一行 fulfillment_availability`,
        `${guessedStock} ${site} listings give no stock quantity and are offered with ${FALLBACK_STOCK}: add a fulfillment_availability row to the Amazon defaults`,
      ),
    });
  }

  const outputs: OutputFile[] = [];
  const base = `amazon-${site}-${date}`;
  sheets.forEach(({ productType, template, rows }) => {
    const name = sheets.length === 1 ? `${base}.txt` : `${base}-${productType}.txt`;
    outputs.push({ name, mimeType: TEXT_MIME, content: flatFileText(template, rows) });
  });
  if (exported.length > 0) {
    const ordered = familyOrder(exported);
    outputs.push({
      name: `${base}.json`,
      mimeType: JSON_MIME,
      content: listingsFeed(
        site,
        sellerId,
        ordered.map((entry) => ({
          sku: entry.listing.sku,
          productType: entry.listing.productType,
          attributes: entry.attributes,
        })),
      ),
    });
    if (sellerId === '') {
      findings.push({
        sheet: SHEETS.settings.name.en,
        row: null,
        column: 'sellerId',
        rule: 'AMZ.feed.sellerId',
        severity: 'warning',
        message: t(
          '设置中没有 sellerId（亚马逊卖家编号）：.json 上传文件的表头需要它',
          'Settings has no sellerId (the Amazon merchant token): the header of the .json feed needs it',
        ),
      });
    }
  }
  summary.exported = exported.length;
  summary.refused = refused.size;
  summary.files = outputs.map((file) => file.name);
  return {
    summary,
    files: outputs,
    refused: [...refused.values()].sort((a, b) => a.row - b.row),
    findings,
    exported: exported.map((entry) => entry.listing),
  };
}

/** Findings that concern a whole site or template, each once: a default is seen by every row. */
function distinctFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.rule}|${finding.sheet}|${finding.row}|${finding.column}|${finding.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A column the add-on writes: where it is, or where it goes when the sheet lacks it. */
function writableColumn(layout: Layout, id: string): { column: number; header: TabEdit['blocks'] } {
  const at = layout.index[id];
  if (at !== undefined) return { column: at + 1, header: [] };
  let width = layout.headers.length;
  while (width > 0 && layout.headers[width - 1] === '') width -= 1;
  const label = SHEETS.newProducts.columns.find((column) => column.id === id)!.label[layout.lang];
  return { column: width + 1, header: [{ row: 1, column: width + 1, values: [[label]] }] };
}

/** The Export batch stamps of the exported rows, in one edit of the new-product sheet. */
function stampEdits(loaded: Loaded, exported: readonly SourceListing[], date: string): TabEdit[] {
  if (exported.length === 0) return [];
  const layout = loaded.reads.newProducts!.layout;
  const values = loaded.values.newProducts ?? [];
  const target = writableColumn(layout, 'exportBatch');
  const changes: CellChanges = new Map();
  const stamped = new Map<number, string | null>();
  for (const listing of exported) {
    const row = listing.base.rowNumber;
    const current = stamped.has(row) ? stamped.get(row)! : listing.base.exportBatch;
    const next = withBatch(current, batchId(listing.site, date));
    stamped.set(row, next);
    setCell(changes, row, target.column, next);
  }
  const blocks = [
    ...(target.header ?? []),
    ...planRowWrites(values, changes, [], loaded.workbook.cellTimeZone()),
  ];
  return blocks.length > 0 ? [{ tab: layout.sheetName, blocks }] : [];
}

/**
 * Exports the chosen sites: checks every approved row, writes `amazon-<SITE>-<date>.txt` and
 * `.json` per site, and (unless a dry run) stamps the exported rows' Export batch. Only an
 * uploader, or the owner of a site for that site, may stamp; a dry run needs no role.
 */
export function exportAmazon(workbook: Workbook, options: ExportAmazonOptions): ExportAmazonResult {
  const started = Date.now();
  const loaded = load(
    workbook,
    ['newProducts', 'translations', 'amazonDefaults', 'amazonTemplates', 'shippingChannels', 'fx'],
    { required: ['newProducts'] },
  );
  const sites = SITES.filter((site) => options.sites.includes(site));
  if (!options.dryRun) {
    const denied = sites.find((site) => !mayExport(loaded.settings, options.user, site));
    if (denied)
      throw new RoleError(denied === 'UK' ? 'uploader' : 'siteOwner', options.user, ACTION);
  }
  const date = options.date ?? localDate(options.now, workbook.timeZone());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new UnusableInputError([
      {
        sheet: '',
        row: null,
        column: '',
        rule: 'AMZ.date',
        severity: 'error',
        message: t(`日期“${date}”应写成 YYYY-MM-DD`, `the date "${date}" should read YYYY-MM-DD`),
      },
    ]);
  }
  const fromSheet = sheetTemplates(loaded);
  const sellerId = options.sellerId ?? loaded.settings.sellerId;
  const pricing = pricingOf(loaded, date);

  const result: ExportAmazonResult = {
    files: [],
    refused: [],
    findings: [],
    summary: [],
    edits: [],
    dryRun: options.dryRun,
  };
  const exported: SourceListing[] = [];
  for (const site of sites) {
    const templates = options.templates ?? [];
    const done = exportSite(loaded, site, date, templates, fromSheet, sellerId, pricing);
    result.files.push(...done.files);
    result.refused.push(...done.refused);
    result.findings.push(...done.findings);
    result.summary.push(done.summary);
    exported.push(...done.exported);
  }
  result.findings = distinctFindings(result.findings);
  result.edits = stampEdits(loaded, exported, date);
  if (!options.dryRun && result.edits.length > 0) workbook.apply(result.edits);

  const rows = result.summary.reduce((sum, site) => sum + site.exported, 0);
  console.log(
    `export-amazon: ${rows} rows, ${sites.length} sites, ${result.refused.length} refused${options.dryRun ? ', dry run' : ''}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result;
}

export interface ConfirmUploadResult {
  batchId: string;
  /** The new-product rows now Uploaded. */
  rows: number[];
  findings: Finding[];
  edits: TabEdit[];
  /** When the upload was confirmed, on the workbook's clock. */
  confirmedAt: string;
}

/**
 * Confirms that a batch was uploaded to Seller Central: its rows get the status Uploaded.
 * Only an uploader, or the owner of the batch's site, may confirm.
 */
export function confirmUpload(
  workbook: Workbook,
  batch: string,
  user: string,
  now: Date,
): ConfirmUploadResult {
  const started = Date.now();
  const loaded = load(workbook, ['newProducts'], { required: ['newProducts'] });
  const site = batch.slice(-2) as Site;
  const known = /^AMZ-\d{4}-\d{2}-\d{2}-[A-Z]{2}$/.test(batch) && SITES.includes(site);
  const action = t(`确认上传批次 ${batch}`, `Confirming the upload of ${batch}`);
  if (
    !hasRole(loaded.settings, user, 'uploader') &&
    !(known && hasRole(loaded.settings, user, 'siteOwner', site))
  ) {
    throw new RoleError('uploader', user, action);
  }
  const read = loaded.reads.newProducts!;
  const result: ConfirmUploadResult = {
    batchId: batch,
    rows: [],
    findings: [],
    edits: [],
    confirmedAt: wallClock(now, workbook.timeZone()),
  };
  const rows = known ? read.rows.filter((row) => batchesOf(row.exportBatch).includes(batch)) : [];
  if (rows.length === 0) {
    result.findings.push(
      cellFinding(
        read.layout,
        null,
        'exportBatch',
        'R4.5',
        'error',
        t(`没有任何一行属于导出批次“${batch}”`, `no row belongs to the export batch "${batch}"`),
      ),
    );
    return result;
  }

  const target = writableColumn(read.layout, 'status');
  const batchColumn = read.layout.index.exportBatch + 1;
  const status = SHEETS.newProducts.columns.find((column) => column.id === 'status')!;
  const uploaded: OutCell = outValue(status, 'Uploaded', read.layout.lang);
  const changes: CellChanges = new Map();
  for (const row of rows) {
    setCell(changes, row.rowNumber, target.column, uploaded);
    // Each site's upload is confirmed apart: the ✓ keeps the other sites' batches waiting.
    setCell(changes, row.rowNumber, batchColumn, withConfirmed(row.exportBatch, batch));
  }
  const blocks = [
    ...(target.header ?? []),
    ...planRowWrites(loaded.values.newProducts ?? [], changes, [], workbook.cellTimeZone()),
  ];
  result.rows = rows.map((row) => row.rowNumber);
  if (blocks.length > 0) {
    result.edits = [{ tab: read.layout.sheetName, blocks }];
    workbook.apply(result.edits);
  }
  console.log(
    `confirm-upload: ${rows.length} rows, 1 batch, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result;
}
