import { wallClock } from '../core/dates';
import { quarterMonths, quarterStatement } from '../core/finance/quarter';
import type { QuarterStatement } from '../core/finance/quarter';
import { quarterJson } from '../core/finance/report-json';
import { quarterTables } from '../core/finance/tables';
import type { ReportTable } from '../core/finance/tables';
import type { OutputFile, TabEdit, Workbook } from '../workbook/port';
import { load } from './load';
import { FINANCE_COLUMNS, FINANCE_SHEETS, reportSheet } from './month-end';

/** What the quarterly workflow hands its host. */
export interface QuarterRun {
  statement: QuarterStatement;
  tables: ReportTable[];
  /** The generated `季报 YYYY-Qn` tab, replaced whole, with its chart. */
  sheet: TabEdit;
  /** `quarter-YYYY-Qn.json`. */
  files: OutputFile[];
}

/** The generated tab's name for a quarter. */
export function quarterTabName(quarter: string): string {
  return `季报 ${quarter.toUpperCase()}`;
}

/**
 * Computes the quarterly statement for shareholders (R7.7): the three months side by side
 * and the quarter's total, refunds applied to their orders (R7.2). Nothing is written to the
 * workbook. Throws an UnusableInputError naming each cell and each missing FX rate to fix.
 */
export function quarter(workbook: Workbook, quarterText: string, now: Date): QuarterRun {
  if (!quarterMonths(quarterText)) throw new RangeError(`not a quarter (YYYY-Qn): ${quarterText}`);
  const started = Date.now();
  const loaded = load(workbook, FINANCE_SHEETS, {
    required: ['orders'],
    columns: FINANCE_COLUMNS,
  });
  const statement = quarterStatement(loaded, quarterText);
  const tables = quarterTables(statement);
  const generated = `生成于 Generated ${wallClock(now, workbook.timeZone()).replace('T', ' ')}`;
  const sheet = reportSheet(workbook, quarterTabName(statement.quarter), tables, generated);
  const files: OutputFile[] = [
    {
      name: `quarter-${statement.quarter}.json`,
      mimeType: 'application/json',
      content: `${JSON.stringify(quarterJson(statement), null, 2)}\n`,
    },
  ];

  const mismatches = statement.reconciliation.reduce((n, month) => n + month.items.length, 0);
  console.log(
    `quarter ${statement.quarter}: 3 months, ${mismatches} mismatches, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { statement, tables, sheet, files };
}
