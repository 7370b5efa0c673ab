import { parseDateText, parseMonthText, wallClock } from './dates';
import type { LocalDate, LocalDateTime } from './dates';
import { t } from './i18n';
import type { Localized } from './i18n';
import { toCents, toDecimal } from './money';
import type { Cents, Decimal } from './money';

/** What a host hands the core for one cell: what `Range.getValues()` returns. */
export type Cell = string | number | boolean | Date | null | undefined;

/** A value the core asks a host to write: wall-clock dates travel as `{ date }`. */
export type OutCell = string | number | boolean | null | { date: LocalDate | LocalDateTime };

/** Parsing either yields a value or says, in both languages, what is wrong with the cell. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Localized };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(problem: Localized): Parsed<T> => ({ ok: false, problem });

/** Spreadsheet errors as getValues() shows them. */
const SHEET_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

/** True when the cell holds nothing: empty, blank text, null. */
export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function sheetError(cell: Cell): Localized | null {
  if (typeof cell === 'string' && SHEET_ERROR.test(cell.trim())) {
    return t(`单元格是公式错误 ${cell.trim()}`, `the cell shows the formula error ${cell.trim()}`);
  }
  return null;
}

/** The Dates a cell may hold: years 1000–9999, with a day's slack for time zones. */
const EARLIEST_CELL = Date.UTC(1000, 0, 1) - 86_400_000;
const LATEST_CELL = Date.UTC(10000, 0, 1) + 86_400_000;
const OUT_OF_RANGE = t(
  '日期超出范围（1000–9999 年）',
  'the date is out of range (years 1000–9999)',
);

/**
 * A Date cell's wall-clock time, or why not: an invalid Date (an .xlsx can hold one) or a year
 * outside 1000–9999, which no spreadsheet date of this business has and no `YYYY-MM-DD` holds.
 */
function dateCell(cell: Date, timeZone: string): Parsed<LocalDateTime> {
  const time = cell.getTime();
  if (Number.isNaN(time)) return bad(t('无效日期', 'invalid date'));
  // Far outside the range, the time-zone formatter itself throws; a day either side is slack.
  if (time < EARLIEST_CELL || time > LATEST_CELL) return bad(OUT_OF_RANGE);
  const local = wallClock(cell, timeZone);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(local) && !local.startsWith('0')
    ? ok(local)
    : bad(OUT_OF_RANGE);
}

/** Text as written, trimmed; numbers and booleans as their text; Dates as their day. */
export function parseText(cell: Cell, timeZone: string): Parsed<string> {
  if (cell instanceof Date) {
    const local = dateCell(cell, timeZone);
    return local.ok ? ok(local.value.slice(0, 10)) : local;
  }
  if (typeof cell === 'number') return ok(Number.isFinite(cell) ? String(cell) : '');
  if (typeof cell === 'boolean') return ok(cell ? 'TRUE' : 'FALSE');
  const error = sheetError(cell);
  if (error) return bad(error);
  return ok(String(cell ?? '').trim());
}

const CURRENCY_MARKS =
  /^[¥￥£€$]|^(?:CNY|RMB|GBP|EUR|USD)\s*|\s*(?:CNY|RMB|GBP|EUR|USD|元)$|[¥￥£€$]$/gi;

/**
 * The decimal text of a number written by hand: currency marks, spaces and thousands
 * separators go; a lone comma before one, two or four-plus digits ("12,99") is refused as
 * ambiguous rather than guessed.
 */
function numericText(text: string): Parsed<string> {
  let clean = text.replace(/\s+/g, '').replace(CURRENCY_MARKS, '').replace(CURRENCY_MARKS, '');
  if (/^\(.*\)$/.test(clean)) clean = `-${clean.slice(1, -1)}`;
  if (/,/.test(clean)) {
    if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(clean)) clean = clean.replace(/,/g, '');
    else {
      return bad(
        t(
          `“${text}”不是数字：请用小数点，不用逗号`,
          `"${text}" is not a number: use a point for decimals, not a comma`,
        ),
      );
    }
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(clean)) {
    return bad(t(`“${text}”不是数字`, `"${text}" is not a number`));
  }
  return ok(clean);
}

/** The decimal digits of a number cell without an exponent: -12.5 → "-12", "5". */
const PLAIN_NUMBER = /^(-?\d+)(?:\.(\d+))?$/;

/** A plain number: 12.5, "12.5", "1,234.50", "£9.99". */
export function parseNumber(cell: Cell): Parsed<number> {
  // Most cells are numbers already: the same value as the exact decimal gives, without BigInt.
  const plain = typeof cell === 'number' ? PLAIN_NUMBER.exec(String(cell)) : null;
  if (plain) {
    const fraction = plain[2] ?? '';
    return ok(Number(`${plain[1]}${fraction}`) / 10 ** fraction.length);
  }
  const decimal = parseDecimal(cell);
  if (!decimal.ok) return decimal;
  const value = Number(decimal.value.units) / 10 ** decimal.value.scale;
  // Hundreds of digits read as Infinity: a number no sum or margin can use.
  return Number.isFinite(value) ? ok(value) : bad(t('数字太大', 'the number is too large'));
}

