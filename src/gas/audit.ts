import type { Cell } from '../core/cells';
import { findSheetName } from '../core/contract/headers';
import { SHEETS } from '../core/contract/sheets';
import { UnusableInputError } from '../core/findings';
import type { Localized } from '../core/i18n';
import { RoleError } from '../core/roles';
import { readSettings } from '../core/settings';
import type { Settings } from '../core/settings';
import { AUDIT_PROTECTION, auditEditors, planAuditAppend } from '../workflows/audit';
import type { AuditEntry, AuditOutcome, AuditTabShape } from '../workflows/audit';
import { load } from '../workflows/load';
import { BusyError, withDocumentLock } from './lock';
import { userLang } from './locale';
import { RefusedError } from './refusal';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/**
 * Document property: audit rows that could not be written yet, as JSON. Someone without a role
 * may not edit the protected Audit log tab, so their actions (refusals, mostly) wait here until
 * the next action of a role holder writes them.
 */
export const AUDIT_PENDING_PROPERTY = 'auditLog.pending';

/** Document property: the editors the Audit log tab was last protected for, comma-separated. */
export const AUDIT_EDITORS_PROPERTY = 'auditLog.editors';

/** A property value holds at most 9 KB: the waiting rows stay well under it. */
const MAX_PENDING_CHARS = 8000;

/** What an audited action says of itself once done: counts, and the tab and rows it changed. */
export interface AuditSummary {
  counts: string;
  sheet?: string;
  rows?: readonly number[];
}

/** The email of the person at the keyboard; '' when Google does not say: never a role. */
export function actingUser(): string {
  try {
    return Session.getActiveUser().getEmail() ?? '';
  } catch {
    return '';
  }
}

/** How an action that threw ended, as the audit row says it: counts and rule ids, no cells. */
export function outcomeOf(error: unknown): AuditOutcome {
  if (error instanceof RoleError) return { kind: 'refused', reason: error.localized };
  if (error instanceof RefusedError) return { kind: 'refused', reason: error.reason };
  if (error instanceof UnusableInputError) {
    const rules = [...new Set(error.findings.map((finding) => finding.rule))].slice(0, 5);
    const n = error.findings.length;
    return {
      kind: 'refused',
      reason: {
        zh: `${n} 个问题（${rules.join('、')}）`,
        en: `${n} ${n === 1 ? 'problem' : 'problems'} (${rules.join(', ')})`,
      },
    };
  }
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message.slice(0, 200) : '';
  return { kind: 'failed', reason: message ? `${name}: ${message}` : name };
}

interface StoredEntry extends Omit<AuditEntry, 'time'> {
  time: string;
}

function pendingEntries(properties: GoogleAppsScript.Properties.Properties): AuditEntry[] {
  const stored = properties.getProperty(AUDIT_PENDING_PROPERTY);
  if (!stored) return [];
  try {
    const parsed = JSON.parse(stored) as StoredEntry[];
    return Array.isArray(parsed)
      ? parsed.map((entry) => ({ ...entry, time: new Date(entry.time) }))
      : [];
  } catch {
    return [];
  }
}

/** Keeps the newest waiting rows that fit in one property; the count of the rest is logged. */
function storePending(
  properties: GoogleAppsScript.Properties.Properties,
  entries: readonly AuditEntry[],
): number {
  const kept: StoredEntry[] = entries.map((entry) => ({
    ...entry,
    time: entry.time.toISOString(),
  }));
  while (kept.length > 0 && JSON.stringify(kept).length > MAX_PENDING_CHARS) kept.shift();
  if (kept.length === 0) properties.deleteProperty(AUDIT_PENDING_PROPERTY);
  else properties.setProperty(AUDIT_PENDING_PROPERTY, JSON.stringify(kept));
  return entries.length - kept.length;
}

/** The Audit log tab's shape from a few cheap calls: the log only grows, it is never read whole. */
function shapeOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tabs: string[],
): {
  shape: AuditTabShape;
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
} {
  const tab = findSheetName(SHEETS.auditLog, tabs);
  const sheet = tab ? spreadsheet.getSheetByName(tab) : null;
  if (!tab || !sheet)
    return { shape: { tab: null, header: [], usedRows: 0, usedColumns: 0 }, sheet };
  const usedRows = sheet.getLastRow();
  const usedColumns = sheet.getLastColumn();
  const header =
    usedRows > 0 && usedColumns > 0
      ? (sheet.getRange(1, 1, 1, usedColumns).getValues()[0] as Cell[])
      : [];
  return { shape: { tab, header, usedRows, usedColumns }, sheet };
}

