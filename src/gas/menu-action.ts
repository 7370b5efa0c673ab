import { UnusableInputError } from '../core/findings';
import type { Lang, Localized } from '../core/i18n';
import { requireAnyRole } from '../core/roles';
import type { Role } from '../core/roles';
import { load } from '../workflows/load';
import { audited } from './audit';
import { BUSY_MESSAGE, BusyError, withDocumentLock } from './lock';
import { userLang } from './locale';
import { problemsText, refusalText } from './refusal';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** What a menu action works with: the spreadsheet, the user's language and the moment. */
export interface ActionContext {
  workbook: SpreadsheetWorkbook;
  lang: Lang;
  now: Date;
  /** The acting user's email, '' when Google does not say (which holds no role). */
  user: string;
}

/** What a menu action tells the user, and the counts its log line carries (no row contents). */
export interface ActionOutcome {
  message: string;
  counts: string;
  /** The tab the action changed, for its audit row. */
  sheet?: string;
  /** The rows it changed, for its audit row. */
  rows?: readonly number[];
}

/** Who may run a menu action: a holder of one of these roles (Settings), checked first. */
export interface ActionAccess {
  roles: readonly Role[];
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

/**
 * Runs a menu action that writes to the spreadsheet: under the document lock, with the
 * user's language, then an alert with its outcome. With `access`, the acting user must hold
 * one of its roles before anything is read. Someone else's running action, a missing role and
 * input the workflow refused all end in an alert saying so, with nothing written. Every run
 * that took the lock leaves its row in the Audit log (done, or refused with the reason). Logs
 * one line: `<name>: <counts>, <seconds> s`.
 */
export function runMenuAction(
  name: string,
  title: Localized,
  act: (context: ActionContext) => ActionOutcome,
  access?: ActionAccess,
): void {
  const started = Date.now();
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  let outcome: ActionOutcome;
  try {
    outcome = withDocumentLock(() => {
      const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActive());
      return audited(
        title,
        (user) => {
          if (access) requireAnyRole(load(workbook, []).settings, user, access.roles, title);
          return act({ workbook, lang, now: new Date(), user });
        },
        (done) => ({ counts: done.counts, sheet: done.sheet, rows: done.rows }),
        workbook,
      );
    });
  } catch (error) {
    if (error instanceof BusyError) {
      console.log(`${name}: busy, ${seconds(started)} s`);
      ui.alert(title[lang], BUSY_MESSAGE[lang], ui.ButtonSet.OK);
      return;
    }
    if (error instanceof UnusableInputError) {
      console.log(`${name}: refused, ${error.findings.length} problems, ${seconds(started)} s`);
      ui.alert(title[lang], problemsText(error, lang), ui.ButtonSet.OK);
      return;
    }
    const refusal = refusalText(error, lang);
    if (refusal === null) throw error;
    console.log(`${name}: refused, ${seconds(started)} s`);
    ui.alert(title[lang], refusal, ui.ButtonSet.OK);
    return;
  }
  console.log(`${name}: ${outcome.counts}, ${seconds(started)} s`);
  ui.alert(title[lang], outcome.message, ui.ButtonSet.OK);
}
