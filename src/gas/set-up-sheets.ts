import { UnusableInputError } from '../core/findings';
import type { Lang } from '../core/i18n';
import { runSetup } from '../workflows/setup';
import type { SetupPlan } from '../workflows/setup';
import { BUSY_MESSAGE, BusyError, withDocumentLock } from './lock';
import { userLang } from './locale';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** At most this many problems are listed in an alert; the rest are counted. */
const LISTED_PROBLEMS = 10;

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

function problemsText(error: UnusableInputError, lang: Lang): string {
  const listed = error.findings
    .slice(0, LISTED_PROBLEMS)
    .map((finding) => `• ${finding.message[lang]}`);
  const more = error.findings.length - listed.length;
  if (more > 0) listed.push(lang === 'zh' ? `……另有 ${more} 个问题` : `… and ${more} more`);
  const intro =
    lang === 'zh' ? '未做任何更改，请先修正：' : 'Nothing was changed. Please fix these first:';
  return `${intro}\n${listed.join('\n')}`;
}

/**
 * Menu "Set up sheets": creates the missing sheets and adds missing columns at the right,
 * under the document lock, then tells the user what changed.
 */
export function setUpSheets(): void {
  const started = Date.now();
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  const title = lang === 'zh' ? '设置工作表' : 'Set up sheets';
  let plan: SetupPlan;
  try {
    plan = withDocumentLock(() =>
      runSetup(new SpreadsheetWorkbook(SpreadsheetApp.getActive()), lang),
    );
  } catch (error) {
    if (error instanceof BusyError) {
      ui.alert(title, BUSY_MESSAGE[lang], ui.ButtonSet.OK);
      return;
    }
    if (error instanceof UnusableInputError) {
      console.log(`set-up: refused, ${error.findings.length} problems, ${seconds(started)} s`);
      ui.alert(title, problemsText(error, lang), ui.ButtonSet.OK);
      return;
    }
    throw error;
  }

  const created = plan.report.filter((entry) => entry.created).length;
  const columns = plan.report.reduce(
    (sum, entry) => sum + (entry.created ? 0 : entry.addedColumns.length),
    0,
  );
  const settings = plan.report.reduce((sum, entry) => sum + entry.addedSettings.length, 0);
  console.log(
    `set-up: ${created} sheets created, ${columns} columns added, ` +
      `${settings} settings added, ${seconds(started)} s`,
  );
  ui.alert(title, setupSummary(plan, lang), ui.ButtonSet.OK);
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}