/** Whether the tab still carries the add-on's own, real (not warning-only) protection. */
function isProtected(sheet: GoogleAppsScript.Spreadsheet.Sheet | null): boolean {
  if (!sheet) return false;
  const ours = new Set([AUDIT_PROTECTION.zh, AUDIT_PROTECTION.en]);
  return sheet
    .getProtections(SpreadsheetApp.ProtectionType.SHEET)
    .some((protection) => ours.has(protection.getDescription()) && !protection.isWarningOnly());
}

function settingsOf(workbook: SpreadsheetWorkbook): Settings {
  try {
    return load(workbook, []).settings;
  } catch {
    // An unreadable Settings sheet names no one: the row waits for a readable one.
    return readSettings(null).settings;
  }
}

/** Writes audit rows; the caller holds the document lock. */
function appendUnderLock(entries: readonly AuditEntry[], used?: SpreadsheetWorkbook): void {
  const properties = PropertiesService.getDocumentProperties();
  const waiting = [...pendingEntries(properties), ...entries];
  const spreadsheet = SpreadsheetApp.getActive();
  const workbook = used ?? new SpreadsheetWorkbook(spreadsheet);
  const editors = auditEditors(settingsOf(workbook));
  const user = actingUser().trim().toLowerCase();

  if (!editors.includes(user)) {
    const dropped = storePending(properties, waiting);
    if (dropped > 0) console.log(`audit: ${dropped} waiting rows dropped, the oldest`);
    return;
  }

  const { shape, sheet } = shapeOf(spreadsheet, workbook.tabNames());
  const key = editors.join(',');
  const reprotect = !isProtected(sheet) || properties.getProperty(AUDIT_EDITORS_PROPERTY) !== key;
  const edit = planAuditAppend(shape, waiting, {
    lang: userLang(),
    timeZone: workbook.timeZone(),
    protectFor: reprotect ? editors : undefined,
  });
  try {
    workbook.apply([edit]);
  } catch (error) {
    const dropped = storePending(properties, waiting);
    console.log(
      `audit: not written (${error instanceof Error ? error.name : 'Error'}), ` +
        `${waiting.length - dropped} rows waiting`,
    );
    return;
  }
  if (reprotect) properties.setProperty(AUDIT_EDITORS_PROPERTY, key);
  if (waiting.length > entries.length) properties.deleteProperty(AUDIT_PENDING_PROPERTY);
}

/**
 * Records audit rows on the Audit log tab, under the document lock (taken briefly when the
 * caller does not hold it), with any rows that were waiting. `workbook`, the one the action
 * used, spares a second read of Settings. Never throws: an action that is done stays done
 * even when its record cannot be written, which the log line then says.
 */
export function recordAudit(entries: readonly AuditEntry[], workbook?: SpreadsheetWorkbook): void {
  try {
    if (LockService.getDocumentLock().hasLock()) appendUnderLock(entries, workbook);
    else withDocumentLock(() => appendUnderLock(entries, workbook));
  } catch (error) {
    console.log(
      `audit: ${entries.length} rows not recorded (${error instanceof BusyError ? 'busy' : 'failed'})`,
    );
  }
}

/**
 * Runs an action that changes state and records its audit row: done with its counts, or
 * refused with the reason, or failed; then returns or rethrows as the action did. An action
 * that never started because someone else held the lock is not recorded.
 */
export function audited<T>(
  action: Localized,
  run: (user: string) => T,
  summary: (result: T) => AuditSummary,
  workbook?: SpreadsheetWorkbook,
): T {
  const user = actingUser();
  const time = new Date();
  let result: T;
  try {
    result = run(user);
  } catch (error) {
    if (!(error instanceof BusyError)) {
      const outcome = outcomeOf(error);
      recordAudit([{ time, user, action, sheet: '', rows: [], counts: '', outcome }], workbook);
    }
    throw error;
  }
  const said = summary(result);
  recordAudit(
    [
      {
        time,
        user,
        action,
        sheet: said.sheet ?? '',
        rows: said.rows ?? [],
        counts: said.counts,
        outcome: { kind: 'done' },
      },
    ],
    workbook,
  );
  return result;
}
