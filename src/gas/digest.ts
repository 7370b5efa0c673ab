import { addDays, instantOf, localDate } from '../core/dates';
import type { LocalDate } from '../core/dates';
import { UnusableInputError } from '../core/findings';
import { load } from '../workflows/load';
import { approvedSinceDigest, dailySnapshot } from '../workflows/review';
import { saveInExportFolder } from './export-folder';
import { withDocumentLock } from './lock';
import { sendMail } from './mail';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** Document property: the day (spreadsheet time) the daily job last finished. */
export const LAST_DAY_PROPERTY = 'dailyUploaderDigest.lastDay';

/** Document property: the instant up to which approvals have been mailed (ISO 8601). */
export const MAILED_UNTIL_PROPERTY = 'dailyUploaderDigest.mailedUntil';

/** Days missed while the job did not run are saved too, but no more than this many. */
const CATCH_UP_DAYS = 7;

/** A trigger may wait longer for the lock than a person would: nobody is watching it. */
const TRIGGER_LOCK_WAIT_MS = 60_000;

/** The days whose snapshot is due: those since the last run, up to yesterday. */
function dueDays(lastDay: string | null, today: LocalDate): LocalDate[] {
  const yesterday = addDays(today, -1);
  const first = lastDay && lastDay < today ? lastDay : yesterday;
  const days: LocalDate[] = [];
  for (let day = first; day <= yesterday; day = addDays(day, 1)) days.push(day);
  return days.slice(-CATCH_UP_DAYS);
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

/** One run of the daily job: see dailyUploaderDigest. */
function runDailyJob(now: Date, started: number): void {
  const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActive());
  const zone = workbook.timeZone();
  const today = localDate(now, zone);
  const properties = PropertiesService.getDocumentProperties();
  const lastDay = properties.getProperty(LAST_DAY_PROPERTY);
  if (lastDay === today) {
    console.log(`daily-uploader-digest: ran already on ${today}, nothing to do`);
    return;
  }

  const { settings } = load(workbook, ['newProducts'], { required: ['newProducts'] });
  let saved = 0;
  let skipped = '';
  for (const day of dueDays(lastDay, today)) {
    const file = dailySnapshot(workbook, instantOf(`${day}T12:00:00`, zone));
    if (!file) continue;
    const outcome = saveInExportFolder(settings.exportFolderId, day, [file]);
    if (outcome.saved) saved += 1;
    else skipped = outcome.reason;
  }

  const mailedUntil = properties.getProperty(MAILED_UNTIL_PROPERTY);
  const since = mailedUntil
    ? new Date(mailedUntil)
    : instantOf(`${addDays(today, -1)}T00:00:00`, zone);
  const mail = approvedSinceDigest(workbook, since, now);
  if (mail) sendMail(mail);

  // Recorded last: a run that failed half-way is done again, in full, the next day.
  properties.setProperties({
    [LAST_DAY_PROPERTY]: today,
    [MAILED_UNTIL_PROPERTY]: now.toISOString(),
  });
  const skippedWhy =
    skipped === 'no-folder'
      ? ', snapshot skipped: no export folder in Settings'
      : skipped === 'folder-unavailable'
        ? ', snapshot skipped: the export folder cannot be opened'
        : '';
  console.log(
    `daily-uploader-digest: ${mail ? `mail to ${mail.to.length}` : 'no mail'}, ` +
      `${saved} snapshots saved${skippedWhy}, ${seconds(started)} s`,
  );
}

/**
 * Daily time-driven trigger: mails the uploaders the products approved since the last mail
 * (R3.4) and saves each finished day's approved rows as a dated snapshot in the export folder,
 * under a subfolder named for the day (R3.2). Runs once per day whoever installed it: a second
 * run on the same day, or another user's trigger, does nothing.
 */
export function dailyUploaderDigest(_event?: unknown): void {
  const started = Date.now();
  try {
    withDocumentLock(() => runDailyJob(new Date(), started), TRIGGER_LOCK_WAIT_MS);
  } catch (error) {
    if (!(error instanceof UnusableInputError)) throw error;
    console.log(
      `daily-uploader-digest: refused, ${error.findings.length} problems, ${seconds(started)} s`,
    );
  }
}
