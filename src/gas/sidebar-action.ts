import type { Lang, Localized } from '../core/i18n';
import { requireAnyRole } from '../core/roles';
import type { Role } from '../core/roles';
import { load } from '../workflows/load';
import { actingUser, audited } from './audit';
import { withDocumentLock } from './lock';
import { userLang } from './locale';
import type { ActionContext } from './menu-action';
import { answerSidebar, refusalText } from './refusal';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** What a sidebar's action answers, and the counts its log line carries (no row contents). */
export interface SidebarOutcome<T> {
  result: T;
  counts: string;
  /** The tab a writing action changed, for its audit row. */
  sheet?: string;
  /** The rows it changed, for its audit row. */
  rows?: readonly number[];
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

/**
 * Runs a server function of a sidebar: in the person's language, under the document lock
 * when it writes (two people pressing the same button must not interleave), with refusals
 * reaching the page as messages in that language, and one log line:
 * `<name>: <counts>, <seconds> s`. With `roles`, the acting user must hold one of them before
 * anything else is read. A writing action leaves its row in the Audit log, named by `audit`
 * (or by `name`): done, or refused with the reason.
 */
export function runSidebarAction<T>(
  name: string,
  options: { writes: boolean; audit?: Localized; roles?: readonly Role[] },
  act: (context: ActionContext) => SidebarOutcome<T>,
): T {
  const started = Date.now();
  const lang: Lang = userLang();
  return answerSidebar(lang, () => {
    const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActive());
    const label = options.audit ?? { zh: name, en: name };
    const run = (user: string) => {
      if (options.roles) requireAnyRole(load(workbook, []).settings, user, options.roles, label);
      return act({ workbook, lang, now: new Date(), user });
    };
    const summary = (done: SidebarOutcome<T>) => ({
      counts: done.counts,
      sheet: done.sheet,
      rows: done.rows,
    });
    let outcome: SidebarOutcome<T>;
    try {
      outcome = options.writes
        ? withDocumentLock(() => audited(label, run, summary, workbook))
        : run(actingUser());
    } catch (error) {
      if (refusalText(error, lang) !== null) console.log(`${name}: refused, ${seconds(started)} s`);
      throw error;
    }
    console.log(`${name}: ${outcome.counts}, ${seconds(started)} s`);
    return outcome.result;
  });
}
