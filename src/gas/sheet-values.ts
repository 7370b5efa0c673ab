import type { OutCell } from '../core/cells';
import { instantOf } from '../core/dates';

/** What `Range.setValues` is handed for one cell. */
export type SheetValue = string | number | boolean | Date;

/** Text that Sheets reads as a formula, a sign, a mention or an escape, whatever follows. */
const INTERPRETED_START = /^[=+\-@']/;

/** Words that turn digits into a date or a time: `3 Nov 2026`, `March 2026`, `3pm`. */
const DATE_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:am|pm)\b|[年月日时分秒号]/gi;

/** What is left of a number, a currency amount, a percentage, a date or a time. */
const NUMERIC_REMAINS = /^[\s\d.,:/\-+%()$£€¥￥eE]*$/;

/**
 * True when Sheets would store a text as something else: a formula (`=…`, `+…`, `-…`, `@…`),
 * a number (`00123` loses its zeros, `1,234.5`, `£9.99`, `12%`, `1e5`), a date or time
 * (`2026-11-03`, `3/11`, `3 Nov`, `14:05`) or a boolean. Such text is written after an
 * apostrophe, which Sheets takes as "this is text" and does not keep in the value. Erring
 * towards the apostrophe costs nothing; erring the other way turns an import into a formula.
 */
export function sheetsWouldInterpret(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  if (INTERPRETED_START.test(trimmed)) return true;
  if (/^(?:true|false)$/i.test(trimmed)) return true;
  if (!/\d/.test(trimmed)) return false;
  return NUMERIC_REMAINS.test(trimmed.replace(DATE_WORDS, ' '));
}

/**
 * The value to hand Sheets for a cell the core wants written: a wall-clock `{ date }` becomes
 * the instant it names in the spreadsheet's time zone (Sheets shows Dates in that zone), text
 * Sheets would interpret is kept as text unless the cell is formatted as plain text already
 * (where Sheets interprets nothing and would keep the apostrophe), and a non-finite number
 * becomes an empty cell.
 */
export function toSheetValue(cell: OutCell, timeZone: string, plainText = false): SheetValue {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'object') return instantOf(cell.date, timeZone);
  return !plainText && sheetsWouldInterpret(cell) ? `'${cell}` : cell;
}

/** True when some text of a block needs the apostrophe, so formats are worth reading. */
export function anyInterpreted(values: readonly OutCell[][]): boolean {
  return values.some((row) =>
    row.some((cell) => typeof cell === 'string' && sheetsWouldInterpret(cell)),
  );
}
