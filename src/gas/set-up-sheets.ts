import { UnusableInputError } from '../core/findings';
import type { Lang } from '../core/i18n';
import { requireAnyRole, roleHolders } from '../core/roles';
import { isRoleKey } from '../core/settings';
import type { Settings } from '../core/settings';
import { AUDIT_EDITOR_ROLES } from '../workflows/audit';
import { load } from '../workflows/load';
import { runSetup } from '../workflows/setup';
import type { SetupPlan } from '../workflows/setup';
import { runMenuAction } from './menu-action';
import type { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** The descriptions of the protections of Settings' role rows start so, whatever the language. */
export const SETTINGS_PROTECTION = '设置中的角色：仅总监可编辑 / Settings roles: directors only';

/**
 * Settings as they stand, or null while they cannot be read: Set up is how a new or broken
 * workbook is mended, so until Settings names someone with a role anyone may run it.
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
 * Protects the rows of Settings that give roles for the directors: whoever may edit them
 * decides who may do everything else. The other keys stay open (finance's export folder, the
 * team's margins), and a role row added below the protected ones does not count. Re-applied
 * at each Set up, so a director added to Settings gets the right then.
 */
function protectRoles(workbook: SpreadsheetWorkbook, directors: string[]): void {
  if (directors.length === 0) return;
  const loaded = load(workbook, []);
  const tab = loaded.tabs.settings;
  const rows = (loaded.reads.settings?.rows ?? [])
    .filter((row) => row.key && isRoleKey(row.key.trim()))
    .map((row) => row.rowNumber)
    .sort((a, b) => a - b);
  if (!tab || rows.length === 0) return;

  // The rows move when keys are added: the protections of an earlier Set up go first.
  const sheet = SpreadsheetApp.getActive().getSheetByName(tab)!;
  for (const old of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (old.getDescription().startsWith(SETTINGS_PROTECTION)) old.remove();
  }
  const runs: Array<{ from: number; to: number }> = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.to === row - 1) last.to = row;
    else runs.push({ from: row, to: row });
  }
  const protect = runs.map((run) => ({
    description: `${SETTINGS_PROTECTION} (${run.from}–${run.to})`,
    rows: run,
    editors: directors,
  }));
  workbook.apply([{ tab, protect }]);
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
 * under the document lock, then tells the user what changed. Once Settings names anyone with a
 * role, only the directors may run it (any role holder while none is a director), and it
 * protects the rows of Settings that give roles for the directors.
 */
export function setUpSheets(): void {
  const title = { zh: '设置工作表', en: 'Set up sheets' };
  runMenuAction('set-up', title, ({ workbook, lang, user }) => {
    const current = readableSettings(workbook);
    const directors = current?.directors ?? [];
    // Once anyone holds a role, the tabs they own are protected and Set up restyles them.
    if (current && roleHolders(current, AUDIT_EDITOR_ROLES).length > 0) {
      requireAnyRole(
        current,
        user,
        directors.length > 0 ? ['director'] : AUDIT_EDITOR_ROLES,
        title,
      );
    }
    const plan = runSetup(workbook, lang);
    protectRoles(workbook, directors);
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
