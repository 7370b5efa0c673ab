import type { Cell, OutCell } from '../core/cells';
import { parsePercent } from '../core/cells';
import { SETTING_DEFAULTS, SHEETS } from '../core/contract/sheets';
import type { Lang } from '../core/i18n';
import { readSheet } from '../core/reader';
import { requireRole } from '../core/roles';
import { readSettings } from '../core/settings';
import type { SettingRow } from '../core/settings';
import { load } from '../workflows/load';
import type { Loaded } from '../workflows/load';
import { planSetup } from '../workflows/setup';
import type { Block, Workbook } from '../workbook/port';
import { userLang } from './locale';
import { BAD_ARGUMENTS, RefusedError } from './refusal';
import { runSidebarAction } from './sidebar-action';
import { openSidebar } from './sidebar';

/** One key of the Settings sheet as the settings sidebar shows it. */
export interface SettingItem {
  key: string;
  /** The value as the sheet holds it, as text. */
  value: string;
  /** What the key means and the handbook rule it serves. */
  meaning: string;
  /** The team's own note beside the key, when it says more than the meaning. */
  note: string;
  /** The contract's default, '' when there is none. */
  defaultValue: string;
  /** Why the value in the sheet is not usable now; '' when it is. */
  problem: string;
}

/** Everything the settings sidebar shows, in the user's language. */
export interface SettingsView {
  lang: Lang;
  title: string;
  intro: string;
  /** The Settings sheet's tab name; '' when the workbook has none. */
  sheet: string;
  items: SettingItem[];
  /** Keys of the contract that the sheet lacks: their defaults apply. */
  missing: string[];
  missingNote: string;
  text: {
    filter: string;
    filterHint: string;
    save: string;
    saving: string;
    close: string;
    defaultIs: string;
    changed: string;
    nothingChanged: string;
    refused: string;
  };
}

/** One edit the page sends: the key, the new value, and the value the page showed before. */
export interface SettingChange {
  key: string;
  value: string;
  was: string;
}

/** What saving did: the keys written and the view afterwards, or each refused key's reason. */
export type SettingsSaved =
  | { saved: true; keys: string[]; message: string; view: SettingsView }
  | { saved: false; problems: Array<{ key: string; problem: string }>; message: string };

const TEXT = {
  zh: {
    title: '设置',
    intro: '修改“设置”表中的值。只保存改动过的值；无效的值会被拒绝并说明原因。',
    noSheet: '此表格没有“设置”工作表：请先运行“设置与帮助 › 设置工作表”。',
    missing: '以下键不在表中，使用默认值（运行“设置工作表”可添加）：',
    filter: '查找设置',
    filterHint: '按键名或含义筛选',
    save: '保存更改',
    saving: '正在保存…',
    close: '关闭',
    defaultIs: '默认值',
    changed: '已保存 {n} 项设置。',
    nothingChanged: '没有改动需要保存。',
    refused: '未保存任何更改：请修正标出的值。',
    changedMeanwhile: '有人在您打开侧边栏后改了此值（现在是“{now}”）：请重新打开侧边栏查看。',
    unknownKey: '表中没有此键。',
    shareTooLarge: '比例应小于 1（如 0.3 或 30%）。',
    notTimeZone: '不是时区名称，例如 Asia/Shanghai。',
    notCurrency: '应为三个字母的币种代码，例如 CNY。',
    notCountry: '应为两个字母的国家代码，例如 CN。',
    sellerIdInProperties:
      '卖家编号不应写在单元格中：请留空，改用“设置与帮助 › 设置亚马逊卖家编号”保存到文档属性。',
  },
  en: {
    title: 'Settings',
    intro:
      'Change the values of the Settings sheet. Only changed values are saved; a value that ' +
      'cannot be used is refused with the reason.',
    noSheet: 'This spreadsheet has no Settings sheet: run "Settings & help › Set up sheets" first.',
    missing: 'These keys are not in the sheet, so their defaults apply (Set up sheets adds them):',
    filter: 'Find a setting',
    filterHint: 'Filter by key or meaning',
    save: 'Save changes',
    saving: 'Saving…',
    close: 'Close',
    defaultIs: 'Default',
    changed: 'Saved {n} settings.',
    nothingChanged: 'Nothing changed, nothing to save.',
    refused: 'Nothing was saved: please correct the values marked.',
    changedMeanwhile:
      'Someone changed this value after you opened the sidebar (it is now "{now}"): open the ' +
      'sidebar again to see it.',
    unknownKey: 'The sheet has no such key.',
    shareTooLarge: 'A share must be less than 1 (0.3 or 30%).',
    notTimeZone: 'Not a time zone name, such as Asia/Shanghai.',
    notCurrency: 'Should be a three-letter currency code, such as CNY.',
    notCountry: 'Should be a two-letter country code, such as CN.',
    sellerIdInProperties:
      'The seller id should not be in a cell: leave it empty and use "Settings & help › Set ' +
      'Amazon seller id", which keeps it in the document properties.',
  },
};

