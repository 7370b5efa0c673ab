import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';

import type { Cell } from '../../core/cells';
import { t } from '../../core/i18n';
import { positionals, requiredOption } from '../args';
import { XlsxWorkbook } from '../xlsx-workbook';
import type { Command } from './types';

type DemoTabs = () => Array<{ name: string; values: Cell[][] }>;

/**
 * The demo workbook's tabs, from src/demo/demo-workbook.ts. It is loaded lazily so that a
 * build without it still runs every other command; a demo module that fails for any other
 * reason is a real error and is thrown.
 */
function demoSource(): DemoTabs | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const source = require('../../demo/demo-workbook') as { demoTabs?: DemoTabs };
    return typeof source.demoTabs === 'function' ? source.demoTabs : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return null;
    throw error;
  }
}

/** `demo`: writes the demo workbook, then runs every command's demo on it. */
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
    const demoTabs = demoSource();
    if (!demoTabs) {
      context.warn(
        context.text({
          zh: '此版本没有演示工作簿（缺少 src/demo/demo-workbook.ts 的 demoTabs）：无法运行 demo',
          en: 'This build has no demo workbook (src/demo/demo-workbook.ts with demoTabs is missing): demo cannot run',
        }),
      );
      return 2;
    }

    const started = Date.now();
    await mkdir(outDir, { recursive: true });
    const workbook = path.join(outDir, 'demo-workbook.xlsx');
    await XlsxWorkbook.fromTabs(demoTabs()).save(workbook);
    const shown = (file: string): string => path.relative(context.io.cwd, file) || file;
    context.say(shown(workbook));

    let files = 1;
    let failed = 0;
    for (const command of context.commands) {
      if (!command.demo || command.name === demoCommand.name) continue;
      try {
        const written = await command.demo({ workbook, outDir, context });
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
