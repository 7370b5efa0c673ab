import { quarterMonths } from '../../core/finance/quarter';
import type { QuarterStatement } from '../../core/finance/quarter';
import { percentText } from '../../core/finance/tables';
import { t } from '../../core/i18n';
import type { Localized } from '../../core/i18n';
import { formatCents } from '../../core/money';
import { quarter } from '../../workflows/quarter';
import { positionals, requiredOption, UsageError } from '../args';
import { saveFinanceRun } from '../report-xlsx';
import { XlsxWorkbook } from '../xlsx-workbook';
import type { Command, CommandContext } from './types';

function quarterOption(value: string): string {
  if (!quarterMonths(value)) {
    throw new UsageError(
      t('--quarter 应为 YYYY-Qn，例如 2026-Q4', '--quarter must be YYYY-Qn, e.g. 2026-Q4'),
    );
  }
  return value.toUpperCase();
}

function headline(statement: QuarterStatement): Localized {
  const { total, currency } = statement;
  return t(
    `${statement.quarter} 季报（${currency}）：销售额 ${formatCents(total.sales)}，净销售额 ` +
      `${formatCents(total.netSales)}，` +
      `利润 ${formatCents(total.profit)}，利润率 ${percentText(total.margin)}`,
    `${statement.quarter} statement (${currency}): sales ${formatCents(total.sales)}, net sales ` +
      `${formatCents(total.netSales)}, ` +
      `profit ${formatCents(total.profit)}, margin ${percentText(total.margin)}`,
  );
}

/** Runs the quarterly statement on a workbook file and saves its .json and .xlsx. */
async function writeQuarter(
  file: string,
  quarterText: string,
  outDir: string,
  context: CommandContext,
): Promise<{ statement: QuarterStatement; written: string[] }> {
  const workbook = await XlsxWorkbook.open(file);
  const run = quarter(workbook, quarterText, context.now);
  const written = await saveFinanceRun(outDir, `quarter-${run.statement.quarter}.xlsx`, run);
  return { statement: run.statement, written };
}

/** `quarter`: the quarterly statement for shareholders, as .json and .xlsx (R7.7, R7.2). */
export const quarterCommand: Command = {
  name: 'quarter',
  usage: 'quarter <workbook.xlsx> --quarter YYYY-Qn --out <dir>',
  summary: t(
    '季报：三个月并列及季度合计，退款冲减到对应订单（给股东），写入 <dir>',
    'Quarterly statement for shareholders: the three months side by side and the total, refunds ' +
      'applied to their orders, into <dir>',
  ),
  options: { quarter: 'string', out: 'string' },

  async run(args, context) {
    const [input] = positionals(args, 1);
    const quarterText = quarterOption(requiredOption(args, 'quarter'));
    const outDir = context.resolve(requiredOption(args, 'out'));
    const { statement, written } = await writeQuarter(
      context.resolve(input),
      quarterText,
      outDir,
      context,
    );
    context.say(context.text(headline(statement)));
    context.say(context.text(statement.note));
    for (const file of written) context.say(file);
    return 0;
  },

  async demo({ workbook, outDir, context }) {
    const { written } = await writeQuarter(workbook, '2026-Q4', outDir, context);
    return written;
  },
};
