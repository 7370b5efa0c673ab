import { moneyText } from '../finance/report-html';
import type { ReportCell, ReportTable } from '../finance/tables';
import { worksheetNames, xlsxParts } from './workbook';
import type { XlsxCell, XlsxPart, XlsxSheet } from './workbook';

const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/** East Asian wide characters take two columns of a spreadsheet's width, as in a terminal. */
const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;

function displayWidth(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0);
}

function shownText(cell: ReportCell, money: boolean): string {
  if (cell === null) return '';
  return typeof cell === 'number' && money ? moneyText(cell) : String(cell);
}

/** A report table as a worksheet: its title in row 1, the header in row 2 (both stay in view). */
function reportSheet(table: ReportTable, name: string): XlsxSheet {
  const money = new Set(table.money);
  const cell = (value: ReportCell, i: number): XlsxCell =>
    typeof value === 'number' && money.has(i) ? { value, style: 'money' } : { value };
  const widths = table.headers.map((header, i) => {
    const longest = Math.max(
      displayWidth(header),
      ...table.rows.map((row) => displayWidth(shownText(row[i] ?? null, money.has(i)))),
    );
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
  return {
    name,
    rows: [
      [{ value: table.title, style: 'title' }],
      table.headers.map((header): XlsxCell => ({ value: header, style: 'header' })),
      ...table.rows.map((row) => row.map(cell)),
    ],
    widths,
    frozenRows: 2,
  };
}

/**
 * A finance report's tables as the parts of an .xlsx: one worksheet per table, named after
 * the table, with its title, a bold shaded header and money in `#,##0.00`. The tables behind
 * the charts are worksheets too, so the charts' data travels with the file.
 */
export function reportWorkbookParts(tables: readonly ReportTable[]): XlsxPart[] {
  const names = worksheetNames(tables.map((table) => table.name));
  return xlsxParts(tables.map((table, i) => reportSheet(table, names[i])));
}
