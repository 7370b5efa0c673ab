import type { ReportCell, ReportTable } from './finance/tables';

/** Excel reads a CSV file as UTF-8 (and so shows Chinese) only when it starts with this mark. */
const BYTE_ORDER_MARK = '\uFEFF';

/** Text a spreadsheet program would take for a formula when it opens the file. */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: ReportCell, money: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return money ? cell.toFixed(2) : String(cell);

  // SKUs and messages come from people's sheets: opened in Excel they must stay text.
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One report table as a CSV file (RFC 4180, comma-separated, CRLF lines, UTF-8 with a byte
 * order mark): the header row, then the rows; money with two decimals.
 */
export function reportTableCsv(table: ReportTable): string {
  const money = new Set(table.money);
  const lines = [
    table.headers.map((header) => field(header, false)).join(','),
    ...table.rows.map((row) => row.map((cell, i) => field(cell, money.has(i))).join(',')),
  ];
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}
