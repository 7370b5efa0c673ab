import { backupMonth, hasBackupOf, KEPT_MONTHS, planBackup } from '../core/backups';
import type { BackupCopy } from '../core/backups';
import { localDate, monthOf, wallClock } from '../core/dates';
import type { Lang, Localized } from '../core/i18n';
import { requireRole } from '../core/roles';
import { load } from '../workflows/load';
import { audited } from './audit';
import { findExportFolder, findFolderNamed, folderNamed, openExportFolder } from './export-folder';
import { BusyError, withDocumentLock } from './lock';
import { userLang } from './locale';
import { refusalText } from './refusal';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** The subfolder of the export folder that holds the copies. */
export const BACKUPS_FOLDER_NAME = 'backups';

/** A trigger may wait longer for the lock than a person would: nobody is watching it. */
const TRIGGER_LOCK_WAIT_MS = 60_000;

const TITLE: Localized = { zh: '立即备份', en: 'Back up now' };

/** One backup as the settings sidebar lists it. */
export interface BackupItem {
  name: string;
  month: string;
  url: string;
  /** When the copy was made, `YYYY-MM-DD HH:mm` in the spreadsheet's time zone. */
  created: string;
}

/** What one backup run did. */
export interface BackupOutcome {
  name: string;
  url: string;
  /** Where the copy is: `<export folder> / backups`. */
  folder: string;
  /** Earlier copies of the month moved to the trash. */
  replaced: number;
  /** Copies older than the kept months moved to the trash. */
  expired: number;
}

type DriveFile = GoogleAppsScript.Drive.File;

/** The backups in a folder, outside the trash: each file with the copy the plan reasons on. */
function backupFiles(folder: GoogleAppsScript.Drive.Folder): Map<string, DriveFile> {
  const files = new Map<string, DriveFile>();
  const listing = folder.getFiles();
  while (listing.hasNext()) {
    const file = listing.next();
    if (!file.isTrashed() && backupMonth(file.getName()) !== null) files.set(file.getId(), file);
  }
  return files;
}

function copiesOf(files: Map<string, DriveFile>): BackupCopy[] {
  return [...files.values()].map((file) => ({ id: file.getId(), name: file.getName() }));
}

/**
 * Copies the spreadsheet as `<name> backup YYYY-MM` into the backups folder of the export
 * folder, then trashes the month's earlier copy and the copies older than the last 12
 * months: the copy is made first, so a failure never leaves a month without one. With
 * `onlyWhenMissing`, a month that has its copy already is left alone (null).
 */
function backUp(now: Date, onlyWhenMissing: boolean): BackupOutcome | null {
  const spreadsheet = SpreadsheetApp.getActive();
  const workbook = new SpreadsheetWorkbook(spreadsheet);
  const month = monthOf(localDate(now, workbook.timeZone()));
  const { folder: root } = openExportFolder(workbook);
  const folder = folderNamed(root, BACKUPS_FOLDER_NAME);
  const files = backupFiles(folder);
  const copies = copiesOf(files);
  if (onlyWhenMissing && hasBackupOf(month, copies)) return null;

  const plan = planBackup(spreadsheet.getName(), month, copies);
  const copy = DriveApp.getFileById(spreadsheet.getId()).makeCopy(plan.name, folder);
  for (const old of [...plan.replaced, ...plan.expired]) files.get(old.id)?.setTrashed(true);
  return {
    name: plan.name,
    url: copy.getUrl(),
    folder: `${root.getName()} / ${BACKUPS_FOLDER_NAME}`,
    replaced: plan.replaced.length,
    expired: plan.expired.length,
  };
}

/** What "Back up now" did, in the words of an alert. */
export function backupSummary(outcome: BackupOutcome, lang: Lang): string {
  const zh = lang === 'zh';
  const lines = [
    zh
      ? `已保存副本「${outcome.name}」到「${outcome.folder}」。`
      : `Saved the copy "${outcome.name}" in "${outcome.folder}".`,
  ];
  if (outcome.replaced > 0) {
    lines.push(
      zh ? '本月较早的副本已移到回收站。' : "This month's earlier copy went to the trash.",
    );
  }
  if (outcome.expired > 0) {
    lines.push(
      zh
        ? `${outcome.expired} 个超过 ${KEPT_MONTHS} 个月的副本已移到回收站。`
        : `${outcome.expired} copies older than ${KEPT_MONTHS} months went to the trash.`,
    );
  }
  return lines.join('\n');
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

function logLine(outcome: BackupOutcome, started: number): string {
  return (
    `backup: 1 copy, ${outcome.replaced} replaced, ${outcome.expired} expired, ` +
    `${seconds(started)} s`
  );
}

/**
 * Menu "Back up now" (R1.19), for directors: a dated copy of the spreadsheet in the backups
 * folder, one per month (a second one this month replaces the first), the last 12 months kept.
 */
export function backUpNow(): void {
  const started = Date.now();
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  let outcome: BackupOutcome;
  try {
    outcome = withDocumentLock(() =>
      audited(
        TITLE,
        (user) => {
          // A backup replaces this month's copy and trashes old ones: a director's call.
          const { settings } = load(new SpreadsheetWorkbook(SpreadsheetApp.getActive()), []);
          requireRole(settings, user, 'director', TITLE);
          return backUp(new Date(), false)!;
        },
        (done) => ({ counts: `1 copy, ${done.replaced} replaced, ${done.expired} expired` }),
      ),
    );
  } catch (error) {
    const refusal = refusalText(error, lang);
    if (refusal === null) throw error;
    console.log(
      `backup: ${error instanceof BusyError ? 'busy' : 'refused'}, ${seconds(started)} s`,
    );
    ui.alert(TITLE[lang], refusal, ui.ButtonSet.OK);
    return;
  }
  console.log(logLine(outcome, started));
  ui.alert(TITLE[lang], backupSummary(outcome, lang), ui.ButtonSet.OK);
}

/**
 * Trigger handler: this month's backup, made once. Safe to run every day: a month that has its
 * copy already is left alone.
 */
export function monthlyBackup(): void {
  const started = Date.now();
  try {
    const outcome = withDocumentLock(() => backUp(new Date(), true), TRIGGER_LOCK_WAIT_MS);
    console.log(outcome ? logLine(outcome, started) : 'backup: this month has its copy already');
  } catch (error) {
    if (!(error instanceof BusyError)) throw error;
    console.log(`backup: busy, left for the next run, ${seconds(started)} s`);
  }
}

/**
 * Server function of the settings sidebar: the backups kept, newest month first. It only
 * looks: without an export folder yet, there are none.
 */
export function listBackups(): BackupItem[] {
  const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActive());
  const root = findExportFolder(workbook);
  const folder = root && findFolderNamed(root, BACKUPS_FOLDER_NAME);
  if (!folder) return [];
  const zone = workbook.timeZone();
  return [...backupFiles(folder).values()]
    .map((file) => ({
      name: file.getName(),
      month: backupMonth(file.getName())!,
      url: file.getUrl(),
      created: wallClock(new Date(file.getDateCreated().getTime()), zone)
        .slice(0, 16)
        .replace('T', ' '),
    }))
    .sort((a, b) => b.month.localeCompare(a.month) || b.created.localeCompare(a.created));
}
