import { findSheetName } from '../core/contract/headers';
import { SHEETS } from '../core/contract/sheets';
import { UnusableInputError } from '../core/findings';
import type { Lang } from '../core/i18n';
import { requireRole } from '../core/roles';
import type { Settings } from '../core/settings';
import { load } from '../workflows/load';
import { runSetup } from '../workflows/setup';
import type { SetupPlan } from '../workflows/setup';
import { runMenuAction } from './menu-action';
import type { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** The description of the Settings tab's protection; one text, whatever the user's language. */
export const SETTINGS_PROTECTION = '设置：仅总监可编辑 / Settings: directors only';

/**
 * Settings as they stand, or null while they cannot be read: Set up is how a new or broken
 * workbook is mended, so until Settings names a director anyone may run it.
 */
function readableSettings(workbook: SpreadsheetWorkbook): Settings | null {
  try {
    return load(workbook, []).settings;
  } catch (error) {
    if (error instanceof UnusableInputError) return null;
    throw error;
  }
}

/**
 * Protects the Settings tab for the directors: whoever may edit it decides who holds every
 * role. Re-applied at each Set up, so a director added to Settings gets the right then.
 */
function protectSettings(workbook: SpreadsheetWorkbook, directors: string[]): void {
  const tab = findSheetName(SHEETS.settings, workbook.tabNames());
  if (!tab || directors.length === 0) return;
  workbook.apply([{ tab, protect: [{ description: SETTINGS_PROTECTION, editors: directors }] }]);
}

/** What "Set up sheets" did, in a few lines a person reads in an alert. */
export function setupSummary(plan: SetupPlan, lang: Lang): string {
  const zh = lang === 'zh';
  const created = plan.report.filter((entry) => entry.created).map((entry) => entry.tab);
  const lines: string[] = [];
  if (created.length > 0) {
    lines.push(
      zh
        ? `新建了 ${created.length} 个工作表：${created.join('、')}。`
        : `Created ${created.length} sheets: ${created.join(', ')}.`,
    );
  }
  for (const entry of plan.report) {
    if (entry.created) continue;
    if (entry.addedColumns.length > 0) {
      lines.push(
        zh
          ? `「${entry.tab}」在右侧新增了 ${entry.addedColumns.length} 列：${entry.addedColumns.join('、')}。`
          : `${entry.tab}: added ${entry.addedColumns.length} columns at the right: ` +
              `${entry.addedColumns.join(', ')}.`,
      );
    }
    if (entry.addedSettings.length > 0) {
      lines.push(
        zh
          ? `「${entry.tab}」新增了 ${entry.addedSettings.length} 个设置项，均为默认值。`
          : `${entry.tab}: added ${entry.addedSettings.length} settings with their defaults.`,
      );
    }
  }
  if (lines.length === 0) {
    return zh
      ? '工作表都已设置好，没有需要更改的地方。'
      : 'Every sheet is set up already: nothing to change.';
  }
  return lines.join('\n');
}

/**
 * Menu "Set up sheets": creates the missing sheets and adds missing columns at the right,
 * under the document lock, then tells the user what changed. Once Settings names directors,
 * only they may run it, and it protects the Settings tab for them.
 */
export function setUpSheets(): void {
  const title = { zh: '设置工作表', en: 'Set up sheets' };
  runMenuAction('set-up', title, ({ workbook, lang, user }) => {
    const current = readableSettings(workbook);
    const directors = current?.directors ?? [];
    if (current && directors.length > 0) requireRole(current, user, 'director', title);
    const plan = runSetup(workbook, lang);
    protectSettings(workbook, directors);
    const created = plan.report.filter((entry) => entry.created).length;
    const columns = plan.report.reduce(
      (sum, entry) => sum + (entry.created ? 0 : entry.addedColumns.length),
      0,
    );
    const settings = plan.report.reduce((sum, entry) => sum + entry.addedSettings.length, 0);
    return {
      message: setupSummary(plan, lang),
      counts: `${created} sheets created, ${columns} columns added, ${settings} settings added`,
    };
  });
}
