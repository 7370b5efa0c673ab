/** A wall-clock reading of an instant in a time zone. */
export interface ZonedTime {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 is Sunday, as in `Date.getDay`. */
  weekday: number;
  /** Minutes ahead of UTC: +480 in Shanghai. */
  offsetMinutes: number;
}

const FIXED_OFFSET = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Reads a time zone the way Java (and so Apps Script) does: an IANA name, or a fixed
 * 'GMT+08:00' style offset; an unknown name silently means GMT.
 */
function zoneOf(timeZone: string): { fixedMinutes: number } | { formatter: Intl.DateTimeFormat } {
  const fixed = FIXED_OFFSET.exec(timeZone.trim());
  if (fixed) {
    const minutes = Number(fixed[2] ?? 0) * 60 + Number(fixed[3] ?? 0);
    return { fixedMinutes: fixed[1] === '-' ? -minutes : minutes };
  }

  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return { fixedMinutes: 0 };
    }
    formatters.set(timeZone, formatter);
  }
  return { formatter };
}

/** The wall-clock reading of `date` in `timeZone`. */
export function zonedTime(date: Date, timeZone: string): ZonedTime {
  const instant = date.getTime();
  const zone = zoneOf(timeZone);
  let offsetMinutes: number;

  if ('fixedMinutes' in zone) {
    offsetMinutes = zone.fixedMinutes;
  } else {
    const part: Record<string, number> = {};
    for (const { type, value } of zone.formatter.formatToParts(date)) part[type] = Number(value);
    const wallClock = Date.UTC(
      part.year,
      part.month - 1,
      part.day,
      part.hour,
      part.minute,
      part.second,
    );
    const wholeSeconds = Math.floor(instant / 1000) * 1000;
    offsetMinutes = Math.round((wallClock - wholeSeconds) / 60000);
  }

  const shifted = new Date(instant + offsetMinutes * 60000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
    offsetMinutes,
  };
}

/** The instant at which the wall clock in `timeZone` shows the given date and time. */
export function instantOf(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = wallClock;
  for (let i = 0; i < 3; i++) {
    guess = wallClock - zonedTime(new Date(guess), timeZone).offsetMinutes * 60000;
  }
  return new Date(guess);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(value: number, width: number): string {
  const digits = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${digits}` : digits;
}

function offsetText(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  return `${sign}${pad(hours, 2)}${separator}${pad(Math.abs(minutes) % 60, 2)}`;
}

function dayOfYear(time: ZonedTime): number {
  return (Date.UTC(time.year, time.month - 1, time.day) - Date.UTC(time.year, 0, 1)) / 86400000 + 1;
}

/** Week of year and its year under Java's US rules: weeks start on Sunday, week 1 holds 1 Jan. */
function usWeek(time: ZonedTime): { week: number; year: number } {
  const lastDayOfWeek = new Date(Date.UTC(time.year, time.month - 1, time.day + 6 - time.weekday));
  if (lastDayOfWeek.getUTCFullYear() > time.year) return { week: 1, year: time.year + 1 };
  const firstWeekday = new Date(Date.UTC(time.year, 0, 1)).getUTCDay();
  return { week: Math.floor((dayOfYear(time) - 1 + firstWeekday) / 7) + 1, year: time.year };
}

function yearText(year: number, count: number): string {
  return count === 2 ? pad(year % 100, 2) : pad(year, count);
}

function field(
  letter: string,
  count: number,
  time: ZonedTime,
  timeZone: string,
  date: Date,
): string {
  switch (letter) {
    case 'G':
      return time.year > 0 ? 'AD' : 'BC';
    case 'y':
      return yearText(time.year, count);
    case 'Y':
      return yearText(usWeek(time).year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[time.month - 1];
      if (count === 3) return MONTHS[time.month - 1].slice(0, 3);
      return pad(time.month, count);
    case 'w':
      return pad(usWeek(time).week, count);
    case 'W': {
      const firstWeekday = (time.weekday - ((time.day - 1) % 7) + 7) % 7;
      return pad(Math.floor((time.day - 1 + firstWeekday) / 7) + 1, count);
    }
    case 'D':
      return pad(dayOfYear(time), count);
    case 'd':
      return pad(time.day, count);
    case 'F':
      return pad(Math.floor((time.day - 1) / 7) + 1, count);
    case 'E':
      return count >= 4 ? WEEKDAYS[time.weekday] : WEEKDAYS[time.weekday].slice(0, 3);
    case 'u':
      return pad(time.weekday === 0 ? 7 : time.weekday, count);
    case 'a':
      return time.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(time.hour, count);
    case 'k':
      return pad(time.hour === 0 ? 24 : time.hour, count);
    case 'K':
      return pad(time.hour % 12, count);
    case 'h':
      return pad(time.hour % 12 === 0 ? 12 : time.hour % 12, count);
    case 'm':
      return pad(time.minute, count);
    case 's':
      return pad(time.second, count);
    case 'S':
      return pad(time.millisecond, count);
    case 'z':
      return zoneName(date, timeZone, time.offsetMinutes, count >= 4 ? 'long' : 'short');
    case 'Z':
      return offsetText(time.offsetMinutes, '');
    case 'X':
      if (time.offsetMinutes === 0) return 'Z';
      if (count === 1) return offsetText(time.offsetMinutes, '').slice(0, 3);
      return offsetText(time.offsetMinutes, count === 2 ? '' : ':');
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

function zoneName(date: Date, timeZone: string, offset: number, style: 'long' | 'short'): string {
  const zone = zoneOf(timeZone);
  if ('fixedMinutes' in zone) return `GMT${offsetText(offset, ':')}`;
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName');
  return name?.value ?? `GMT${offsetText(offset, ':')}`;
}

/**
 * `Utilities.formatDate`: a Java SimpleDateFormat pattern (English names, as on Google's
 * servers) applied to the instant's wall clock in `timeZone`. Only 'z' differs: Java says
 * 'CST' for China, Intl says 'GMT+8', and this gives Intl's name.
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const time = zonedTime(date, timeZone);
  let out = '';
  let i = 0;

  while (i < pattern.length) {
    const char = pattern[i];
    if (char === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let literal = '';
      for (;;) {
        if (j >= pattern.length) throw new Error('Unterminated quote');
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          literal += "'";
          j += 2;
        } else if (pattern[j] === "'") {
          break;
        } else {
          literal += pattern[j++];
        }
      }
      out += literal;
      i = j + 1;
    } else if (/[A-Za-z]/.test(char)) {
      let count = 1;
      while (pattern[i + count] === char) count++;
      out += field(char, count, time, timeZone, date);
      i += count;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}
