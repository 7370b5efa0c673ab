import { addDays } from '../core/dates';

/**
 * Times in the demo are wall-clock text, `2026-10-03T14:05`. Cells carry them the way an
 * .xlsx file does: a Date whose UTC fields are the wall clock, or the text a person typed.
 */
export type WallTime = string;

function parts(local: WallTime): number[] {
  const [day, time = '00:00'] = local.split('T');
  return [...day.split('-').map(Number), ...time.split(':').map(Number)];
}

/** The cell value of a wall-clock time or day: a Date at that time in UTC. */
export function wallDate(local: WallTime): Date {
  const [y, m, d, hh = 0, mm = 0] = parts(local);
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

/** A time or day as people type it in Sheets: `2026/11/3 14:05`, `2026/11/3`. */
export function slashText(local: WallTime): string {
  const [y, m, d, hh = 0, mm = 0] = parts(local);
  const day = `${y}/${m}/${d}`;
  return local.includes('T') ? `${day} ${hh}:${String(mm).padStart(2, '0')}` : day;
}

/** A day as Chinese staff type it: `2026年11月3日`. */
export function chineseDayText(local: WallTime): string {
  const [y, m, d] = parts(local);
  return `${y}年${m}月${d}日`;
}

/** The wall-clock time some days and minutes after another. */
export function later(local: WallTime, days: number, clock: string): WallTime {
  return `${addDays(local.slice(0, 10), days)}T${clock}`;
}

/** Every day from one day to another, both included. */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}