/** An exact decimal, for rates and shares. */
export function parseDecimal(cell: Cell): Parsed<Decimal> {
  if (typeof cell === 'number') {
    const decimal = Number.isFinite(cell) ? toDecimal(cell) : null;
    return decimal ? ok(decimal) : bad(t('不是有效数字', 'not a valid number'));
  }
  if (cell instanceof Date)
    return bad(t('这里应是数字，不是日期', 'expected a number here, not a date'));
  if (typeof cell === 'boolean')
    return bad(t('这里应是数字，不是是/否', 'expected a number, not yes/no'));
  const error = sheetError(cell);
  if (error) return bad(error);
  const text = numericText(String(cell ?? ''));
  if (!text.ok) return text;
  const decimal = toDecimal(text.value);
  return decimal ? ok(decimal) : bad(t('不是有效数字', 'not a valid number'));
}

/** Money in major units to cents: "￥12", "£9.99", 12.345 → 1235. */
export function parseMoney(cell: Cell): Parsed<Cents> {
  // A number cell with at most two decimals is whole cents already: no rounding, no BigInt.
  // Below 10^13, two such numbers are never one double apart, so the round trip decides.
  if (typeof cell === 'number' && Math.abs(cell) < 1e13) {
    const cents = Math.round(cell * 100);
    if (cents / 100 === cell) return ok(cents === 0 ? 0 : cents);
  }
  const decimal = parseDecimal(cell);
  if (!decimal.ok) return decimal;
  const cents = toCents(`${decimal.value.units}e-${decimal.value.scale}`);
  if (cents === null) return bad(t('不是有效金额', 'not a valid amount'));
  // Past 2^53 cents, sums stop being exact to the cent.
  return Number.isSafeInteger(cents) ? ok(cents) : bad(t('金额太大', 'the amount is too large'));
}

/** A whole number: 3, "3", 3.0. */
export function parseInteger(cell: Cell): Parsed<number> {
  const number = parseNumber(cell);
  if (!number.ok) return number;
  return Number.isSafeInteger(number.value)
    ? number
    : bad(t(`${number.value} 不是整数`, `${number.value} is not a whole number`));
}

/** A share: 0.3, "30%", "0.3". A bare number over 1 in text form ("30") is read as percent. */
export function parsePercent(cell: Cell): Parsed<number> {
  if (typeof cell === 'string' && /%\s*$/.test(cell)) {
    const number = parseNumber(cell.replace(/%\s*$/, ''));
    return number.ok ? ok(number.value / 100) : number;
  }
  return parseNumber(cell);
}

const YES = new Set([
  '是',
  'y',
  'yes',
  'true',
  '1',
  '有',
  '带',
  'x',
  '✓',
  '√',
  'oui',
  'ja',
  'si',
  'sí',
]);
const NO = new Set(['否', 'n', 'no', 'false', '0', '无', '不', '没有', 'non', 'nein']);

/** Yes/no: 是/否, Y/N, yes/no, TRUE/FALSE, 1/0. */
export function parseYesNo(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') {
    if (cell === 1 || cell === 0) return ok(cell === 1);
  }
  const text = String(cell ?? '')
    .trim()
    .toLowerCase();
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return bad(t(`“${String(cell)}”应为 是/否`, `"${String(cell)}" should be yes or no`));
}

/** A day: a Date (in the cells' time zone), ISO text, `2026/11/03`, `2026年11月3日`. */
export function parseDate(cell: Cell, timeZone: string): Parsed<LocalDate> {
  const dateTime = parseDateTime(cell, timeZone);
  return dateTime.ok ? ok(dateTime.value.slice(0, 10)) : dateTime;
}

/** A day and time, `YYYY-MM-DDTHH:mm:ss`. */
export function parseDateTime(cell: Cell, timeZone: string): Parsed<LocalDateTime> {
  if (cell instanceof Date) return dateCell(cell, timeZone);
  if (typeof cell === 'string') {
    const error = sheetError(cell);
    if (error) return bad(error);
    const parsed = parseDateText(cell);
    if (parsed) return ok(parsed);
  }
  return bad(
    t(
      `“${String(cell)}”不是日期（例：2026-11-03）`,
      `"${String(cell)}" is not a date (e.g. 2026-11-03)`,
    ),
  );
}

/** A month `YYYY-MM`, from month text or any date. */
export function parseMonth(cell: Cell, timeZone: string): Parsed<string> {
  if (typeof cell === 'string') {
    const month = parseMonthText(cell);
    if (month) return ok(month);
  }
  const date = parseDate(cell, timeZone);
  return date.ok
    ? ok(date.value.slice(0, 7))
    : bad(
        t(
          `“${String(cell)}”不是月份（例：2026-11）`,
          `"${String(cell)}" is not a month (e.g. 2026-11)`,
        ),
      );
}

/** An http(s) address without spaces. */
export function parseUrl(cell: Cell): Parsed<string> {
  const text = String(cell ?? '').trim();
  if (/\s/.test(text)) return bad(t('链接中有空格', 'the link contains spaces'));
  if (!/^https?:\/\/[^/\s]+\.[^/\s]+/i.test(text)) {
    return bad(t(`“${text}”不是网址`, `"${text}" is not a web address`));
  }
  return ok(text);
}

/** A comma-, semicolon- or space-separated list of email addresses, lower-cased. */
export function parseEmails(cell: Cell): Parsed<string[]> {
  const parts = String(cell ?? '')
    .split(/[,;，；\s]+/)
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  const wrong = parts.find((part) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(part));
  return wrong ? bad(t(`“${wrong}”不是邮箱地址`, `"${wrong}" is not an email address`)) : ok(parts);
}
