import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';

import { instantOf } from '../../core/dates';
import { t } from '../../core/i18n';
import { DEMO_TODAY, demoTabs } from '../../demo/demo-workbook';
import { positionals, requiredOption } from '../args';
import { XlsxWorkbook } from '../xlsx-workbook';
import type { Command } from './types';

/**
 * `demo`: writes the demo workbook, then runs every command's demo hook on it, at noon of
 * the demo's own "today" so that every run writes the same files whatever the date.
 */
export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo --out <dir>',
  summary: t(
    '生成演示工作簿，并在其上运行每个工作流，结果写入 <dir>',
    'Write the demo workbook and run every workflow on it, writing the results into <dir>',
  ),
  options: { out: 'string' },

  async run(args, context) {
    positionals(args, 0);
    const outDir = context.resolve(requiredOption(args, 'out'));
    const started = Date.now();

    await mkdir(outDir, { recursive: true });
    const workbook = path.join(outDir, 'demo-workbook.xlsx');
    const demoBook = XlsxWorkbook.fromTabs(demoTabs());
    await demoBook.save(workbook);
    const shown = (file: string): string => path.relative(context.io.cwd, file) || file;
    context.say(shown(workbook));

    const now = instantOf(`${DEMO_TODAY}T12:00:00`, demoBook.timeZone());
    const demoContext = { ...context, now };
    let files = 1;
    let failed = 0;
    for (const command of context.commands) {
      if (!command.demo || command.name === demoCommand.name) continue;
      try {
        const written = await command.demo({ workbook, outDir, context: demoContext });
        for (const file of written) context.say(shown(file));
        files += written.length;
      } catch (error) {
        failed += 1;
        context.warn(
          context.text({
            zh: `演示 ${command.name} 失败：${(error as Error).message}`,
            en: `The ${command.name} demo failed: ${(error as Error).message}`,
          }),
        );
      }
    }
    context.warn(
      `demo: ${files} files, ${failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return failed > 0 ? 1 : 0;
  },
};
