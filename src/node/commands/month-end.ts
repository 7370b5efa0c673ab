import type { MonthEndReport } from '../../core/finance/month-end';
import { percentText } from '../../core/finance/tables';
import { t } from '../../core/i18n';
import type { Localized } from '../../core/i18n';
import { formatCents } from '../../core/money';
import { monthEnd } from '../../workflows/month-end';
import { monthOption, positionals, requiredOption } from '../args';
import { saveFinanceRun } from '../report-xlsx';
import { XlsxWorkbook } from '../xlsx-workbook';
import type { Command, CommandContext } from './types';

function headline(report: MonthEndReport): Localized {
  const c = report.currency;
  const money = formatCents;
  return t(
    `${report.month} 月报（${c}）：销售额 ${money(report.sales.total)}，退款 ${money(report.refunds.total)}，` +
      `净销售额 ${money(report.netSales)}，利润 ${money(report.profit)}，利润率 ` +
      `${percentText(report.margin)}；` +
      `对账 ${report.reconciliation.length} 项`,
    `${report.month} month-end (${c}): sales ${money(report.sales.total)}, refunds ` +
      `${money(report.refunds.total)}, ` +
      `net sales ${money(report.netSales)}, profit ${money(report.profit)}, margin ` +
      `${percentText(report.margin)}; ` +
      `${report.reconciliation.length} mismatches to check`,
  );
}

/** Runs the month-end report on a workbook file and saves its .json and .xlsx into a folder. */
async function writeMonthEnd(
  file: string,
  month: string,
  outDir: string,
  context: CommandContext,
): Promise<{ report: MonthEndReport; written: string[] }> {
  const workbook = await XlsxWorkbook.open(file);
  const run = monthEnd(workbook, month, context.now);
  const written = await saveFinanceRun(outDir, `month-end-${month}.xlsx`, run);
  return { report: run.report, written };
}

/** `month-end`: the month's report in base currency, as .json and .xlsx (R7.1, R7.4). */
export const monthEndCommand: Command = {
  name: 'month-end',
  usage: 'month-end <workbook.xlsx> --month YYYY-MM --out <dir>',
  summary: t(
    '月报：销售、退款、平台费、采购、运费、费用、利润（按站点、按SKU）及对账清单，写入 <dir>',
    'Month-end report: sales, refunds, fees, purchases, freight, expenses and profit by site ' +
      'and SKU, with the mismatches, into <dir>',
  ),
  options: { month: 'string', out: 'string' },

  async run(args, context) {
    const [input] = positionals(args, 1);
    const month = monthOption(args);
    const outDir = context.resolve(requiredOption(args, 'out'));
    const { report, written } = await writeMonthEnd(context.resolve(input), month, outDir, context);
    context.say(context.text(headline(report)));
    for (const item of report.reconciliation) context.say(`  ${context.text(item.message)}`);
    for (const file of written) context.say(file);
    return 0;
  },

  async demo({ workbook, outDir, context }) {
    const { written } = await writeMonthEnd(workbook, '2026-11', outDir, context);
    return written;
  },
};
