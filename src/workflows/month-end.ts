import type { SheetId } from '../core/contract/types';
import { wallClock } from '../core/dates';
import { columnLetter } from '../core/findings';
import { isMonth, monthEndReport } from '../core/finance/month-end';
import type { MonthEndReport } from '../core/finance/month-end';
import { monthEndJson } from '../core/finance/report-json';
import { monthEndTables } from '../core/finance/tables';
import type { ReportCell, ReportTable } from '../core/finance/tables';
import type { OutCell } from '../core/cells';
import type { ChartSpec, OutputFile, TabEdit, Workbook } from '../workbook/port';
import { load } from './load';
import type { ColumnsUsed } from './load';

/** The sheets the finance reports read. */
export const FINANCE_SHEETS: SheetId[] = [
  'fx',
  'orders',
  'refunds',
  'purchases',
  'shippingFees',
  'expenses',
  'newProducts',
  'skuSuppliers',
  'shippingChannels',
];

/**
 * The columns the finance reports use of the large sheets; the others are read whole. The
 * catalogue sheets are the reason: a report needs a SKU's product type and parcel, not the
 * fifty-odd columns of a listing.
 */
export const FINANCE_COLUMNS: ColumnsUsed = {
  orders: [
    'orderId',
    'site',
    'orderedAt',
    'sku',
    'quantity',
    'itemPrice',
    'shippingCharged',
    'currency',
    'status',
    'shippedAt',
    'trackingNumber',
    'channel',
    'amazonFees',
    'vat',
  ],
  refunds: ['date', 'site', 'orderId', 'sku', 'amount', 'currency', 'approvedBy', 'bookedMonth'],
  newProducts: ['sku', 'productType', 'weightKg', 'battery', 'powder', 'liquid'],
  skuSuppliers: ['sku', 'weightKg', 'battery', 'powder', 'liquid'],
};

/** What the month-end workflow hands its host. */
export interface MonthEndRun {
  report: MonthEndReport;
  /** The tables the report is made of: the Node host renders them as the .xlsx. */
  tables: ReportTable[];
  /** The generated `月报 YYYY-MM` tab, replaced whole, with its charts, for the Sheets host. */
  sheet: TabEdit;
  /** `month-end-YYYY-MM.json`. */
  files: OutputFile[];
}

/** The generated tab's name for a month. */
export function monthEndTabName(month: string): string {
  return `月报 ${month}`;
}

/**
 * Computes the month-end report of a month (R7.1) in base currency, with its reconciliation
 * list (R7.4, R7.5). Nothing is written to the workbook: the host applies `sheet` and saves
 * `files`. Throws an UnusableInputError naming each cell and each missing FX rate to fix.
 */
export function monthEnd(workbook: Workbook, month: string, now: Date): MonthEndRun {
  if (!isMonth(month)) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  const started = Date.now();
  const loaded = load(workbook, FINANCE_SHEETS, {
    required: ['orders'],
    columns: FINANCE_COLUMNS,
  });
  const report = monthEndReport(loaded, month);
  const tables = monthEndTables(report);
  const generated = `生成于 Generated ${wallClock(now, workbook.timeZone()).replace('T', ' ')}`;
  const sheet = reportSheet(workbook, monthEndTabName(month), tables, generated);
  const files: OutputFile[] = [
    {
      name: `month-end-${month}.json`,
      mimeType: 'application/json',
      content: `${JSON.stringify(monthEndJson(report), null, 2)}\n`,
    },
  ];

  const lines = Object.values(report.counts).reduce((a, b) => a + b, 0);
  console.log(
    `month-end ${month}: ${lines} lines, ${report.bySku.length} skus, ` +
      `${report.reconciliation.length} mismatches, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { report, tables, sheet, files };
}

/**
 * Lays report tables out one under another on a generated tab: a title row, the header, the
 * rows and a blank row each; the tables with a chart get one, to the right of the tables.
 */
export function reportSheet(
  workbook: Workbook,
  tab: string,
  tables: readonly ReportTable[],
  subtitle: string,
): TabEdit {
  const width = Math.max(2, ...tables.map((table) => table.headers.length));
  const rows: OutCell[][] = [];
  const pad = (cells: ReportCell[]): OutCell[] => [
    ...cells,
    ...new Array<OutCell>(Math.max(0, width - cells.length)).fill(null),
  ];
  const charts: ChartSpec[] = [];
  rows.push(pad([tab, subtitle]), pad([]));

  for (const table of tables) {
    rows.push(pad([table.title]));
    const headerRow = rows.length + 1;
    rows.push(pad(table.headers));
    for (const row of table.rows) rows.push(pad(row));
    if (table.chart) {
      const last = columnLetter(table.headers.length);
      charts.push({
        title: table.chart.title,
        kind: table.chart.kind,
        range: `A${headerRow}:${last}${headerRow + table.rows.length}`,
        anchor: { row: 1 + charts.length * 20, column: width + 2 },
      });
    }
    rows.push(pad([]));
  }

  const exists = workbook.tabNames().includes(tab);
  const edit: TabEdit = {
    tab,
    replace: true,
    blocks: [{ row: 1, column: 1, values: rows }],
    columns: Array.from({ length: width - 1 }, (_, i) => ({ column: i + 2, format: '#,##0.00' })),
    charts,
  };
  if (!exists) edit.create = true;
  return edit;
}
