import type { OutCell } from '../cells';
import type { Lang } from '../i18n';
import { fromCents } from '../money';
import { enumLabel } from './headers';
import type { ColumnDef } from './types';

/**
 * A typed value (as the reader yields it) back into what a cell should hold: money as a
 * number with two decimals, dates as wall-clock dates, enums and yes/no in the sheet's
 * language. The inverse of reading, so a read-then-write round trip changes nothing.
 */
export function outValue(column: ColumnDef, value: unknown, lang: Lang): OutCell {
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'money':
      return fromCents(value as number);
    case 'date':
    case 'datetime':
      return { date: String(value) };
    case 'enum':
      return enumLabel(column.options ?? [], String(value), lang);
    case 'yesno':
      return lang === 'zh' ? (value ? '是' : '否') : value ? 'Y' : 'N';
    case 'emails':
      return (value as string[]).join(', ');
    case 'number':
    case 'integer':
    case 'percent':
      return value as number;
    default:
      return String(value);
  }
}

/** Whether two typed values are the same for the add-on (dates compared as text). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.join(',') === b.join(',');
  return (a ?? null) === (b ?? null);
}
