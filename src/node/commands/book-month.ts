import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';

import { UnusableInputError } from '../../core/findings';
import { t } from '../../core/i18n';
import { RoleError } from '../../core/roles';
import { bookMonth } from '../../workflows/book-month';
import { load } from '../../workflows/load';
import { monthOption, positionals, requiredOption } from '../args';
import { findingLine } from '../findings-text';
import { XlsxWorkbook } from '../xlsx-workbook';
import type { Command } from './types';

/** `book-month`: finance books the month's refunds (R2.5) into a copy of the workbook. */
export const bookMonthCommand: Command = {
  name: 'book-month',
  usage: 'book-month <workbook.xlsx> --month YYYY-MM --user <email> --out <workbook.xlsx>',
  summary: t(
    '财务入账：为该月未入账的退款写入入账月份（仅财务），另存为新文件',
    "Book a month: stamp the booked month on the month's unbooked refunds (finance only), " +
      'into a new file',
  ),
  options: { month: 'string', user: 'string', out: 'string' },

  async run(args, context) {
    const [input] = positionals(args, 1);
    const month = monthOption(args);
    const user = requiredOption(args, 'user');
    const out = requiredOption(args, 'out');
    const workbook = await XlsxWorkbook.open(context.resolve(input));

    try {
      const result = bookMonth(workbook, month, user, context.now);
      context.say(
        context.text(
          result.booked.length === 0
            ? t(
                `${month} 没有待入账的退款，文件未改动。`,
                `${month} has no refunds left to book: nothing changed.`,
              )
            : t(
                `${month} 已入账 ${result.booked.length} 笔退款（第 ${result.booked.join('、')} 行）`,
                `${month}: booked ${result.booked.length} refunds (rows ` +
                  `${result.booked.join(', ')})`,
              ),
        ),
      );
    } catch (error) {
      if (!(error instanceof RoleError)) throw error;
      context.warn(error.text(context.lang));
      return 2;
    }
    await workbook.save(context.resolve(out));
    context.say(context.text({ zh: `已保存：${out}`, en: `Saved ${out}` }));
    return 0;
  },

  async demo({ workbook, outDir, context }) {
    // The demo books November in place as the first person on its finance list, and writes
    // what happened: the rows booked, or the findings that stopped it.
    const book = await XlsxWorkbook.open(workbook);
    const [finance] = load(book, []).settings.finance;
    let lines: string[];
    try {
      const result = bookMonth(book, '2026-11', finance ?? '', context.now);
      await book.save(workbook);
      lines = [
        `2026-11: ${result.booked.length} refunds booked (rows ${result.booked.join(', ')})`,
      ];
    } catch (error) {
      if (error instanceof RoleError) lines = [error.text(context.lang)];
      else if (error instanceof UnusableInputError) {
        lines = error.findings.map((finding) => findingLine(finding, context.lang));
      } else throw error;
    }
    const report = path.join(outDir, 'book-month-2026-11.txt');
    await writeFile(report, `${lines.join('\n')}\n`);
    return [report];
  },
};
