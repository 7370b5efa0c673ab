import type { Site } from '../contract/sheets';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { MARKETPLACES, siteOfMarketplaceId } from './marketplaces';

/**
 * Amazon's upload templates, as the user downloads them from Seller Central: header rows that
 * Amazon generates and checks (so they are copied verbatim, never rebuilt), one row of which
 * names the attribute of each column. Two dialects are alive: the classic `fptcustom` one
 * (attribute names such as `item_sku` on row 3, data from row 4) and the current product
 * spreadsheet (a `settings=` blob in A1 naming its label, attribute and data rows, and
 * attribute paths such as `item_name[marketplace_id=…][language_tag=…]#1.value`).
 */

export type TemplateDialect = 'classic' | 'current';

/** A template's header rows as the user supplied them, before they are understood. */
export interface TemplateSource {
  productType: string;
  site: Site;
  /** Row 1 first; each row's cells joined by tabs, exactly as supplied; null for a gap. */
  rows: (string | null)[];
}

/** A template understood: its dialect, where its rows are, and the key of every column. */
export interface AmazonTemplate {
  productType: string;
  site: Site;
  dialect: TemplateDialect;
  /** The rows above the first data row, written back verbatim. */
  headerRows: string[];
  /** The attribute row's cells: the key of each column, trimmed. */
  keys: string[];
  /** The `settings=` blob's pairs, decoded. */
  settings: Record<string, string>;
  labelRow: number;
  attributeRow: number;
  dataRow: number;
  /** The language the template's labels and action values are in (`en`, `de`…). */
  headerLanguage: string;
  /** True for the add-on's own classic layout, used when the user supplied no template. */
  builtIn: boolean;
}

/** Why a template cannot be used, and which of its rows is at fault (1-based; null: all). */
export interface TemplateProblem {
  row: number | null;
  problem: Localized;
}

export type ParsedTemplate =
  { ok: true; template: AmazonTemplate } | { ok: false; problem: TemplateProblem };

/** The keys that hold the SKU in each dialect: a template without one cannot take a row. */
const SKU_KEYS = new Set(['item_sku', 'contribution_sku#1.value', 'sku']);

function cellsOf(row: string | null): string[] {
  return row === null ? [] : row.split('\t');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * The pairs of a `settings=` cell: `settings=feedType=113&labelRow=2&…`, or the same with the
 * whole list URL-encoded.
 */
export function parseSettingsCell(cell: string): Record<string, string> {
  let body = cell.trim().replace(/^settings=/i, '');
  if (!body.includes('&') && /%26|%3D/i.test(body)) body = safeDecode(body);
  const settings: Record<string, string> = {};
  for (const pair of body.split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    settings[pair.slice(0, at).trim()] = safeDecode(pair.slice(at + 1).trim());
  }
  return settings;
}

function rowSetting(settings: Record<string, string>, key: string): number | null {
  const value = Number(settings[key]);
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** Whether a row holds attribute keys of the current dialect (`…#1.value`, `::record_action`). */
function looksLikeAttributeRow(cells: string[]): boolean {
  return cells.some((cell) => /#\d+(\.|$)/.test(cell) || cell.trim() === '::record_action');
}

function problem(row: number | null, zh: string, en: string): ParsedTemplate {
  return { ok: false, problem: { row, problem: t(zh, en) } };
}

/**
 * Understands a template's header rows: the dialect from row 1, the label, attribute and
 * data rows from its settings (classic defaults 2, 3 and 4), and the key of every column.
 * A template whose attribute row is missing or names no SKU column is refused with the reason.
 */
export function parseTemplate(source: TemplateSource): ParsedTemplate {
  const first = cellsOf(source.rows[0] ?? null);
  const settingsCell = first.find((cell) => /^settings=/i.test(cell.trim()));
  const settings = settingsCell ? parseSettingsCell(settingsCell) : {};
  let dialect: TemplateDialect;
  if (/^TemplateType=/i.test((first[0] ?? '').trim())) dialect = 'classic';
  else if (/^settings=/i.test((first[0] ?? '').trim())) dialect = 'current';
  else {
    return problem(
      1,
      '第1行不是亚马逊模板的表头（应以 TemplateType=… 或 settings=… 开头）：请粘贴从卖家平台下载的模板的前几行',
      'row 1 is not an Amazon template header (it starts with TemplateType=… or settings=…): paste the top rows of the template downloaded from Seller Central',
    );
  }

  let attributeRow = rowSetting(settings, 'attributeRow');
  if (attributeRow === null && dialect === 'classic') attributeRow = 3;
  if (attributeRow === null) {
    const found = source.rows.findIndex((row) => looksLikeAttributeRow(cellsOf(row)));
    attributeRow = found >= 0 ? found + 1 : null;
  }
  if (attributeRow === null) {
    return problem(
      null,
      '找不到属性名称行（如 contribution_sku#1.value 所在的行），模板的设置中也没有 attributeRow',
      'the attribute-name row (the one holding contribution_sku#1.value and the like) is missing, and the settings name no attributeRow',
    );
  }
  const keyRow = source.rows[attributeRow - 1];
  if (keyRow === undefined || keyRow === null || keyRow.trim() === '') {
    return problem(
      attributeRow,
      `缺少第${attributeRow}行：它是模板的属性名称行（item_sku 等），请把模板从第1行到第${attributeRow}行都粘贴进来`,
      `row ${attributeRow} is missing: it is the template's attribute-name row (item_sku and the like); supply every row from 1 to ${attributeRow}`,
    );
  }
  const keys = cellsOf(keyRow).map((cell) => cell.trim());
  if (!keys.some((key) => SKU_KEYS.has(key))) {
    return problem(
      attributeRow,
      `第${attributeRow}行应是属性名称行，但其中没有 SKU 列（item_sku 或 contribution_sku#1.value）`,
      `row ${attributeRow} should name the attributes, but it has no SKU column (item_sku or contribution_sku#1.value)`,
    );
  }

  const labelRow =
    rowSetting(settings, 'labelRow') ?? (dialect === 'classic' ? 2 : attributeRow - 1);
  const dataRow = rowSetting(settings, 'dataRow') ?? attributeRow + 1;
  if (dataRow <= attributeRow) {
    return problem(
      1,
      `模板设置的数据起始行（${dataRow}）不在属性名称行（${attributeRow}）之下`,
      `the template's settings put the first data row (${dataRow}) above its attribute row (${attributeRow})`,
    );
  }
  const headerRows: string[] = [];
  for (let row = 1; row < dataRow; row += 1) {
    const text = source.rows[row - 1];
    if (text === undefined || text === null) {
      return problem(
        row,
        `缺少第${row}行：模板的数据从第${dataRow}行开始，其上的每一行都要原样保留`,
        `row ${row} is missing: the template's data starts on row ${dataRow}, and every row above it is kept as it is`,
      );
    }
    headerRows.push(text);
  }

  const primary = settings.primaryMarketplaceId
    ? siteOfMarketplaceId(settings.primaryMarketplaceId)
    : null;
  if (settings.primaryMarketplaceId && primary !== source.site) {
    const domain = primary ? MARKETPLACES[primary].domain : settings.primaryMarketplaceId;
    return problem(
      1,
      `这是 ${domain} 的模板，不是 ${MARKETPLACES[source.site].domain} 的`,
      `this is a template for ${domain}, not for ${MARKETPLACES[source.site].domain}`,
    );
  }

  const language = (settings.headerLanguageTag ?? settings.contentLanguageTag ?? '').slice(0, 2);
  return {
    ok: true,
    template: {
      productType: source.productType,
      site: source.site,
      dialect,
      headerRows,
      keys,
      settings,
      labelRow,
      attributeRow,
      dataRow,
      headerLanguage: language.toLowerCase() || MARKETPLACES[source.site].language,
      builtIn: false,
    },
  };
}

/** One step of a current-dialect key: a field, its selectors, and which of its values. */
export interface KeyStep {
  field: string;
  selectors: Record<string, string>;
  /** 1-based instance (`#2`); null when the field is an object rather than an array. */
  instance: number | null;
}

const STEP = /^([A-Za-z0-9_]*)((?:\[[^\]=]+=[^\]]*\])*)(?:#(\d+))?$/;

function selectorsOf(text: string): Record<string, string> {
  const selectors: Record<string, string> = {};
  for (const match of text.matchAll(/\[([^\]=]+)=([^\]]*)\]/g)) selectors[match[1]] = match[2];
  return selectors;
}

