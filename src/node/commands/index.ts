import { checkCommand } from './check';
import { demoCommand } from './demo';
import { setupCommand } from './setup';
import type { Command } from './types';

export type { Command, CommandArgs, CommandContext, CliIo, DemoRun } from './types';

/**
 * Every command of `seller-sheets`, in the order the usage lists them and `demo` runs their
 * demo hooks. A new command is one module in this folder, its import, and one line here,
 * above `checkCommand`, so that the demo checks the workbook after the workflows changed it.
 */
export const COMMANDS: Command[] = [
  setupCommand, // adds missing sheets and columns
  checkCommand, // checks every sheet and rule; its demo runs after the workflows above
  demoCommand, // writes the demo workbook and runs every demo hook
];
