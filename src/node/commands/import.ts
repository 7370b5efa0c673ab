import * as path from 'node:path';

import { t } from '../../core/i18n';
import { runImport } from '../../workflows/import-table';
import type { ImportKind, ImportResult } from '../../workflows/import-table';
import { positionals, requiredOption } from '../args';
import { findingLine } from '../findings-text';
import { readTable } from '../table-file';
import { XlsxWorkbook } from '../xlsx-workbook';
import type { Command, CommandContext } from './types';

function report(result: ImportResult, context: CommandContext, file: string): void {
  context.say(
    context.text({
      zh: `${file} → 「${result.tab}」：新增 ${result.added} 行，更新 ${result.updated} 行，未变 ${result.unchanged} 行，拒绝 ${result.rejected.length} 行`,
      en: `${file} → "${result.tab}": ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged, ${result.rejected.length} refused`,
    }),
  );
  for (const finding of [...result.rejected, ...result.warnings]) {
    context.say(`  ${findingLine(finding, context.lang)}`);
  }
}

/** Builds `import-orders` / `import-fees`: a .csv or .xlsx export into its sheet of a copy. */
function importCommand(kind: ImportKind, name: string, what: { zh: string; en: string }): Command {
  return {
    name,
    usage: `${name} <workbook.xlsx> <export.csv|.xlsx> --out <workbook.xlsx>`,
    summary: t(
      `导入${what.zh}（任意列顺序，重复导入不会重复添加）`,
      `Import ${what.en} (any column order; importing again adds nothing twice)`,
    ),
    options: { out: 'string' },

    async run(args, context) {
      const [input, exportFile] = positionals(args, 2);
      const out = requiredOption(args, 'out');
      const started = Date.now();
      const workbook = await XlsxWorkbook.open(context.resolve(input));
      const table = await readTable(context.resolve(exportFile));
      const result = runImport(workbook, kind, table, path.basename(exportFile));
      report(result, context, path.basename(exportFile));
      await workbook.save(context.resolve(out));
      context.say(context.text({ zh: `已保存：${out}`, en: `Saved ${out}` }));
      context.warn(
        `${name}: ${result.added} added, ${result.updated} updated, ${result.rejected.length} refused, ` +
          `${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      return result.rejected.length > 0 ? 1 : 0;
    },
  };
}

export const importOrdersCommand = importCommand('orders', 'import-orders', {
  zh: 'ERP 订单导出',
  en: "the ERP's order export",
});

export const importFeesCommand = importCommand('fees', 'import-fees', {
  zh: '物流商运费账单',
  en: "a carrier's fee export",
});
