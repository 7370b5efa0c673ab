import { bookMonthCommand } from './book-month';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { exportAmazonCommand } from './export-amazon';
import { followUpCommand } from './follow-up';
import { importFeesCommand, importOrdersCommand } from './import';
import { monthEndCommand } from './month-end';
import { purchaseAuditCommand } from './purchase-audit';
import { quarterCommand } from './quarter';
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
  importOrdersCommand, // the ERP's order export into Orders, idempotent (R2.3)
  importFeesCommand, // carriers' fee exports into Shipping fees (R7.3)
  followUpCommand, // daily follow-up of undelivered shipments (R6.1f, R6.2g)
  purchaseAuditCommand, // margins of orders awaiting purchase, purchase list by supplier (R5.1h)
  monthEndCommand, // month-end report as .json and .xlsx (R7.1, R7.4)
  quarterCommand, // quarterly statement for shareholders (R7.7)
  bookMonthCommand, // finance books the month's refunds (R2.5)
  exportAmazonCommand, // Amazon upload files per site (R2.2, R4.5, R4.6)
  checkCommand, // checks every sheet and rule; its demo runs after the workflows above
  demoCommand, // writes the demo workbook and runs every demo hook
];
