import { MARKETPLACES } from '../core/amazon/marketplaces';
import type { OutCell } from '../core/cells';
import { SHEETS } from '../core/contract/sheets';
import type { Site } from '../core/contract/sheets';
import { outValue } from '../core/contract/values';
import type { Finding } from '../core/findings';
import { t } from '../core/i18n';
import type { Lang } from '../core/i18n';
import { newProductSheet } from '../core/new-products/sheet';
import { effectiveTitle } from '../core/new-products/title';
import { cellFinding } from '../core/reader';
import { hasRole, RoleError } from '../core/roles';
import type { TabEdit, Workbook } from '../workbook/port';
import { load, rowsOf } from './load';
import type { Loaded } from './load';
import { planRowWrites } from './row-writes';

/**
 * "Translate" (R4.6): a machine draft of every missing Translations row, for each approved
 * product and each other-language site, marked Machine draft for the site's owner to review.
 * A row that exists, reviewed or not, is never touched. Brand, model and the glossary's
 * kept terms stay as written; the glossary's fixed translations replace their terms.
 */

/**
 * Translates many texts in one call (LanguageApp is called per text, so the Apps Script host
 * joins them with a separator it can split on): one result per text, in order.
 */
export type Translator = (texts: string[], from: string, to: string) => string[];

export const TRANSLATION_SITES: readonly Site[] = ['DE', 'FR', 'IT', 'ES'];

export interface TranslationPlan {
  edits: TabEdit[];
  /** The drafts planned, by SKU and site. */
  drafts: { sku: string; site: Site }[];
  findings: Finding[];
  /** How many times the translator was called. */
  calls: number;
}

/** Statuses after the director's approval: only these products are translated. */
const APPROVED = new Set(['Approved', 'Uploaded']);

const TEXT_COLUMNS = [
  'title',
  'bullet1',
  'bullet2',
  'bullet3',
  'bullet4',
  'bullet5',
  'description',
  'keywords',
] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];

/** A protected term: what it matches, and what the translation shows in its place. */
interface Term {
  term: string;
  /** The fixed translation; null keeps the text as it was written. */
  replacement: string | null;
}

/** A placeholder a translator leaves alone: brackets around a number. */
const SLOT = (n: number): string => `⟦${n}⟧`;
const SLOT_PATTERN = /⟦\s*(\d+)\s*⟧/g;

function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Protected {
  text: string;
  slots: string[];
}

/**
 * Puts placeholders where protected terms stand, longest term first and in one pass, so a
 * placeholder is never matched again. Terms match as whole words, in any case.
 */
