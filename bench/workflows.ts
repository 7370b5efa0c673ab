import { SITES } from '../src/core/contract/sheets';
import type { Workbook } from '../src/workbook/port';
import { exportAmazon } from '../src/workflows/export-amazon';
import { runFollowUp } from '../src/workflows/follow-up';
import { runImport } from '../src/workflows/import-table';
import { monthEnd } from '../src/workflows/month-end';
import { purchaseAudit } from '../src/workflows/purchase-audit';
import { validateWithMarks } from '../src/workflows/validate-marks';
import type { SyntheticWorkbook } from './synthetic';

/** The workflows the benchmark measures, as a person runs them from the menu. */
export const WORKFLOWS = [
  'validate',
  'export',
  'import',
  'purchaseAudit',
  'followUp',
  'monthEnd',
] as const;

export type WorkflowName = (typeof WORKFLOWS)[number];

/** What one run did, in a few words, so that a table shows the work was real. */
export type RunNote = string;

/**
 * Runs one workflow on a workbook the way its menu item does, its writes applied (the month-end
 * tab included): "Validate" with its marks, export to all five sites with the batch stamps, the
 * ERP's orders import, the purchase audit writing its drafts, the daily follow-up, and the
 * month-end report of the month before today.
 */
export function runWorkflow(
  name: WorkflowName,
  workbook: Workbook,
  book: SyntheticWorkbook,
): RunNote {
  switch (name) {
    case 'validate': {
      const result = validateWithMarks(workbook, book.now, 'zh');
      return `${result.findings.length} findings`;
    }
    case 'export': {
      const result = exportAmazon(workbook, {
        sites: SITES,
        dryRun: false,
        user: book.uploader,
        now: book.now,
      });
      const rows = result.summary.reduce((sum, site) => sum + site.exported, 0);
      return `${rows} listings, ${result.refused.length} refused`;
    }
    case 'import': {
      const result = runImport(workbook, 'orders', book.importFile, 'erp-orders.csv');
      return `${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged`;
    }
    case 'purchaseAudit': {
      const result = purchaseAudit(workbook, book.now, { writeDrafts: true, user: book.purchaser });
      return `${result.lines.length} lines, ${result.flags.length} flags`;
    }
    case 'followUp': {
      const result = runFollowUp(workbook, book.now);
      return `${result.checked} parcels, ${result.items.length} changes`;
    }
    case 'monthEnd': {
      const run = monthEnd(workbook, book.month, book.now);
      workbook.apply([run.sheet]);
      return `${run.report.counts.orderLines} order lines, ${run.report.bySku.length} SKUs`;
    }
  }
}
