import { formatDate, instantOf } from './calendar';
import type { FakeDataValidation } from './data-validation';

/** What a cell can hold: '' is an empty cell. */
export type CellValue = string | number | boolean | Date;

/** Everything the fake keeps about one cell; absent fields are the defaults. */
export interface Cell {
  value?: CellValue;
  formula?: string;
  note?: string;
  validation?: FakeDataValidation;
  background?: string;
  numberFormat?: string;
  fontWeight?: string;
  fontColor?: string;
  fontStyle?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
}

/** The formatting fields `clearFormat` resets. */
export const FORMAT_FIELDS = [
  'background',
  'numberFormat',
  'fontWeight',
  'fontColor',
  'fontStyle',
  'wrap',
  'horizontalAlignment',
  'verticalAlignment',
] as const;

/** What an unformatted cell reports as its number format. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/** What an uncoloured cell reports as its background. */
export const DEFAULT_BACKGROUND = '#ffffff';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * How Sheets reads a string typed into a cell: numbers (also '1,234.5' and '12%'), TRUE and
 * FALSE, and ISO or yyyy/m/d dates become typed values; anything else stays text.
 */
function parseTyped(text: string, timeZone: string): CellValue {
  if (NUMBER.test(text)) return Number(text);
  if (GROUPED_NUMBER.test(text)) return Number(text.replace(/,/g, ''));
  if (PERCENT.test(text)) return Number(text.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';

  const date = DATE.exec(text);
  if (date) {
    const [year, month, day, hour, minute, second] = date.slice(1).map((part) => Number(part ?? 0));
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60) {
      return instantOf(timeZone, year, month, day, hour, minute, second);
    }
  }
  return text;
}

/** The context a written value is interpreted in. */
export interface WriteContext {
  timeZone: string;
  /** Whether plain strings are parsed as Sheets parses typing (numbers, dates, booleans). */
  coerceStrings: boolean;
}

/**
 * What `setValue` stores for an input, as Sheets does: a string starting with '=' becomes a
 * formula, a leading apostrophe forces text (and is dropped), a cell formatted as plain text
 * ('@') keeps strings verbatim, null and undefined empty the cell, Dates are copied.
 */
export function storedInput(
  input: unknown,
  numberFormat: string | undefined,
  context: WriteContext,
): { value: CellValue; formula: string } {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (input instanceof Date) return { value: new Date(input.getTime()), formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };

  const text = String(input);
  if (numberFormat === '@') return { value: text, formula: '' };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (!context.coerceStrings || text === '') return { value: text, formula: '' };
  return { value: parseTyped(text, context.timeZone), formula: '' };
}

/**
 * The value of a formula, for the fake evaluates nothing but literals: `=42`, `="text"`,
 * `=TRUE`. Any other formula reads as '' (Sheets would compute it; the fake cannot).
 */
export function formulaValue(formula: string): CellValue {
  const body = formula.slice(1).trim();
  if (NUMBER.test(body)) return Number(body);
  if (/^"([^"]|"")*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  if (/^(true|false)$/i.test(body)) return body.toLowerCase() === 'true';
  return '';
}

/** What `getValue` returns for a cell: a fresh copy, '' when empty. */
export function readValue(cell: Cell | undefined): CellValue {
  if (!cell) return '';
  if (cell.formula) return formulaValue(cell.formula);
  const value = cell.value ?? '';
  return value instanceof Date ? new Date(value.getTime()) : value;
}

/** Whether a cell holds a value or a formula (what moves the last row and column). */
export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (Boolean(cell.formula) || (cell.value ?? '') !== '');
}

/** Sheets' date pattern ('yyyy-mm-dd hh:mm') as a SimpleDateFormat pattern. */
function datePattern(sheetsPattern: string): string {
  const hasAmPm = /am\/pm|a\/p/i.test(sheetsPattern);
  const tokens = sheetsPattern.replace(/am\/pm|a\/p/gi, 'a').match(/(y+|m+|d+|h+|s+|[^ymdhs]+)/gi);
  if (!tokens) return sheetsPattern;

  return tokens
    .map((token, index) => {
      const lower = token.toLowerCase();
      const previous = tokens
        .slice(0, index)
        .reverse()
        .find((t) => /^[ymdhs]/i.test(t));
      const next = tokens.slice(index + 1).find((t) => /^[ymdhs]/i.test(t));
      if (lower[0] === 'm') {
        const isMinute = previous?.[0].toLowerCase() === 'h' || next?.[0].toLowerCase() === 's';
        return isMinute ? 'm'.repeat(Math.min(lower.length, 2)) : 'M'.repeat(lower.length);
      }
      if (lower[0] === 'h') return hasAmPm ? token.toLowerCase() : 'H'.repeat(lower.length);
      if (/^[yds]/.test(lower)) return lower;
      return token === 'a' ? 'a' : `'${token.replace(/'/g, "''")}'`;
    })
    .join('');
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function numberText(value: number, format: string | undefined): string {
  const pattern = format && format !== DEFAULT_NUMBER_FORMAT ? format : '';
  const numeric = /^(#,##)?0(\.(0+))?(%)?$/.exec(pattern);
  if (numeric) {
    const scaled = numeric[4] ? value * 100 : value;
    const fixed = scaled.toFixed(numeric[3]?.length ?? 0);
    const [whole, fraction] = fixed.split('.');
    const grouped = numeric[1] ? groupThousands(whole) : whole;
    return `${grouped}${fraction ? `.${fraction}` : ''}${numeric[4] ?? ''}`;
  }
  if (Math.abs(value) >= 1e15) return value.toExponential(5).toUpperCase();
  return String(Number(value.toPrecision(15)));
}

/**
 * What `getDisplayValue` shows. Numbers follow the simple formats '0', '0.00', '#,##0.00' and
 * '0.0%' (others show as plain numbers); dates follow a date format if the cell has one, else
 * 'yyyy-MM-dd' or 'yyyy-MM-dd H:mm:ss' in the spreadsheet's time zone.
 */
export function displayValue(cell: Cell | undefined, timeZone: string): string {
  const value = readValue(cell);
  const format = cell?.numberFormat;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return numberText(value, format);
  if (value instanceof Date) {
    if (format && /[yd]/i.test(format)) return formatDate(value, timeZone, datePattern(format));
    const hasTime = formatDate(value, timeZone, 'HH:mm:ss') !== '00:00:00';
    return formatDate(value, timeZone, hasTime ? 'yyyy-MM-dd H:mm:ss' : 'yyyy-MM-dd');
  }
  return value;
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
  pink: '#ffc0cb',
};

/** A colour as Sheets reports it back: lower-case '#rrggbb'. */
export function normalizedColor(color: string): string {
  const text = color.trim().toLowerCase();
  if (NAMED_COLORS[text]) return NAMED_COLORS[text];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return text;
}
