/**
 * Dates as the user reads them on the sheet: a wall-clock day `YYYY-MM-DD` or day and time
 * `YYYY-MM-DDTHH:mm`, in the spreadsheet's time zone. Date objects from a host are turned
 * into wall-clock text once, at reading, with the zone the host says its cells are in.
 */
export type LocalDate = string;
export type LocalDateTime = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function formattedWallClock(instant: Date, timeZone: string): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

const QUARTER_HOUR = 15 * 60 * 1000;

/** Known UTC offsets by zone and quarter hour of UTC time. */
const offsets = new Map<string, Map<number, number | null>>();

function offsetOf(instant: number, timeZone: string): number {
  const seen = formattedWallClock(new Date(instant), timeZone);
  return Date.parse(`${seen}Z`) - Math.floor(instant / 1000) * 1000;
}

/**
 * The zone's offset from UTC during the quarter hour of an instant, or null when it is not a
 * whole number of quarter hours or changes within it. Zones have changed offset only at a
 * quarter hour of UTC time, by whole quarter hours, since the early 20th century.
 */
function quarterHourOffset(instant: number, timeZone: string): number | null {
  let zone = offsets.get(timeZone);
  if (!zone || zone.size > 100_000) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const quarter = Math.floor(instant / QUARTER_HOUR);
  let offset = zone.get(quarter);
  if (offset === undefined) {
    const start = offsetOf(quarter * QUARTER_HOUR, timeZone);
    const end = offsetOf((quarter + 1) * QUARTER_HOUR - 1000, timeZone);
    offset = start === end && start % QUARTER_HOUR === 0 ? start : null;
    zone.set(quarter, offset);
  }
  return offset;
}

/** The wall-clock time of an instant in a time zone, as `YYYY-MM-DDTHH:mm:ss`. */
export function wallClock(instant: Date, timeZone: string): LocalDateTime {
  // Intl's formatting is slow for whole sheets of dates: the offset is looked up once per
  // quarter hour, and the wall clock read from UTC fields.
  const time = instant.getTime();
  const offset = Number.isFinite(time) ? quarterHourOffset(time, timeZone) : null;
  if (offset !== null) {
    const local = new Date(time + offset);
    const year = local.getUTCFullYear();
    if (year >= 1000 && year <= 9999) {
      return (
        `${year}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
        `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`
      );
    }
  }
  return formattedWallClock(instant, timeZone);
}

/** The day of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): LocalDate {
  return wallClock(instant, timeZone).slice(0, 10);
}

/** The instant at which a wall-clock time happens in a time zone. */
export function instantOf(local: LocalDateTime, timeZone: string): Date {
  const [date, time = '00:00:00'] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm, ss = 0] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, hh, mm, ss);
  let guess = asUtc;
  for (let i = 0; i < 3; i += 1) {
    const seen = wallClock(new Date(guess), timeZone);
    const [sd, st] = seen.split('T');
    const [sy, sm, sday] = sd.split('-').map(Number);
    const [sh, smin, ssec] = st.split(':').map(Number);
    const offset = Date.UTC(sy, sm - 1, sday, sh, smin, ssec) - guess;
    guess = asUtc - offset;
  }
  return new Date(guess);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** Parses date text: ISO, `2026/11/03`, `2026/11/3 14:05`, `2026年11月3日`. */
export function parseDateText(text: string): LocalDateTime | null {
  const match = DATE_TEXT.exec(text.trim());
  if (!match) return null;
  const [, ys, ms, ds, hs = '0', mins = '0', ss = '0'] = match;
  const [y, m, d, h, min, s] = [ys, ms, ds, hs, mins, ss].map(Number);
  if (!validDay(y, m, d) || h > 23 || min > 59 || s > 59) return null;
  return `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}:${pad(s)}`;
}

/** `2026-11` from any day or month text (`2026-11`, `2026/11`, `2026年11月`). */
export function parseMonthText(text: string): string | null {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text.trim());
  if (!match) return null;
  const [y, m] = [Number(match[1]), Number(match[2])];
  return m >= 1 && m <= 12 ? `${y}-${pad(m)}` : null;
}

/** Whole days from one day to another (`2026-11-01` → `2026-11-03` is 2). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const ms =
    Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** The day `days` after a day. */
export function addDays(day: LocalDate, days: number): LocalDate {
  const ms = Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The month (`YYYY-MM`) of a day or wall-clock time. */
export function monthOf(local: LocalDate | LocalDateTime): string {
  return local.slice(0, 7);
}

/** The month before a month: `2026-01` → `2025-12`. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

/** Days in a month. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