/**
 * Splits a current-dialect key into steps: `purchasable_offer[marketplace_id=X][audience=ALL]
 * #1.our_price#1.schedule#1.value_with_tax` → purchasable_offer (selected, #1), our_price
 * (#1), schedule (#1), value_with_tax. Null for keys that are not attribute paths.
 */
export function parseAttributeKey(key: string): KeyStep[] | null {
  if (key.startsWith('::') || key.startsWith('amzn1.')) return null;
  const steps: KeyStep[] = [];
  // Selector values may hold dots (none seen so far), so split only outside brackets.
  const parts = key.match(/(?:[^.[\]]|\[[^\]]*\])+/g) ?? [];
  if (parts.join('.') !== key) return null;
  for (const part of parts) {
    const match = STEP.exec(part);
    if (!match) return null;
    steps.push({
      field: match[1],
      selectors: selectorsOf(match[2]),
      instance: match[3] === undefined ? null : Number(match[3]),
    });
  }
  if (steps.length === 0 || steps[0].field === '') return null;
  return steps;
}

/** Base64 of ASCII text, as the classic header's TemplateSignature carries its product types. */
function base64Ascii(text: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const [a, b, c] = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)];
    const bits = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += alphabet[(bits >> 18) & 63] + alphabet[(bits >> 12) & 63];
    out += Number.isNaN(b) ? '=' : alphabet[(bits >> 6) & 63];
    out += Number.isNaN(c) ? '=' : alphabet[bits & 63];
  }
  return out;
}

/** One column of the built-in layout: its attribute name and the label shown above it. */
export interface BuiltInColumn {
  key: string;
  label: string;
}

/**
 * The add-on's own classic layout, for a product type and site the user brought no template
 * for. Its first row follows the classic form, but it is not Amazon's: Seller Central may
 * refuse it, which is why the export says when it was used.
 */
export function builtInTemplate(
  productType: string,
  site: Site,
  columns: readonly BuiltInColumn[],
): AmazonTemplate {
  const type = productType.toUpperCase();
  const first = [
    'TemplateType=fptcustom',
    'Version=2025.1207',
    `TemplateSignature=${base64Ascii(type)}`,
    'Rows 1 to 3 belong to Amazon: keep them as they are.',
  ];
  return {
    productType: type,
    site,
    dialect: 'classic',
    headerRows: [
      first.join('\t'),
      columns.map((column) => column.label).join('\t'),
      columns.map((column) => column.key).join('\t'),
    ],
    keys: columns.map((column) => column.key),
    settings: {},
    labelRow: 2,
    attributeRow: 3,
    dataRow: 4,
    headerLanguage: 'en',
    builtIn: true,
  };
}
