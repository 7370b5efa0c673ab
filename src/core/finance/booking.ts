import type { RefundRow } from '../contract/rows';
import { monthOf } from '../dates';
import type { Finding } from '../findings';
import { t } from '../i18n';
import { cellFinding } from '../reader';
import type { SheetRead } from '../reader';

/** The refunds "Book month" stamps, or the findings that stop it. */
export interface BookingPlan {
  month: string;
  /** Row numbers of the month's refunds that have no booked month yet. */
  rows: number[];
  /** Errors on those refunds (or on refunds whose month cannot be told): nothing is booked. */
  blocking: Finding[];
  /**
   * The one rectangle to write (1-based row and column): the booked-month column from the
   * first to the last stamped row, rows in between keeping their value; it starts at the
   * header when the sheet has no booked-month column yet. Null when nothing is to be stamped.
   */
  block: { row: number; column: number; values: Array<[string | null]> } | null;
}

/**
 * Plans booking a month (R2.5): every refund dated in the month without a booked month gets
 * it. Finance books only what is right, so an error on one of those refunds (an unreadable
 * cell, an order that does not exist, a missing approval) stops the booking; so does an
 * unbooked refund whose date cannot be read, since it may belong to the month.
 */
export function planBooking(
  read: SheetRead<RefundRow>,
  month: string,
  logFindings: readonly Finding[],
): BookingPlan {
  const errorsByRow = new Map<number, Finding[]>();
  for (const finding of [...read.findings, ...logFindings]) {
    if (finding.severity !== 'error' || finding.row === null) continue;
    if (finding.sheet !== read.layout.sheetName) continue;
    errorsByRow.set(finding.row, [...(errorsByRow.get(finding.row) ?? []), finding]);
  }
  const plan: BookingPlan = { month, rows: [], blocking: [], block: null };

  for (const refund of read.rows) {
    const errors = errorsByRow.get(refund.rowNumber) ?? [];
    const bookedUnreadable = errors.some((finding) => finding.column === 'bookedMonth');
    if (refund.bookedMonth !== null && !bookedUnreadable) continue;
    if (refund.date === null) {
      plan.blocking.push(
        ...(errors.length > 0
          ? errors
          : [
              cellFinding(
                read.layout,
                refund.rowNumber,
                'date',
                'R2.5',
                'error',
                t('没有日期，无法判断属于哪个月', 'has no date, so its month is unknown'),
              ),
            ]),
      );
      continue;
    }
    if (monthOf(refund.date) !== month) continue;
    if (errors.length > 0) plan.blocking.push(...errors);
    else plan.rows.push(refund.rowNumber);
  }
  if (plan.rows.length === 0 || plan.blocking.length > 0) return plan;
  return { ...plan, ...blockFor(read, plan.rows, month, errorsByRow) };
}

/** The single block that stamps the rows and rewrites the rows between them unchanged. */
function blockFor(
  read: SheetRead<RefundRow>,
  rows: readonly number[],
  month: string,
  errorsByRow: Map<number, Finding[]>,
): Pick<BookingPlan, 'block' | 'blocking'> {
  const { layout } = read;
  const existing = layout.index.bookedMonth;
  const column = (existing ?? layout.headers.length) + 1;
  const first = rows.reduce((a, b) => Math.min(a, b));
  const last = rows.reduce((a, b) => Math.max(a, b));
  const stamped = new Set(rows);
  const bookedByRow = new Map(read.rows.map((refund) => [refund.rowNumber, refund.bookedMonth]));
  const blocking: Finding[] = [];
  const values: Array<[string | null]> = [];

  if (existing === undefined) {
    const header = layout.def.columns.find((def) => def.id === 'bookedMonth');
    values.push([header ? header.label[layout.lang] : 'bookedMonth']);
  }
  for (let row = existing === undefined ? 2 : first; row <= last; row += 1) {
    if (stamped.has(row)) {
      values.push([month]);
      continue;
    }
    // A row in between is written back as read; one whose booked month cannot be read would
    // be lost, so it must be fixed first.
    const unreadable = (errorsByRow.get(row) ?? []).filter((f) => f.column === 'bookedMonth');
    blocking.push(...unreadable);
    values.push([bookedByRow.get(row) ?? null]);
  }
  if (blocking.length > 0) return { block: null, blocking };
  const row = existing === undefined ? 1 : first;
  return { block: { row, column, values }, blocking };
}
