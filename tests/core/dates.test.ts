import { addDays, daysBetween, instantOf, previousMonth, wallClock } from '../../src/core/dates';

describe('wall-clock dates in the spreadsheet time zone', () => {
  it('finds the instant of a wall-clock time and back', () => {
    const instant = instantOf('2026-11-03T14:05:00', 'Europe/London');
    expect(instant.toISOString()).toBe('2026-11-03T14:05:00.000Z');
    const summer = instantOf('2026-07-01T09:00:00', 'Europe/Berlin');
    expect(summer.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(wallClock(summer, 'Asia/Shanghai')).toBe('2026-07-01T15:00:00');
  });

  it('counts days and months across year ends', () => {
    expect(daysBetween('2026-10-02', '2026-12-01')).toBe(60);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(previousMonth('2026-01')).toBe('2025-12');
  });
});
