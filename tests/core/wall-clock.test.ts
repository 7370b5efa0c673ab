import { wallClock } from '../../src/core/dates';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock as Intl formats it, one call at a time: what wallClock must always give. */
function formatted(instant: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  const format =
    formats.get(timeZone) ??
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
  formats.set(timeZone, format);
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/St_Johns',
];

describe('the wall clock of a date cell', () => {
  it.each(ZONES)('reads the days around the clock changes of 2026 as Intl does, in %s', (zone) => {
    const spans = [
      [Date.UTC(2026, 2, 27), Date.UTC(2026, 3, 6)],
      [Date.UTC(2026, 8, 25), Date.UTC(2026, 10, 3)],
    ];
    for (const [from, to] of spans) {
      for (let time = from; time < to; time += 7 * 60_000 + 7_000) {
        const instant = new Date(time);
        expect(wallClock(instant, zone)).toBe(formatted(instant, zone));
      }
    }
  });

  it('reads dates of long ago, when zones kept their local mean time, as Intl does', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/Amsterdam', 'Africa/Monrovia']) {
      for (const year of [1890, 1901, 1937, 1950, 1971]) {
        const instant = new Date(Date.UTC(year, 5, 15, 12, 34, 56));
        expect(wallClock(instant, zone)).toBe(formatted(instant, zone));
      }
    }
  });

  it('still refuses a date that is not one', () => {
    expect(() => wallClock(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
  });
});
