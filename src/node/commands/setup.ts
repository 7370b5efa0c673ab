import { t } from '../../core/i18n';
import type { Localized } from '../../core/i18n';
import { runSetup } from '../../workflows/setup';
import type { SetupReport } from '../../workflows/setup';
import { positionals, requiredOption } from '../args';
import { findingLine } from '../findings-text';
import { XlsxWorkbook } from '../xlsx-workbook';
import type { Command } from './types';

/** What Set up did to one tab, in both languages; nothing when it left the tab alone. */
function describe(report: SetupReport): Localized[] {
  const lines: Localized[] = [];
  if (report.created) {
    lines.push({
      zh: `新建工作表「${report.tab}」（${report.addedColumns.length} 列）`,
      en: `Created the sheet "${report.tab}" (${report.addedColumns.length} columns)`,
    });
  } else if (report.addedColumns.length > 0) {
    lines.push({
      zh: `「${report.tab}」新增列：${report.addedColumns.join('、')}`,
      en: `"${report.tab}": added the columns ${report.addedColumns.join(', ')}`,
    });
  }
  if (report.addedSettings.length > 0) {
    lines.push({
      zh: `「${report.tab}」新增设置：${report.addedSettings.join(', ')}`,
      en: `"${report.tab}": added the settings ${report.addedSettings.join(', ')}`,
    });
  }
  return lines;
}

/** `setup`: adds missing sheets and columns into a copy of the workbook. */
export const setupCommand: Command = {
  name: 'setup',
  usage: 'setup <in.xlsx> --out <out.xlsx>',
  summary: t(
    '添加缺少的工作表和列（已有单元格不动），另存为新文件',
    'Add the missing sheets and columns (cells already there stay as they are) into a new file',
  ),
  options: { out: 'string' },

  async run(args, context) {
    const [input] = positionals(args, 1);
    const out = requiredOption(args, 'out');
    const started = Date.now();
    const workbook = await XlsxWorkbook.open(context.resolve(input));
    const plan = runSetup(workbook, context.lang);

    for (const finding of plan.findings) context.warn(findingLine(finding, context.lang));
    const lines = plan.report.flatMap(describe);
    if (lines.length === 0) {
      lines.push(
        t('所有工作表和列都已齐全，无需添加。', 'Every sheet and column is already there.'),
      );
    }
    for (const line of lines) context.say(context.text(line));

    await workbook.save(context.resolve(out));
    for (const notice of workbook.notices) context.warn(context.text(notice));
    context.say(context.text({ zh: `已保存：${out}`, en: `Saved ${out}` }));

    const created = plan.report.filter((report) => report.created).length;
    const columns = plan.report
      .filter((report) => !report.created)
      .reduce((sum, report) => sum + report.addedColumns.length, 0);
    context.warn(
      `setup: ${created} sheets created, ${columns} columns added, ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  },
};
