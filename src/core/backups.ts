/**
 * Monthly backups of the spreadsheet (R1.19): one dated copy per month in the add-on's
 * backups folder, the last 12 months kept. This module decides; the host copies and trashes.
 */

/** How many months of backups are kept, the current one included. */
export const KEPT_MONTHS = 12;

/** A copy found in the backups folder. */
export interface BackupCopy {
  id: string;
  name: string;
}

/** What to do for a backup made in a month. */
export interface BackupPlan {
  /** The name of the copy to make now. */
  name: string;
  month: string;
  /** Earlier copies of the same month, replaced by the new one. */
  replaced: BackupCopy[];
  /** Copies older than the kept months. */
  expired: BackupCopy[];
}

const BACKUP_SUFFIX = / backup (\d{4})-(0[1-9]|1[0-2])$/;

/** The copy's name: `<spreadsheet name> backup YYYY-MM`. */
export function backupName(spreadsheetName: string, month: string): string {
  return `${spreadsheetName} backup ${month}`;
}

/**
 * The month a copy in the backups folder is of, from its name; null for any other file. The
 * spreadsheet's own name is not matched, so copies made before it was renamed still count.
 */
export function backupMonth(name: string): string | null {
  const match = BACKUP_SUFFIX.exec(name);
  return match ? `${match[1]}-${match[2]}` : null;
}

/** Months since year 0, so that months compare and subtract as numbers. */
function monthNumber(month: string): number {
  const [year, number] = month.split('-').map(Number);
  return year * 12 + number - 1;
}

/**
 * Plans the backup of `month`: the new copy's name, the earlier copies of that month it
 * replaces, and the copies of months that fall out of the last 12 (the new one's month
 * counting as one of them). Files whose name is not a backup's are never touched; copies of
 * a later month (made under a wrong clock, or by hand) are kept.
 */
export function planBackup(
  spreadsheetName: string,
  month: string,
  existing: readonly BackupCopy[],
): BackupPlan {
  const oldestKept = monthNumber(month) - (KEPT_MONTHS - 1);
  const plan: BackupPlan = {
    name: backupName(spreadsheetName, month),
    month,
    replaced: [],
    expired: [],
  };
  for (const copy of existing) {
    const of = backupMonth(copy.name);
    if (of === null) continue;
    if (of === month) plan.replaced.push(copy);
    else if (monthNumber(of) < oldestKept) plan.expired.push(copy);
  }
  return plan;
}

/** Whether a month already has its backup among the copies: the monthly job then rests. */
export function hasBackupOf(month: string, existing: readonly BackupCopy[]): boolean {
  return existing.some((copy) => backupMonth(copy.name) === month);
}
