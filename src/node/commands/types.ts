import type { Lang, Localized } from '../../core/i18n';

/** Where a command writes, and the moment it runs: handed in so tests can capture both. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The folder relative paths are resolved from. */
  cwd: string;
  /** The environment the language is taken from (LC_ALL, LC_MESSAGES, LANG). */
  env?: Record<string, string | undefined>;
  /** The moment of the run; the clock when absent. */
  now?: () => Date;
}

/** A command's arguments after parsing: positionals in order, options by name. */
export interface CommandArgs {
  positionals: string[];
  options: Record<string, string | boolean>;
}

/** Everything a command runs with. */
export interface CommandContext {
  io: CliIo;
  lang: Lang;
  now: Date;
  /** Every registered command, for `demo` to run theirs on the demo workbook. */
  commands: readonly Command[];
  /** A path given on the command line, made absolute from the working folder. */
  resolve(file: string): string;
  /** Writes one line to standard output. */
  say(line: string): void;
  /** Writes one line to standard error. */
  warn(line: string): void;
  /** Picks the text of the run's language. */
  text(localized: Localized): string;
}

/** What a command's demo hook is handed: the demo workbook and the folder for its files. */
export interface DemoRun {
  /** Absolute path of `demo-workbook.xlsx`; a hook may update it in place. */
  workbook: string;
  /** Absolute path of the output folder. */
  outDir: string;
  context: CommandContext;
}

/** One command of the CLI; the registry in `index.ts` lists them all. */
export interface Command {
  name: string;
  /** The usage line after `seller-sheets `, e.g. `check <workbook.xlsx> [--json]`. */
  usage: string;
  summary: Localized;
  /** Options this command takes: `string` ones take a value, `boolean` ones do not. */
  options?: Record<string, 'string' | 'boolean'>;
  /** Runs the command; resolves to the exit code (0 fine, 1 problems found, 2 unusable input). */
  run(args: CommandArgs, context: CommandContext): Promise<number>;
  /** How `demo` runs this command on the demo workbook; resolves to the files it wrote. */
  demo?(run: DemoRun): Promise<string[]>;
}
