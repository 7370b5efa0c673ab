import { checkCommand } from './check';
import { demoCommand } from './demo';
import { setupCommand } from './setup';
import type { Command } from './types';

export type { Command, CommandArgs, CommandContext, CliIo, DemoRun } from './types';

/**
 * Every command of `seller-sheets`, in the order the usage lists them and `demo` runs their
 * demo hooks. A new command is one module in this folder and one line here.
 */
export const COMMANDS: Command[] = [setupCommand, checkCommand, demoCommand];
