import { findSheetName } from '../core/contract/headers';
import { SHEETS } from '../core/contract/sheets';
import { localDate, monthOf, previousMonth } from '../core/dates';
import { isMonth } from '../core/finance/month-end';
import type { Lang, Localized } from '../core/i18n';
import { bookMonth } from '../workflows/book-month';
import type { BookMonthResult } from '../workflows/book-month';
import { userLang } from './locale';
import { runMenuAction } from './menu-action';

const TITLE: Localized = { zh: '退款入账', en: 'Book month' };

/** What "Book month" stamped, in a sentence or two. */
export function bookingSummary(result: BookMonthResult, lang: Lang): string {
  const { month, booked } = result;
  if (booked.length === 0) {
    return lang === 'zh'
      ? `${month} 没有需要入账的退款：都已入账，或这个月没有退款。`
      : `Nothing to book for ${month}: its refunds are booked already, or there are none.`;
  }
  const rows = booked.join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh'
    ? `已将 ${booked.length} 笔退款记为 ${month} 入账（退款表第 ${rows} 行）。`
    : `Booked ${booked.length} ${booked.length === 1 ? 'refund' : 'refunds'} in ${month} ` +
        `(Refunds rows ${rows}).`;
}

function askMonth(lang: Lang, suggested: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(
    TITLE[lang],
    lang === 'zh'
      ? `要入账哪个月的退款？请输入 YYYY-MM；留空则为 ${suggested}。`
      : `Book the refunds of which month? Enter YYYY-MM, or leave it empty for ${suggested}.`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return null;
  return response.getResponseText().trim() || suggested;
}

/**
 * Menu "Book month" (finance, R2.5): asks for the month (last month by default), stamps it on
 * that month's refunds not booked yet, under the document lock, and says which rows it
 * stamped. Anyone not on the finance list is told so and nothing is written.
 */
export function bookMonthFromMenu(): void {
  const lang = userLang();
  const zone = SpreadsheetApp.getActive().getSpreadsheetTimeZone();
  const suggested = previousMonth(monthOf(localDate(new Date(), zone)));
  const month = askMonth(lang, suggested);
  if (month === null) return;
  if (!isMonth(month)) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(
      TITLE[lang],
      lang === 'zh'
        ? `「${month}」不是月份：请按 YYYY-MM 输入，如 ${suggested}。`
        : `"${month}" is not a month: enter it as YYYY-MM, e.g. ${suggested}.`,
      ui.ButtonSet.OK,
    );
    return;
  }

  // A refusal (not on the finance list) reaches the person as an alert and the Audit log.
  runMenuAction('book-month', TITLE, ({ workbook, now, user }) => {
    const result = bookMonth(workbook, month, user, now);
    return {
      message: bookingSummary(result, lang),
      counts: `${month}, ${result.booked.length} refunds booked`,
      sheet: findSheetName(SHEETS.refunds, workbook.tabNames()) ?? undefined,
      rows: result.booked,
    };
  });
}
