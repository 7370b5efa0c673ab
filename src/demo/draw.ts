/**
 * A small seeded generator (mulberry32) so that the demo workbook comes out the same on every
 * run and every machine: no Math.random, no clock.
 */
export interface Draw {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A string of n decimal digits, the first one not zero. */
  digits(n: number): string;
  /** A string of n lower-case letters and digits. */
  letters(n: number): string;
}

/** A generator that yields the same sequence for the same seed. */
export function seededDraw(seed: number): Draw {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return {
    next,
    int,
    pick: (list) => list[int(0, list.length - 1)],
    chance: (p) => next() < p,
    digits: (n) =>
      String(int(1, 9)) + Array.from({ length: n - 1 }, () => String(int(0, 9))).join(''),
    letters: (n) => Array.from({ length: n }, () => ALNUM[int(0, ALNUM.length - 1)]).join(''),
  };
}
