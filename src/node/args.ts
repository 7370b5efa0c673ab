import { isMonth } from '../core/finance/month-end';
import type { Localized } from '../core/i18n';
import type { CommandArgs } from './commands/types';

/** A command line that does not fit the command's usage; the CLI prints the usage with it. */
export class UsageError extends Error {
  readonly problem: Localized;

  constructor(problem: Localized) {
    super(problem.en);
    this.name = 'UsageError';
    this.problem = problem;
  }
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: Record<string, 'string' | 'boolean'> = {
  lang: 'string',
  help: 'boolean',
};

/**
 * Splits arguments into positionals and options: `--name value`, `--name=value`, `-h` for
 * help, and `--` before positionals that start with a dash.
 */
export function parseArgs(
  argv: readonly string[],
  kinds: Record<string, 'string' | 'boolean'>,
): CommandArgs {
  const parsed: CommandArgs = { positionals: [], options: {} };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      parsed.options.help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') {
        throw new UsageError({ zh: `未知选项 ${arg}`, en: `Unknown option ${arg}` });
      }
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = splitOnce(arg.slice(2), '=');
    const kind = kinds[name];
    if (!kind) throw new UsageError({ zh: `未知选项 --${name}`, en: `Unknown option --${name}` });
    if (kind === 'boolean') {
      if (inline !== null) {
        throw new UsageError({
          zh: `选项 --${name} 不带值`,
          en: `The option --${name} takes no value`,
        });
      }
      parsed.options[name] = true;
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === null && value.startsWith('--'))) {
      throw new UsageError({
        zh: `选项 --${name} 需要一个值`,
        en: `The option --${name} needs a value`,
      });
    }
    if (inline === null) i += 1;
    parsed.options[name] = value;
  }
  return parsed;
}

function splitOnce(text: string, separator: string): [string, string | null] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, null] : [text.slice(0, at), text.slice(at + 1)];
}

/** The value of a string option, or a usage error naming it when it is missing. */
export function requiredOption(args: CommandArgs, name: string): string {
  const value = args.options[name];
  if (typeof value !== 'string' || value === '') {
    throw new UsageError({ zh: `缺少选项 --${name}`, en: `The option --${name} is required` });
  }
  return value;
}

/** Exactly `count` positionals, or a usage error. */
export function positionals(args: CommandArgs, count: number): string[] {
  if (args.positionals.length < count) {
    throw new UsageError({ zh: '缺少文件参数', en: 'A file argument is missing' });
  }
  if (args.positionals.length > count) {
    const extra = args.positionals.slice(count).join(' ');
    throw new UsageError({ zh: `多余的参数：${extra}`, en: `Unexpected arguments: ${extra}` });
  }
  return args.positionals;
}

/** The month of a required `--month` option (YYYY-MM), or a usage error. */
export function monthOption(args: CommandArgs): string {
  const month = requiredOption(args, 'month');
  if (!isMonth(month)) {
    throw new UsageError({
      zh: '--month 应为 YYYY-MM，例如 2026-11',
      en: '--month must be YYYY-MM, e.g. 2026-11',
    });
  }
  return month;
}
