import { isBlank } from '../core/cells';
import type { Cell, OutCell } from '../core/cells';
import { findSheetName } from '../core/contract/headers';
import { SHEETS } from '../core/contract/sheets';
import { outValue } from '../core/contract/values';
import { wallClock } from '../core/dates';
import type { Lang, Localized } from '../core/i18n';
import { locate } from '../core/reader';
import { roleHolders } from '../core/roles';
import type { Role } from '../core/roles';
import type { Settings } from '../core/settings';
import type { ColumnStyle, TabEdit, Workbook } from '../workbook/port';

/**
 * The audit trail (R3.5, R6.1g, R6.2f, R7.5: whoever acted answers for it): one row per
 * state-changing action on the Audit log tab, appended below the rows already there and
 * never rewriting them.
 */

/** How an audited action ended. */
export type AuditOutcome =
  { kind: 'done' } | { kind: 'refused'; reason: Localized } | { kind: 'failed'; reason: string };

/** One row of the audit log: who did what, where, how much, and how it ended. */
export interface AuditEntry {
  time: Date;
  /** The acting user's email; '' when Google did not say who it was. */
  user: string;
  action: Localized;
  /** The tab the action changed, '' when it changed none (a trigger, a property). */
  sheet: string;
  /** The rows it changed, by sheet row number. */
  rows: readonly number[];
  /** What it counted: `3 rows, 1 batch` — counts only, never cell contents. */
  counts: string;
  outcome: AuditOutcome;
}

/** The roles whose actions write audit rows; they alone may edit the Audit log tab. */
export const AUDIT_EDITOR_ROLES: readonly Role[] = [
  'director',
  'uploader',
  'finance',
  'purchasing',
  'siteOwner',
];

/** The description of the Audit log tab's protection, so a re-run replaces it. */
export const AUDIT_PROTECTION: Localized = {
  zh: '操作日志：仅由插件写入',
  en: 'Audit log: written by the add-on only',
};

/** The longest text one audit cell takes: a cell is a record, not a dump. */
const MAX_CELL_TEXT = 500;

/** The most row runs an audit row lists before it counts the rest. */
const LISTED_RUNS = 20;

const AUDIT = SHEETS.auditLog;

function clipped(text: string): string {
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}

/** Row numbers as a person reads them: `2–4, 7`, the runs past the twentieth counted. */
export function rowRuns(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].filter(Number.isInteger).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j += 1;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  const listed = runs.slice(0, LISTED_RUNS).join(', ');
  const more = runs.length - LISTED_RUNS;
  return more > 0 ? `${listed} (+${more})` : listed;
}

/** The outcome as the audit row says it, in the tab's language. */
export function outcomeText(outcome: AuditOutcome, lang: Lang): string {
  switch (outcome.kind) {
    case 'done':
      return lang === 'zh' ? '完成' : 'done';
    case 'refused':
      return lang === 'zh' ? `拒绝：${outcome.reason.zh}` : `refused: ${outcome.reason.en}`;
    case 'failed':
      return lang === 'zh' ? `失败：${outcome.reason}` : `failed: ${outcome.reason}`;
  }
}

/** The editors of the Audit log tab: the holders of the roles whose actions it records. */
export function auditEditors(settings: Settings): string[] {
  return roleHolders(settings, AUDIT_EDITOR_ROLES).sort();
}

/** What the audit needs to know of the Audit log tab: where its header and its used cells end. */
export interface AuditTabShape {
  /** The tab's name; null when the workbook has no Audit log tab yet. */
  tab: string | null;
  /** Row 1 as read. */
  header: Cell[];
  /** The last row and column holding anything (0 for an empty tab). */
  usedRows: number;
  usedColumns: number;
}

/** The shape of the Audit log tab, read through the Workbook port (one read of the tab). */
export function auditTabShape(workbook: Workbook): AuditTabShape {
  const tab = findSheetName(AUDIT, workbook.tabNames());
  if (!tab) return { tab: null, header: [], usedRows: 0, usedColumns: 0 };
  const values = workbook.read(tab);
  let usedRows = 0;
  let usedColumns = 0;
  values.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (isBlank(cell)) return;
      usedColumns = Math.max(usedColumns, c + 1);
      usedRows = Math.max(usedRows, r + 1);
    });
  });
  return { tab, header: values[0] ?? [], usedRows, usedColumns };
}

/** The column formats and header style of a tab the audit creates. */
function styles(width: number): Pick<TabEdit, 'headerStyle' | 'columns'> {
  const columns: ColumnStyle[] = AUDIT.columns
    .map((column, i) => ({ column: i + 1, format: column.format }))
    .filter((style): style is ColumnStyle & { format: string } => Boolean(style.format));
  return { headerStyle: { columns: width }, columns };
}

/**
 * The edit that appends audit rows to the Audit log tab, creating the tab (in `lang`) when the
 * workbook has none. A tab a person made keeps its columns in their order; columns it lacks
 * are added right of every used column, and the new rows go below the last used row, so no
 * cell already written is ever rewritten. With `protectFor`, the tab is protected (again) so
 * that only those editors may change it.
 */
export function planAuditAppend(
  shape: AuditTabShape,
  entries: readonly AuditEntry[],
  options: { lang: Lang; timeZone: string; protectFor?: readonly string[] },
): TabEdit {
  const tab = shape.tab ?? AUDIT.name[options.lang];
  const { layout } = locate(AUDIT, [shape.header], tab);
  const lang = layout.headers.some((header) => header !== '') ? layout.lang : options.lang;

  const width = shape.usedColumns;
  const index: Record<string, number> = { ...layout.index };
  const missing = AUDIT.columns.filter((column) => index[column.id] === undefined);
  missing.forEach((column, i) => {
    index[column.id] = width + i;
  });
  const span = Math.max(width, ...Object.values(index).map((at) => at + 1));

  const lines = entries.map((entry) => {
    const line: OutCell[] = new Array<OutCell>(span).fill(null);
    const cells: Record<string, unknown> = {
      time: wallClock(entry.time, options.timeZone),
      user: clipped(entry.user.trim()),
      action: clipped(entry.action[lang]),
      sheet: clipped(entry.sheet),
      rows: rowRuns(entry.rows),
      counts: clipped(entry.counts),
      outcome: clipped(outcomeText(entry.outcome, lang)),
    };
    for (const column of AUDIT.columns) {
      line[index[column.id]] = outValue(column, cells[column.id], lang);
    }
    return line;
  });

  const edit: TabEdit = { tab, blocks: [] };
  if (!shape.tab) edit.create = true;
  const header = missing.map((column) => column.label[lang]);
  if (shape.usedRows === 0) {
    // An empty tab takes its header and rows in one write.
    edit.blocks!.push({ row: 1, column: 1, values: [header, ...lines] });
    Object.assign(edit, styles(span));
  } else {
    if (missing.length > 0) edit.blocks!.push({ row: 1, column: width + 1, values: [header] });
    if (lines.length > 0) edit.blocks!.push({ row: shape.usedRows + 1, column: 1, values: lines });
  }
  if (options.protectFor) {
    edit.protect = [{ description: AUDIT_PROTECTION[lang], editors: [...options.protectFor] }];
  }
  return edit;
}
