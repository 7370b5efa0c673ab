import { SHEETS, SHEET_IDS } from './sheets';
import type { ColumnDef, EnumOption, SheetDef, SheetId } from './types';

/**
 * Header and tab-name matching. Case, spaces, `_`, `-`, brackets (full- or half-width) and a
 * trailing unit such as `(kg)` or `（元）` do not matter.
 */
export function normalizeHeader(text: string): string {
  return String(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s*[([][^()[\]]*[)\]]\s*$/, '')
    .replace(/[\s_\-()[\]【】]/g, '');
}

/** Every normalized name under which a column is found. */
export function columnKeys(column: ColumnDef): string[] {
  return [column.id, column.label.zh, column.label.en, ...column.aliases].map(normalizeHeader);
}

const sheetKeyCache = new Map<SheetId, Set<string>>();

/** Every normalized tab name under which a sheet is adopted. */
export function sheetKeys(def: SheetDef): Set<string> {
  let keys = sheetKeyCache.get(def.id);
  if (!keys) {
    keys = new Set([def.id, def.name.zh, def.name.en, ...def.aliases].map(normalizeHeader));
    sheetKeyCache.set(def.id, keys);
  }
  return keys;
}

/** The tab, among the workbook's, that holds a sheet of the contract; null when none does. */
export function findSheetName(def: SheetDef, tabNames: readonly string[]): string | null {
  const keys = sheetKeys(def);
  return tabNames.find((name) => keys.has(normalizeHeader(name))) ?? null;
}

/** The contract sheet a tab name stands for, if any. */
export function sheetOfTab(tabName: string): SheetDef | null {
  const key = normalizeHeader(tabName);
  const id = SHEET_IDS.find((sheetId) => sheetKeys(SHEETS[sheetId]).has(key));
  return id ? SHEETS[id] : null;
}

const optionIndexCache = new WeakMap<EnumOption[], Map<string, string>>();

/** Codes of texts already looked up, by option list: a column repeats a few texts all along. */
const seenTexts = new WeakMap<EnumOption[], Map<string, string | null>>();

/** The code of an enum option from any of its labels: `已通过`, `Approved`, `已通过 Approved`. */
export function enumCode(options: EnumOption[], text: string): string | null {
  let seen = seenTexts.get(options);
  if (!seen || seen.size > 10_000) {
    seen = new Map();
    seenTexts.set(options, seen);
  }
  const known = seen.get(text);
  if (known !== undefined) return known;
  const code = codeOf(options, text);
  seen.set(text, code);
  return code;
}

function codeOf(options: EnumOption[], text: string): string | null {
  let index = optionIndexCache.get(options);
  if (!index) {
    index = new Map();
    for (const option of options) {
      for (const label of [
        option.value,
        option.zh,
        option.en,
        `${option.zh} ${option.en}`,
        ...(option.also ?? []),
      ]) {
        index.set(normalizeHeader(label), option.value);
      }
    }
    optionIndexCache.set(options, index);
  }
  return index.get(normalizeHeader(text)) ?? null;
}

/** The label of an enum code in one language. */
export function enumLabel(options: EnumOption[], code: string, lang: 'zh' | 'en'): string {
  const option = options.find((candidate) => candidate.value === code);
  return option ? option[lang] : code;
}
