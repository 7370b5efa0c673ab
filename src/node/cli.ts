import * as path from 'node:path';

import { UnusableInputError } from '../core/findings';
import { langOf } from '../core/i18n';
import type { Lang, Localized } from '../core/i18n';
import { GLOBAL_OPTIONS, parseArgs, UsageError } from './args';
import { COMMANDS } from './commands';
import type { CliIo, Command, CommandContext } from './commands';

export type { CliIo } from './commands';

/** The exit codes of every command. */
export const EXIT = { ok: 0, problems: 1, unusable: 2, failed: 3 } as const;

/** The language of the environment: LC_ALL, then LC_MESSAGES, then LANG. */
export function environmentLang(env: Record<string, string | undefined>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  return langOf(locale);
}

/** The value given to --lang anywhere on the line, before any command checks its options. */
function langArgument(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang') return argv[i + 1] ?? '';
    if (argv[i].startsWith('--lang=')) return argv[i].slice('--lang='.length);
  }
  return null;
}

/** The first word that is neither an option nor an option's value: the command's name. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--lang') i += 1;
    else if (!argv[i].startsWith('-')) return i;
  }
  return -1;
}

function usage(lang: Lang, commands: readonly Command[]): string[] {
  const width = Math.max(...commands.map((command) => command.usage.length));
  const zh = lang === 'zh';
  return [
    zh
      ? 'seller-sheets：在 .xlsx 和 .csv 上离线运行 Seller Sheets 的工作流'
      : 'seller-sheets: the Seller Sheets workflows, offline, on .xlsx and .csv files',
    '',
    zh ? '用法：seller-sheets <命令> [选项]' : 'Usage: seller-sheets <command> [options]',
    '',
    zh ? '命令：' : 'Commands:',
    ...commands.map((command) => `  ${command.usage.padEnd(width)}  ${command.summary[lang]}`),
    '',
    zh ? '通用选项：' : 'Options of every command:',
    zh
      ? '  --lang zh|en  输出语言（默认按 LC_ALL / LANG 环境变量）'
      : '  --lang zh|en  language of the output (default: from LC_ALL / LANG)',
    zh ? '  --help        显示本说明' : '  --help        show this text',
    '',
    zh
      ? '退出码：0 无错误；1 发现错误；2 输入无法使用或用法有误；3 程序故障'
      : 'Exit codes: 0 no errors; 1 errors found; 2 unusable input or wrong usage; 3 a failure of the program',
  ];
}

function commandUsage(command: Command, lang: Lang): string[] {
  return [
    `${lang === 'zh' ? '用法' : 'Usage'}: seller-sheets ${command.usage}`,
    `  ${command.summary[lang]}`,
  ];
}

function contextFor(io: CliIo, lang: Lang, commands: readonly Command[]): CommandContext {
  return {
    io,
    lang,
    now: io.now ? io.now() : new Date(),
    commands,
    resolve: (file) => path.resolve(io.cwd, file),
    say: (line) => io.stdout(`${line}\n`),
    warn: (line) => io.stderr(`${line}\n`),
    text: (localized: Localized) => localized[lang],
  };
}

/**
 * Runs `seller-sheets` with the arguments after the program name and resolves to the exit
 * code. Output goes through `io`, so tests capture it and nothing touches process state.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const commands = COMMANDS;
  const err = (line: string): void => io.stderr(`${line}\n`);
  const asked = langArgument(argv);
  let lang = environmentLang(io.env ?? process.env);
  if (asked === 'zh' || asked === 'en') lang = asked;

  const at = commandIndex(argv);
  if (at < 0) {
    const help = argv.includes('--help') || argv.includes('-h');
    for (const line of usage(lang, commands)) (help ? io.stdout : io.stderr)(`${line}\n`);
    return EXIT.unusable;
  }
  const command = commands.find((candidate) => candidate.name === argv[at]);
  if (!command) {
    err(lang === 'zh' ? `未知命令：${argv[at]}` : `Unknown command: ${argv[at]}`);
    err('');
    for (const line of usage(lang, commands)) err(line);
    return EXIT.unusable;
  }

  const context = contextFor(io, lang, commands);
  try {
    if (asked !== null && asked !== 'zh' && asked !== 'en') {
      throw new UsageError({ zh: '--lang 只能是 zh 或 en', en: '--lang must be zh or en' });
    }
    const args = parseArgs([...argv.slice(0, at), ...argv.slice(at + 1)], {
      ...GLOBAL_OPTIONS,
      ...command.options,
    });
    if (args.options.help) {
      for (const line of commandUsage(command, lang)) context.say(line);
      return EXIT.unusable;
    }
    return await command.run(args, context);
  } catch (error) {
    if (error instanceof UsageError) {
      err(error.problem[lang]);
      for (const line of commandUsage(command, lang)) err(line);
      return EXIT.unusable;
    }
    if (error instanceof UnusableInputError) {
      for (const finding of error.findings) err(finding.message[lang]);
      return EXIT.unusable;
    }
    err(
      `${lang === 'zh' ? '程序故障' : 'The program failed'}: ${(error as Error).stack ?? String(error)}`,
    );
    return EXIT.failed;
  }
}
