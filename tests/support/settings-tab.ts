import type { Cell } from '../../src/core/cells';

/** A Settings tab as people fill it in: the header, then one key and value a line. */
export function settingsTab(rows: ReadonlyArray<readonly [string, string]>): Cell[][] {
  return [['Key', 'Value', 'Note'], ...rows.map(([key, value]) => [key, value, ''])];
}
