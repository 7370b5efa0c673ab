import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';

import { t } from '../../core/i18n';
import { runFollowUp } from '../../workflows/follow-up';
import type { FollowUpResult } from '../../workflows/follow-up';
import { positionals, requiredOption } from '../args';
import { XlsxWorkbook } from '../xlsx-workbook';
import type { Command, CommandContext } from './types';

/** `--today YYYY-MM-DD` as noon of that day in the workbook's zone, or the run's moment. */
function todayOf(value: string | boolean | undefined, context: CommandContext): Date {
  if (typeof value !== 'string') return context.now;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new Error(context.text(t('--today 应为 YYYY-MM-DD', '--today must be YYYY-MM-DD')));
  }
  return new Date(`${value}T04:00:00Z`);
}

function describe(result: FollowUpResult, context: CommandContext): string[] {
  const lines = result.items.map(
    (item) =>
      `  ${item.orderId} ${item.site} ${item.trackingNumber} ${item.daysInTransit}d ${item.stage} (${item.change})`,
  );
  lines.unshift(
    context.text({
      zh: `${result.today}：检查 ${result.checked} 个包裹，${result.items.length} 项变化，${result.mails.length} 封摘要邮件`,
      en: `${result.today}: ${result.checked} parcels checked, ${result.items.length} changes, ${result.mails.length} digest mails`,
    }),
  );
  return lines;
}

/** `follow-up`: the daily shipment follow-up on a copy of the workbook. */
export const followUpCommand: Command = {
  name: 'follow-up',
  usage: 'follow-up <workbook.xlsx> --today YYYY-MM-DD --out <workbook.xlsx>',
  summary: t(
    '每日物流跟进：超过30/60天未妥投的订单写入异常物流（R6.1f）',
    'Daily shipment follow-up: orders undelivered past 30/60 days into Abnormal shipments (R6.1f)',
  ),
  options: { today: 'string', out: 'string' },

  async run(args, context) {
    const [input] = positionals(args, 1);
    const out = requiredOption(args, 'out');
    const workbook = await XlsxWorkbook.open(context.resolve(input));
    const result = runFollowUp(workbook, todayOf(args.options.today, context));
    for (const line of describe(result, context)) context.say(line);
    await workbook.save(context.resolve(out));
    context.say(context.text({ zh: `已保存：${out}`, en: `Saved ${out}` }));
    return 0;
  },

  async demo({ workbook, outDir, context }) {
    const book = await XlsxWorkbook.open(workbook);
    const result = runFollowUp(book, context.now);
    await book.save(workbook);
    const digest = path.join(outDir, `follow-up-${result.today}.txt`);
    const mails = result.mails.map(
      (mail) => `To: ${mail.to.join(', ')}\nSubject: ${mail.subject}\n\n${mail.body}`,
    );
    await writeFile(digest, `${[describe(result, context).join('\n'), ...mails].join('\n\n')}\n`);
    return [digest];
  },
};
