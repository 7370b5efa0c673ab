import type { Lang } from '../core/i18n';
import { runSetup } from '../workflows/setup';
import type { SetupPlan } from '../workflows/setup';
import { runMenuAction } from './menu-action';

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
 * under the document lock, then tells the user what changed.
 */
export function setUpSheets(): void {
  runMenuAction('set-up', { zh: '设置工作表', en: 'Set up sheets' }, ({ workbook, lang }) => {
    const plan = runSetup(workbook, lang);
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