/** Keys whose value is a share of a price: 20 where 0.2 was meant is a mistake, not a rate. */
function isShareKey(key: string): boolean {
  return (
    ['minListingMargin', 'minOrderMargin', 'declaredValueShare', 'referralFee'].includes(key) ||
    key.startsWith('vat.') ||
    key.startsWith('referralFee.')
  );
}

/**
 * Each key's meaning as "Set up sheets" writes it beside the key, taken from its plan for a
 * workbook that has no sheet yet: the meanings are kept in one place, the set-up's.
 */
function settingMeanings(lang: Lang): Map<string, string> {
  const blank: Workbook = {
    timeZone: () => 'UTC',
    cellTimeZone: () => 'UTC',
    tabNames: () => [],
    read: () => [],
    readNotes: () => [],
    readBackgrounds: () => [],
    apply: () => undefined,
  };
  const tab = SHEETS.settings.name[lang];
  const rows = planSetup(blank, lang).edits.find((edit) => edit.tab === tab)?.blocks?.[0]?.values;
  const meanings = new Map<string, string>();
  for (const row of (rows ?? []).slice(1)) meanings.set(String(row[0]), String(row[2] ?? ''));
  return meanings;
}

/** What the value of a key cannot be, beyond what reading the Settings sheet checks. */
function extraProblem(key: string, value: string, lang: Lang): string {
  const text = TEXT[lang];
  const trimmed = value.trim();
  if (isShareKey(key) && trimmed !== '') {
    const share = parsePercent(trimmed);
    if (share.ok && share.value >= 1) return text.shareTooLarge;
  }
  if (key === 'timeZone' && trimmed !== '') {
    try {
      new Intl.DateTimeFormat('en', { timeZone: trimmed });
    } catch {
      return text.notTimeZone;
    }
  }
  if (key === 'baseCurrency' && trimmed !== '' && !/^[A-Za-z]{3}$/.test(trimmed)) {
    return text.notCurrency;
  }
  if (key === 'countryOfOrigin' && trimmed !== '' && !/^[A-Za-z]{2}$/.test(trimmed)) {
    return text.notCountry;
  }
  if (key === 'sellerId' && trimmed !== '') return text.sellerIdInProperties;
  return '';
}

/** The Settings sheet's rows as read, each with its key, row number and value. */
function settingRows(loaded: Loaded): Array<SettingRow & { rowNumber: number }> {
  return (loaded.reads.settings?.rows ?? []).filter((row) => row.key && row.key.trim() !== '');
}

/** The problems of every row whose value cannot be used, by row number, in a language. */
function problemsByRow(loaded: Loaded, values: Cell[][], lang: Lang): Map<number, string> {
  const read = readSheet<SettingRow>(SHEETS.settings, values, {
    sheetName: loaded.tabs.settings ?? SHEETS.settings.name[lang],
    timeZone: loaded.workbook.cellTimeZone(),
  });
  const problems = new Map<number, string>();
  for (const finding of readSettings(read).findings) {
    if (finding.row !== null) problems.set(finding.row, finding.message[lang]);
  }
  for (const row of read.rows) {
    if (!row.key || problems.has(row.rowNumber)) continue;
    const extra = extraProblem(row.key.trim(), row.value ?? '', lang);
    if (extra) problems.set(row.rowNumber, extra);
  }
  return problems;
}

/** The settings sidebar's content from the Settings sheet's values, in a language. */
function viewOf(loaded: Loaded, values: Cell[][], lang: Lang): SettingsView {
  const text = TEXT[lang];
  const meanings = settingMeanings(lang);
  const read = readSheet<SettingRow>(SHEETS.settings, values, {
    sheetName: loaded.tabs.settings ?? SHEETS.settings.name[lang],
    timeZone: loaded.workbook.cellTimeZone(),
  });
  const rows = read.rows.filter((row) => row.key && row.key.trim() !== '');
  const problems = problemsByRow(loaded, values, lang);
  const present = new Set(rows.map((row) => row.key!.trim()));
  const items = rows.map((row) => {
    const key = row.key!.trim();
    const meaning = meanings.get(key) ?? '';
    const note = (row.note ?? '').trim();
    return {
      key,
      value: row.value ?? '',
      meaning: meaning || note,
      note: meaning && note && !meaning.includes(note) ? note : '',
      defaultValue: SETTING_DEFAULTS[key] ?? '',
      problem: problems.get(row.rowNumber) ?? '',
    };
  });
  const missing = loaded.tabs.settings
    ? Object.keys(SETTING_DEFAULTS).filter((key) => !present.has(key))
    : [];
  return {
    lang,
    title: text.title,
    intro: loaded.tabs.settings ? text.intro : text.noSheet,
    sheet: loaded.tabs.settings ?? '',
    items,
    missing,
    missingNote: missing.length > 0 ? text.missing : '',
    text: {
      filter: text.filter,
      filterHint: text.filterHint,
      save: text.save,
      saving: text.saving,
      close: text.close,
      defaultIs: text.defaultIs,
      changed: text.changed,
      nothingChanged: text.nothingChanged,
      refused: text.refused,
    },
  };
}

