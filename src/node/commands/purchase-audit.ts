import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';

import { t } from '../../core/i18n';
import { purchaseDrafts } from '../../core/purchasing/purchase-list';
import { purchaseAuditJson, purchaseAuditText } from '../../core/purchasing/report';
import { RoleError } from '../../core/roles';
import { purchaseAudit } from '../../workflows/purchase-audit';
import type { PurchaseAuditResult } from '../../workflows/purchase-audit';
import { positionals, UsageError } from '../args';
import { XlsxWorkbook } from '../xlsx-workbook';
import type { Command } from './types';

/** Exit 1 when any line makes a loss or stays under the minimum order margin (R5.1b, R5.1h). */
function exitCode(result: PurchaseAuditResult): number {
  const held = result.flags.some((flag) => flag.reason === 'loss' || flag.reason === 'belowMargin');
  return held ? 1 : 0;
}

function json(result: PurchaseAuditResult, lang: 'zh' | 'en'): string {
  return JSON.stringify(purchaseAuditJson(result, result.baseCurrency, lang), null, 2);
}

/** `purchase-audit`: the purchase audit of orders waiting for purchasing, and the purchase list. */
export const purchaseAuditCommand: Command = {
  name: 'purchase-audit',
  usage: 'purchase-audit <workbook.xlsx> [--json] [--out <workbook.xlsx> --user <email>]',
  summary: t(
    '采购审核：核算待采购订单的毛利率，标记亏损和低于10%的订单，按供应商生成采购清单（--out 写入采购草稿）',
    'Purchase audit: margins of orders awaiting purchase, loss-making and under-10 % orders ' +
      'flagged, the purchase list by supplier (--out writes the Purchases drafts)',
  ),
  options: { json: 'boolean', out: 'string', user: 'string' },

  async run(args, context) {
    const [input] = positionals(args, 1);
    const out = typeof args.options.out === 'string' ? args.options.out : null;
    const user = typeof args.options.user === 'string' ? args.options.user : '';
    if (out !== null && user === '') {
      throw new UsageError(
        t(
          '写入采购草稿需要 --user <邮箱>（采购或总监）',
          'Writing the Purchases drafts needs --user <email> (purchasing or a director)',
        ),
      );
    }
    const workbook = await XlsxWorkbook.open(context.resolve(input));

    let result: PurchaseAuditResult;
    try {
      result = purchaseAudit(workbook, context.now, { writeDrafts: out !== null, user });
    } catch (error) {
      if (!(error instanceof RoleError)) throw error;
      context.warn(error.text(context.lang));
      return 2;
    }
    if (args.options.json) context.say(json(result, context.lang));
    else
      for (const line of purchaseAuditText(result, result.baseCurrency, context.lang))
        context.say(line);

    if (out !== null) {
      await workbook.save(context.resolve(out));
      const rows = purchaseDrafts(result.purchaseList).length;
      context.warn(
        context.text(
          t(
            `已写入 ${rows} 行采购草稿，保存为 ${out}`,
            `${rows} Purchases drafts written; saved ${out}`,
          ),
        ),
      );
    }
    return exitCode(result);
  },

  async demo({ workbook, outDir, context }) {
    // The demo audits without writing drafts: the workbook stays as the other demos expect it.
    const book = await XlsxWorkbook.open(workbook);
    const result = purchaseAudit(book, context.now, { writeDrafts: false, user: '' });
    const report = path.join(outDir, 'purchase-audit.json');
    const list = path.join(outDir, 'purchase-list.txt');
    await writeFile(report, `${json(result, context.lang)}\n`);
    const mails = result.mails.map(
      (mail) => `To: ${mail.to.join(', ')}\nSubject: ${mail.subject}\n\n${mail.body}`,
    );
    const text = purchaseAuditText(result, result.baseCurrency, context.lang).join('\n');
    await writeFile(list, `${[text, ...mails].join('\n\n')}\n`);
    return [report, list];
  },
};
