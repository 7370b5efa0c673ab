import type { Cell } from '../core/cells';
import { SHEETS } from '../core/contract/sheets';
import type { SheetId } from '../core/contract/types';
import type { Lang } from '../core/i18n';

/** One tab of the demo workbook: its name and its values, row 1 the header. */
export interface DemoTab {
  name: string;
  values: Cell[][];
}

/** A row of a demo sheet, keyed by contract column id, `amazon.<attribute>` or an extra header. */
export type DemoRecord = Record<string, Cell>;

/** A column of a demo tab: a contract column id, an `amazon.*` pass-through, or a user's own. */
export type DemoColumn = string | { own: string };

/**
 * How a demo tab is laid out: the language of its name and headers, and its columns in the
 * order the user keeps them (the contract's order when not given).
 */
export interface TabShape {
  lang: Lang;
  columns?: DemoColumn[];
}

function headerOf(id: SheetId, column: DemoColumn, lang: Lang): string {
  if (typeof column !== 'string') return column.own;
  if (column.startsWith('amazon.')) return column;
  const def = SHEETS[id].columns.find((candidate) => candidate.id === column);
  if (!def) throw new Error(`demo: ${id} has no column ${column}`);
  return def.label[lang];
}

/**
 * Builds a tab whose name and headers come from the sheet contract. A record key that no
 * column shows is a mistake in the demo data and throws, so nothing is silently dropped.
 */
export function contractTab(id: SheetId, shape: TabShape, records: DemoRecord[]): DemoTab {
  const columns = shape.columns ?? SHEETS[id].columns.map((column) => column.id);
  const keys = columns.map((column) => (typeof column === 'string' ? column : column.own));
  const known = new Set(keys);
  for (const record of records) {
    const stray = Object.keys(record).find((key) => !known.has(key));
    if (stray) throw new Error(`demo: ${id} has no place for "${stray}"`);
  }
  const header = columns.map((column) => headerOf(id, column, shape.lang));
  const rows = records.map((record) => keys.map((key) => record[key] ?? null));
  return { name: SHEETS[id].name[shape.lang], values: [header, ...rows] };
}
