import type { Lang, Localized } from '../core/i18n';
import { requireAnyRole } from '../core/roles';
import type { Role } from '../core/roles';
import { load } from '../workflows/load';
import { audited } from './audit';
import { BusyError, withDocumentLock } from './lock';
import { userLang } from './locale';
import { refusalText } from './refusal';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/**
 * A job that runs once a day from a time-driven trigger. `handler` names a top-level function
 * that src/gas/main.ts exports; a feature adds its daily job here with one line.
 */
export interface DailyJob {
  handler: string;
  /** The hour of the day (spreadsheet time, 0–23) the job starts in; Apps Script picks the minute. */
  atHour: number;
  name: Localized;
}

/**
 * The trigger "Install daily jobs" sets up. Google lets an add-on hold one time-driven trigger
 * per user and document, so the scheduled tasks (src/gas/daily.ts) all run from this one.
 */
export const DAILY_JOBS: readonly DailyJob[] = [
  {
    handler: 'runDailyJobs',
    atHour: 6,
    name: {
      zh: '每日任务：上传邮件、物流跟进、月报、备份',
      en: 'Daily jobs: uploaders’ mail, shipment follow-up, monthly report, backup',
    },
  },
];

/** What installing or removing did, by job. */
export interface TriggerReport {
  installed: string[];
  present: string[];
  removed: string[];
}

/** The running user's triggers in this spreadsheet (add-on triggers belong to it). */
function userTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActive());
}

/**
 * Creates a daily trigger for each job the user has none for yet, so that pressing the button
 * twice leaves one trigger per job.
 */
export function installTriggers(jobs: readonly DailyJob[]): TriggerReport {
  const have = new Set(userTriggers().map((trigger) => trigger.getHandlerFunction()));
  const timeZone = SpreadsheetApp.getActive().getSpreadsheetTimeZone();
  const report: TriggerReport = { installed: [], present: [], removed: [] };
  for (const job of jobs) {
    if (have.has(job.handler)) {
      report.present.push(job.handler);
      continue;
    }
    ScriptApp.newTrigger(job.handler)
      .timeBased()
      .everyDays(1)
      .atHour(job.atHour)
      .inTimezone(timeZone)
      .create();
    report.installed.push(job.handler);
  }
  return report;
}

/** Deletes the user's triggers of these jobs, and no other trigger. */
export function removeTriggers(jobs: readonly DailyJob[]): TriggerReport {
  const handlers = new Set(jobs.map((job) => job.handler));
  const report: TriggerReport = { installed: [], present: [], removed: [] };
  for (const trigger of userTriggers()) {
    if (!handlers.has(trigger.getHandlerFunction())) continue;
    ScriptApp.deleteTrigger(trigger);
    report.removed.push(trigger.getHandlerFunction());
  }
  return report;
}

function namesOf(handlers: readonly string[], lang: Lang): string {
  const names = DAILY_JOBS.filter((job) => handlers.includes(job.handler)).map(
    (job) => `• ${job.name[lang]}`,
  );
  return names.join('\n');
}

/** What a person reads after installing or removing the daily jobs. */
export function triggerSummary(report: TriggerReport, lang: Lang): string {
  const zh = lang === 'zh';
  const parts: string[] = [];
  if (report.installed.length > 0) {
    parts.push(
      (zh ? '已安装每日任务（以您的账号运行）：\n' : 'Installed, running as you every day:\n') +
        namesOf(report.installed, lang),
    );
  }
  if (report.present.length > 0) {
    parts.push((zh ? '已经安装过：\n' : 'Installed already:\n') + namesOf(report.present, lang));
  }
  if (report.removed.length > 0) {
    parts.push((zh ? '已移除：\n' : 'Removed:\n') + namesOf(report.removed, lang));
  }
  if (parts.length === 0) {
    return zh
      ? '您没有安装每日任务，无需移除。'
      : 'You have no daily jobs installed: nothing to remove.';
  }
  return parts.join('\n\n');
}

/** Who may install daily jobs: a job runs, and mails, in the installer's name every day. */
export const INSTALLER_ROLES: readonly Role[] = [
  'director',
  'uploader',
  'finance',
  'purchasing',
  'siteOwner',
];

function runFromMenu(title: Localized, action: (user: string) => TriggerReport): void {
  const started = Date.now();
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  let report: TriggerReport;
  try {
    report = withDocumentLock(() =>
      audited(title, action, (done) => ({
        counts:
          `${done.installed.length} installed, ${done.present.length} present, ` +
          `${done.removed.length} removed`,
      })),
    );
  } catch (error) {
    const refusal = refusalText(error, lang);
    if (refusal === null) throw error;
    if (!(error instanceof BusyError)) {
      console.log(`daily-jobs: refused, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    ui.alert(title[lang], refusal, ui.ButtonSet.OK);
    return;
  }
  console.log(
    `daily-jobs: ${report.installed.length} installed, ${report.present.length} present, ` +
      `${report.removed.length} removed, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  ui.alert(title[lang], triggerSummary(report, lang), ui.ButtonSet.OK);
}

/**
 * Menu "Install daily jobs": one daily trigger per job of DAILY_JOBS, running as this user,
 * who must hold a role in Settings: a job works and mails in its installer's name.
 */
export function installDailyJobs(): void {
  const title = { zh: '安装每日任务', en: 'Install daily jobs' };
  runFromMenu(title, (user) => {
    const { settings } = load(new SpreadsheetWorkbook(SpreadsheetApp.getActive()), []);
    requireAnyRole(settings, user, INSTALLER_ROLES, title);
    return installTriggers(DAILY_JOBS);
  });
}

/** Menu "Remove daily jobs": deletes this user's triggers of the daily jobs; anyone may. */
export function removeDailyJobs(): void {
  runFromMenu({ zh: '移除每日任务', en: 'Remove daily jobs' }, () => removeTriggers(DAILY_JOBS));
}
