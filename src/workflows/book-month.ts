import { planBooking } from '../core/finance/booking';
import { isMonth } from '../core/finance/month-end';
import { validateRefundLog } from '../core/finance/refunds';
import { UnusableInputError } from '../core/findings';
import { t } from '../core/i18n';
import { requireRole } from '../core/roles';
import type { Workbook } from '../workbook/port';
import { load } from './load';

/** What "Book month" did. */
export interface BookMonthResult {
  month: string;
  /** Row numbers of the refunds stamped with the month; empty when all were booked already. */
  booked: number[];
}

/**
 * "Book month" (R2.5): finance stamps the booked month on every refund of the month that has
 * none, in one write. A second run finds nothing to stamp and writes nothing. Refused with a
 * RoleError for anyone not on the Settings finance list, and with an UnusableInputError when
 * one of the month's refunds has an error (nothing is then written).
 */
export function bookMonth(
  workbook: Workbook,
  month: string,
  user: string | null | undefined,
  now: Date,
): BookMonthResult {
  if (!isMonth(month)) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  const started = Date.now();
  const loaded = load(workbook, ['refunds', 'orders', 'fx'], { required: ['refunds'] });
  requireRole(
    loaded.settings,
    user,
    'finance',
    t(`${month} 退款入账`, `Booking the refunds of ${month}`),
  );

  const read = loaded.reads.refunds;
  const tab = loaded.tabs.refunds;
  if (!read || !tab) return { month, booked: [] };
  const plan = planBooking(read, month, validateRefundLog(loaded));
  if (plan.blocking.length > 0) throw new UnusableInputError(plan.blocking);
  if (plan.block) workbook.apply([{ tab, blocks: [plan.block] }]);

  console.log(
    `book-month ${month}: ${plan.rows.length} refunds booked of ${read.rows.length}, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s (at ${now.toISOString().slice(0, 10)})`,
  );
  return { month, booked: plan.rows };
}