/** The settings sidebar's content for a workbook, in a language. */
export function settingsView(workbook: Workbook, lang: Lang): SettingsView {
  const loaded = load(workbook, ['settings']);
  return viewOf(loaded, loaded.values.settings ?? [], lang);
}

/** The edits a page sent, checked: at most one per key, each a short text. */
function changesArgument(value: unknown): SettingChange[] {
  const bad = () => new RefusedError(BAD_ARGUMENTS);
  if (!Array.isArray(value) || value.length > 500) throw bad();
  const seen = new Set<string>();
  return value.map((change: unknown) => {
    if (typeof change !== 'object' || change === null) throw bad();
    const { key, value: next, was } = change as Record<string, unknown>;
    if (typeof key !== 'string' || key.length > 200 || seen.has(key)) throw bad();
    if (typeof next !== 'string' || next.length > 5000) throw bad();
    if (typeof was !== 'string' || was.length > 5000) throw bad();
    seen.add(key);
    return { key, value: next, was };
  });
}

/** A value as it goes into the cell: a plain number as a number, anything else as text. */
function cellOf(value: string): OutCell {
  const trimmed = value.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * Checks and saves changed settings: every value is checked as the add-on will read it, and
 * only when all are usable are they written, in one batch that touches the value cells of
 * the changed rows and nothing else. A value someone else changed since the page showed it
 * is refused rather than overwritten.
 */
export function planSettingsSave(
  workbook: Workbook,
  changes: readonly SettingChange[],
  lang: Lang,
): SettingsSaved {
  const text = TEXT[lang];
  const loaded = load(workbook, ['settings']);
  const tab = loaded.tabs.settings;
  const valueAt = loaded.reads.settings?.layout.index.value;
  if (!tab || valueAt === undefined)
    throw new RefusedError({ zh: TEXT.zh.noSheet, en: TEXT.en.noSheet });

  const rowOf = new Map(settingRows(loaded).map((row) => [row.key!.trim(), row]));
  const values = (loaded.values.settings ?? []).map((row) => [...row]);
  const refused: Array<{ key: string; problem: string }> = [];
  const written = new Map<number, { key: string; value: string }>();
  for (const change of changes) {
    const row = rowOf.get(change.key);
    if (!row) {
      refused.push({ key: change.key, problem: text.unknownKey });
      continue;
    }
    const now = row.value ?? '';
    if (now.trim() !== change.was.trim()) {
      refused.push({ key: change.key, problem: text.changedMeanwhile.replace('{now}', now) });
      continue;
    }
    if (change.value.trim() === now.trim()) continue;
    values[row.rowNumber - 1][valueAt] = change.value.trim();
    written.set(row.rowNumber, { key: change.key, value: change.value });
  }

  const problems = problemsByRow(loaded, values, lang);
  for (const [rowNumber, { key }] of written) {
    const problem = problems.get(rowNumber);
    if (problem) refused.push({ key, problem });
  }
  if (refused.length > 0) return { saved: false, problems: refused, message: text.refused };
  if (written.size === 0) {
    return {
      saved: true,
      keys: [],
      message: text.nothingChanged,
      view: viewOf(loaded, values, lang),
    };
  }

  // Changed rows next to each other go as one block; rows between them are never rewritten.
  const blocks: Block[] = [];
  for (const rowNumber of [...written.keys()].sort((a, b) => a - b)) {
    const last = blocks[blocks.length - 1];
    const cell = [cellOf(written.get(rowNumber)!.value)];
    if (last && last.row + last.values.length === rowNumber) last.values.push(cell);
    else blocks.push({ row: rowNumber, column: valueAt + 1, values: [cell] });
  }
  workbook.apply([{ tab, blocks }]);
  const keys = [...written.values()].map((change) => change.key);
  return {
    saved: true,
    keys,
    message: text.changed.replace('{n}', String(keys.length)),
    // The view is made from the values just written: the sheet is not read a second time.
    view: viewOf(loaded, values, lang),
  };
}

/** Menu "Settings…": opens the settings sidebar. */
export function showSettings(): void {
  const lang = userLang();
  openSidebar('settings', TEXT[lang].title);
}

/** Server function of the settings sidebar: every key of the Settings sheet with its meaning. */
export function getSettingsView(): SettingsView {
  return runSidebarAction('settings', { writes: false }, ({ workbook, lang }) => {
    const view = settingsView(workbook, lang);
    return { result: view, counts: `${view.items.length} keys read` };
  });
}

/** Server function of the settings sidebar: saves changed values, or says why not. */
export function saveSettings(changes: unknown): SettingsSaved {
  const action = { zh: '修改设置', en: 'Changing settings' };
  return runSidebarAction('settings-save', { writes: true, audit: action }, (context) => {
    const { workbook, lang, user } = context;
    // Settings say who holds every role: only a director may change them.
    requireRole(load(workbook, []).settings, user, 'director', action);
    const result = planSettingsSave(workbook, changesArgument(changes), lang);
    const counts = result.saved
      ? `${result.keys.length} keys saved`
      : `${result.problems.length} values refused`;
    return { result, counts };
  });
}