function protect(text: string, terms: readonly Term[]): Protected {
  // A "term" of hundreds of characters is not a term, and would not compile into a pattern.
  const usable = terms.filter((term) => term.term.trim() !== '' && term.term.length <= 200);
  if (usable.length === 0) return { text, slots: [] };
  const sorted = [...usable].sort((a, b) => b.term.length - a.term.length);
  const byKey = new Map(sorted.map((term) => [term.term.toLowerCase(), term]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${sorted.map((term) => escapePattern(term.term)).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const slots: string[] = [];
  const replaced = text.replace(pattern, (match) => {
    const term = byKey.get(match.toLowerCase());
    slots.push(term?.replacement ?? match);
    return SLOT(slots.length - 1);
  });
  return { text: replaced, slots };
}

/** Puts the protected terms back; the slots a translator lost are returned. */
function restore(text: string, slots: readonly string[]): { text: string; lost: string[] } {
  const seen = new Set<number>();
  const restored = text.replace(SLOT_PATTERN, (match, n: string) => {
    const index = Number(n);
    if (index >= slots.length) return match;
    seen.add(index);
    return slots[index];
  });
  return { text: restored, lost: slots.filter((_, i) => !seen.has(i)) };
}

/**
 * Plans the machine drafts: which (SKU, site) pairs have no Translations row, their texts
 * translated in one translator call per language, and the rows appended to Translations (the
 * sheet is created when the workbook has none).
 */
export function planTranslations(
  loaded: Loaded,
  translator: Translator,
  options: { sites?: readonly Site[] } = {},
): TranslationPlan {
  const plan: TranslationPlan = { edits: [], drafts: [], findings: [], calls: 0 };
  const products = loaded.reads.newProducts;
  if (!products) return plan;
  const sheet = newProductSheet(products.layout, products.rows);
  const sites = TRANSLATION_SITES.filter((site) =>
    (options.sites ?? TRANSLATION_SITES).includes(site),
  );
  const existing = new Set(
    rowsOf(loaded, 'translations').map((row) => `${row.sku ?? ''}|${row.site ?? ''}`),
  );
  const glossary = rowsOf(loaded, 'glossary');

  const appended: Record<string, OutCell>[] = [];
  for (const site of sites) {
    const language = MARKETPLACES[site].language;
    const siteTerms: Term[] = glossary
      .filter((row) => row.term && (row.site === null || row.site === site))
      .map((row) => ({
        term: row.term!.trim(),
        replacement: row.keep === true || !row.translation ? null : row.translation,
      }));

    const wanted = sheet.rows.filter(
      (row) =>
        row.sku && row.status && APPROVED.has(row.status) && !existing.has(`${row.sku}|${site}`),
    );
    if (wanted.length === 0) continue;

    // Every text of every product in one list, each once: the translator sees it a single time.
    const jobs = wanted.map((row) => {
      const terms = [
        ...siteTerms,
        ...[row.brand, row.model]
          .filter((part): part is string => Boolean(part))
          .map((term) => ({ term, replacement: null })),
      ];
      const texts: Partial<Record<TextColumn, Protected>> = {};
      for (const column of TEXT_COLUMNS) {
        const source = column === 'title' ? effectiveTitle(sheet, row) : row[column];
        if (source) texts[column] = protect(source, terms);
      }
      return { row, texts };
    });
    const unique = [
      ...new Set(jobs.flatMap((job) => Object.values(job.texts).map((text) => text!.text))),
    ];
    const translated = unique.length > 0 ? translator(unique, 'en', language) : [];
    plan.calls += unique.length > 0 ? 1 : 0;
    if (translated.length !== unique.length) {
      plan.findings.push(
        cellFinding(
          products.layout,
          null,
          'sku',
          'R4.6',
          'error',
          t(
            `机器翻译（${site}）返回了${translated.length}条结果，应为${unique.length}条：${site} 没有写入草稿`,
            `the machine translation for ${site} returned ${translated.length} texts instead of ${unique.length}: no ${site} drafts were written`,
          ),
        ),
      );
      continue;
    }
    const result = new Map(unique.map((text, i) => [text, translated[i]]));

    for (const { row, texts } of jobs) {
      const values: Record<string, OutCell> = { sku: row.sku, site, status: 'MachineDraft' };
      for (const column of TEXT_COLUMNS) {
        const text = texts[column];
        if (!text) continue;
        const back = restore(result.get(text.text) ?? '', text.slots);
        values[column] = back.text;
        if (back.lost.length > 0) {
          plan.findings.push(
            cellFinding(
              products.layout,
              row.rowNumber,
              column,
              'R4.6',
              'warning',
              t(
                `${site} 机翻草稿丢失了不翻译的词：${back.lost.join('、')}，校对时请补上`,
                `the ${site} machine draft lost the terms ${back.lost.join(', ')}: put them back when reviewing`,
              ),
            ),
          );
        }
      }
      appended.push(values);
      plan.drafts.push({ sku: row.sku!, site });
    }
  }
  if (appended.length > 0) plan.edits.push(translationsEdit(loaded, appended));
  return plan;
}

/** The rows appended to Translations, in its columns and language; the sheet if it is missing. */
function translationsEdit(loaded: Loaded, rows: Record<string, OutCell>[]): TabEdit {
  const def = SHEETS.translations;
  const cellOf = (id: string, value: OutCell, lang: Lang): OutCell => {
    const column = def.columns.find((candidate) => candidate.id === id)!;
    return column.type === 'enum' ? outValue(column, value, lang) : value;
  };
  const read = loaded.reads.translations;
  if (read) {
    const { layout } = read;
    const width = Math.max(layout.headers.length, ...Object.values(layout.index).map((i) => i + 1));
    const lines = rows.map((values) => {
      const line: OutCell[] = new Array(width).fill('');
      for (const [id, value] of Object.entries(values)) {
        const at = layout.index[id];
        if (at !== undefined) line[at] = cellOf(id, value, layout.lang);
      }
      return line;
    });
    const blocks = planRowWrites(
      loaded.values.translations ?? [],
      new Map(),
      lines,
      loaded.workbook.cellTimeZone(),
    );
    return { tab: layout.sheetName, blocks };
  }
  const lang = loaded.reads.newProducts?.layout.lang ?? 'en';
  const header = def.columns.map((column) => column.label[lang]);
  const lines = rows.map((values) =>
    def.columns.map((column) =>
      column.id in values ? cellOf(column.id, values[column.id], lang) : '',
    ),
  );
  return {
    tab: def.name[lang],
    create: true,
    blocks: [{ row: 1, column: 1, values: [header, ...lines] }],
    headerStyle: { columns: header.length },
  };
}

/**
 * Runs "Translate" for a user: the sites are those the user works on (an uploader all of them,
 * a site's owner that site), or the ones asked for, each of which the user must work on.
 */
export function runTranslations(
  workbook: Workbook,
  translator: Translator,
  options: { user: string; sites?: readonly Site[] },
): TranslationPlan {
  const started = Date.now();
  const loaded = load(workbook, ['newProducts', 'translations', 'glossary'], {
    required: ['newProducts'],
  });
  const allowed = (site: Site): boolean =>
    hasRole(loaded.settings, options.user, 'uploader') ||
    hasRole(loaded.settings, options.user, 'siteOwner', site);
  const sites = options.sites ?? TRANSLATION_SITES.filter(allowed);
  const denied = sites.find((site) => !allowed(site));
  if (denied || sites.length === 0) {
    throw new RoleError(
      'siteOwner',
      options.user,
      t('生成机翻草稿', 'Drafting machine translations'),
    );
  }
  const plan = planTranslations(loaded, translator, { sites });
  if (plan.edits.length > 0) workbook.apply(plan.edits);
  console.log(
    `translate: ${plan.drafts.length} drafts, ${sites.length} sites, ${plan.calls} calls, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return plan;
}
