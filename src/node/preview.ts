/**
 * `npm run preview [-- --workbook <file.xlsx>] [--port N] [--lang zh|en] [--user email]
 * [--today YYYY-MM-DD]`: every built sidebar on http://127.0.0.1:8787/, each calling the
 * add-on's real server functions in this process against a workbook file (the demo workbook,
 * written to a temporary folder, by default). The file is rewritten after every call that
 * changed the spreadsheet, so it always holds what the sidebars did.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { Lang } from '../core/i18n';
import { DEMO_TODAY, demoTabs } from '../demo/demo-workbook';
import { load } from '../workflows/load';
import { parseArgs, UsageError } from './args';
import { startPreview } from './preview/server';
import { XlsxWorkbook } from './xlsx-workbook';

const USAGE =
  'npm run preview [-- --workbook <file.xlsx>] [--port N] [--lang zh|en] [--user email] ' +
  '[--today YYYY-MM-DD]';

const OPTIONS = {
  workbook: 'string',
  port: 'string',
  lang: 'string',
  user: 'string',
  today: 'string',
  help: 'boolean',
} as const;

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

function option(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), OPTIONS);
  if (args.options.help || args.positionals.length > 0) {
    say(`Usage: ${USAGE}`);
    return args.options.help ? 0 : 2;
  }
  const port = Number(option(args.options.port) ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError({ zh: '--port 应为 0 到 65535 的整数', en: '--port takes 0 to 65535' });
  }
  const langText = option(args.options.lang) ?? 'zh';
  if (langText !== 'zh' && langText !== 'en') {
    throw new UsageError({ zh: '--lang 只能是 zh 或 en', en: '--lang takes zh or en' });
  }
  let today = option(args.options.today);
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    throw new UsageError({ zh: '--today 应为 YYYY-MM-DD', en: '--today takes YYYY-MM-DD' });
  }

  let workbook = option(args.options.workbook);
  if (workbook === undefined) {
    // The demo's orders and shipments are dated around its own today: the clock starts there.
    const folder = await mkdtemp(path.join(os.tmpdir(), 'seller-sheets-preview-'));
    workbook = path.join(folder, 'demo-workbook.xlsx');
    await XlsxWorkbook.fromTabs(demoTabs()).save(workbook);
    today ??= DEMO_TODAY;
  }
  workbook = path.resolve(workbook);

  // Without --user, the preview acts as the workbook's first uploader: most sidebars work.
  const user =
    option(args.options.user) ??
    load(await XlsxWorkbook.open(workbook), []).settings.uploaders[0] ??
    '';

  const preview = await startPreview({
    workbook,
    pagesDir: path.resolve(__dirname, '..', 'dist'),
    port,
    lang: langText as Lang,
    user,
    today,
    log: say,
  });
  say(`Seller Sheets preview: ${preview.url}`);
  say(`  workbook ${workbook}${today ? `, today ${today}` : ''}, as ${user || 'an unknown user'}`);
  say('  Ctrl+C stops it.');

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await preview.close();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      say(`${error.problem.en}\nUsage: ${USAGE}`);
      process.exitCode = 2;
      return;
    }
    say(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
