import { enumLabel, findSheetName } from '../core/contract/headers';
import { PRODUCT_STATUS, SHEETS } from '../core/contract/sheets';
import { sortFindings } from '../core/findings';
import type { Finding, Severity } from '../core/findings';
import type { Lang, Localized } from '../core/i18n';
import { requireRole } from '../core/roles';
import { load } from '../workflows/load';
import type { Loaded } from '../workflows/load';
import { approveRows, rejectRows, submitRows, validateNewProducts } from '../workflows/review';
import type { ReviewResult } from '../workflows/review';
import { findingProblem } from '../workflows/validate-marks';
import { audited } from './audit';
import type { AuditSummary } from './audit';
import { withDocumentLock } from './lock';
import { userLang } from './locale';
import { answerSidebar, BAD_ARGUMENTS, refusalText, RefusedError } from './refusal';
import { openSidebar } from './sidebar';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** What a director does from the review sidebar. */
export type ReviewAction = 'approve' | 'reject';

/** One selected row as the review sidebar shows it. */
export interface ReviewRow {
  row: number;
  sku: string;
  title: string;
  /** The row's status in words: Draft, Submitted… */
  status: string;
  findings: Array<{
    severity: Severity;
    severityLabel: string;
    rule: string;
    column: string;
    problem: string;
  }>;
}

/** Everything the review sidebar shows, in the user's language. */
export interface ReviewView {
  lang: Lang;
  action: ReviewAction;
  title: string;
  intro: string;
  sheet: string;
  rows: ReviewRow[];
  /** Selected rows with an error: an approval of them will be refused. */
  errorRows: number;
  errorNote: string;
  text: {
    rowsHeading: string;
    rowLabel: string;
    noFindings: string;
    noteLabel: string;
    noteHint: string;
    submit: string;
    working: string;
    refresh: string;
    close: string;
  };
}

/** What the sidebar says after an approval or a rejection. */
export interface ReviewDone {
  message: string;
  rows: number[];
  /** The status the rows now have, in words. */
  status: string;
}

/** The longest review note the sidebar may send: a short reason, not a document. */
export const MAX_NOTE_LENGTH = 2000;

/** The most rows one review may take. */
const MAX_ROWS = 1000;

/** The sheets a review reads: the products, and what their checks look up. */
const REVIEW_SHEETS = ['newProducts', 'skuSuppliers', 'shippingChannels', 'fx'] as const;

const SUBMIT_ACTION: Localized = { zh: '提交新品审核', en: 'Submitting new products for review' };

const ACTION_NAMES: Record<ReviewAction, Localized> = {
  approve: { zh: '审核通过新品', en: 'Approving new products' },
  reject: { zh: '驳回新品', en: 'Rejecting new products' },
};

const TEXT = {
  zh: {
    approveTitle: '审核通过所选行',
    rejectTitle: '驳回所选行',
    approveIntro:
      '通过后，状态、审核人、时间和意见写入表格，这些行仅总监、上传人员和站点负责人可编辑，并记入 SKU 供应商表。',
    rejectIntro: '驳回后，状态、审核人、时间和原因写入表格，调研人员修改后可重新提交。',
    rowsHeading: '所选行',
    rowLabel: '第{row}行',
    noFindings: '没有问题',
    approveNoteLabel: '审核意见（可选）',
    rejectNoteLabel: '驳回原因（必填）',
    noteHint: '最多 2000 字，写入「审核意见」列。',
    approve: '审核通过',
    reject: '驳回',
    working: '正在写入表格…',
    refresh: '改用当前选中的行',
    close: '关闭',
    submitTitle: '提交审核',
    error: '错误',
    warning: '提醒',
  },
  en: {
    approveTitle: 'Approve selected rows',
    rejectTitle: 'Reject selected rows',
    approveIntro:
      'Approving writes status, reviewer, time and note into the sheet, protects the rows ' +
      '(directors, uploaders and site owners only) and records each product in the ' +
      'SKU-supplier master.',
    rejectIntro:
      'Rejecting writes status, reviewer, time and the reason into the sheet; the researcher ' +
      'can fix the rows and submit them again.',
    rowsHeading: 'Selected rows',
    rowLabel: 'Row {row}',
    noFindings: 'No problems',
    approveNoteLabel: 'Note (optional)',
    rejectNoteLabel: 'Reason (required)',
    noteHint: 'Up to 2,000 characters, written to the "Review note" column.',
    approve: 'Approve',
    reject: 'Reject',
    working: 'Writing to the sheet…',
    refresh: 'Use the rows selected now',
    close: 'Close',
    submitTitle: 'Submit for review',
    error: 'Error',
    warning: 'Warning',
  },
};

/** The email of the person at the keyboard; '' when Google does not say, never a director. */
function activeUser(): string {
  try {
    return Session.getActiveUser().getEmail() ?? '';
  } catch {
    return '';
  }
}

/** Row numbers as a person reads them: 2–4, 7. */
export function rowList(rows: readonly number[]): string {
  const runs: string[] = [];
  const sorted = [...rows].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j += 1;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** "row" or "rows", for English messages. */
function rowsWord(rows: readonly number[]): string {
  return rows.length === 1 ? 'row' : 'rows';
}

/**
 * The rows of the new-product tab that the person selected, below the header and within the
 * rows that hold data. Refuses a selection on another tab: rows of another sheet mean nothing
 * to a review.
 */
function selectedRows(workbook: SpreadsheetWorkbook): number[] {
  const tab = findSheetName(SHEETS.newProducts, workbook.tabNames());
  if (!tab) {
    throw new RefusedError({
      zh: '没有「上新表」：请先运行“设置工作表”。',
      en: 'There is no "New products" sheet: run "Set up sheets" first.',
    });
  }
  const range = SpreadsheetApp.getActiveRange();
  const on = range ? range.getSheet().getName() : '';
  if (!range || on !== tab) {
    throw new RefusedError({
      zh: `请先在「${tab}」中选中要处理的行（现在选中的是「${on}」中的单元格）。`,
      en: `Select the rows on the "${tab}" sheet first (the selection is on "${on}").`,
    });
  }
  const lastDataRow = workbook.read(tab).length;
  const from = Math.max(2, range.getRow());
  const to = Math.min(range.getLastRow(), lastDataRow);
  if (from > to) {
    throw new RefusedError({
      zh: `请选中「${tab}」中表头下方有产品的行。`,
      en: `Select rows with products below the header of "${tab}".`,
    });
  }
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The review sidebar's content for rows of the new-product sheet. */
export function reviewView(
  loaded: Loaded,
  rows: readonly number[],
  action: ReviewAction,
  lang: Lang,
  now: Date,
): ReviewView {
  const text = TEXT[lang];
  const read = loaded.reads.newProducts!;
  const sheet = read.layout.sheetName;
  const chosen = new Set(rows);
  const findings = sortFindings(
    [...loaded.findings, ...validateNewProducts(loaded, now)].filter(
      (finding) => finding.sheet === sheet && finding.row !== null && chosen.has(finding.row),
    ),
  );
  const byRow = new Map(read.rows.map((entry) => [entry.rowNumber, entry]));
  const ofRow = (row: number): Finding[] => findings.filter((finding) => finding.row === row);

  const shown: ReviewRow[] = [...chosen]
    .sort((a, b) => a - b)
    .map((row) => {
      const entry = byRow.get(row);
      return {
        row,
        sku: entry?.sku ?? '',
        title: entry?.title ?? entry?.productName ?? '',
        status: enumLabel(PRODUCT_STATUS, entry?.status ?? 'Draft', lang),
        findings: ofRow(row).map((finding) => ({
          severity: finding.severity,
          severityLabel: text[finding.severity],
          rule: finding.rule,
          column: finding.header ?? '',
          problem: findingProblem(finding, lang),
        })),
      };
    });
  const errorRows = shown.filter((row) => row.findings.some((f) => f.severity === 'error')).length;
  const approve = action === 'approve';
  return {
    lang,
    action,
    title: approve ? text.approveTitle : text.rejectTitle,
    intro: approve ? text.approveIntro : text.rejectIntro,
    sheet,
    rows: shown,
    errorRows,
    errorNote:
      approve && errorRows > 0
        ? lang === 'zh'
          ? `${errorRows} 行有错误：修正前无法审核通过。`
          : errorRows === 1
            ? 'One of these rows has errors: it cannot be approved until they are fixed.'
            : `${errorRows} of these rows have errors: they cannot be approved until fixed.`
        : '',
    text: {
      rowsHeading: text.rowsHeading,
      rowLabel: text.rowLabel,
      noFindings: text.noFindings,
      noteLabel: approve ? text.approveNoteLabel : text.rejectNoteLabel,
      noteHint: text.noteHint,
      submit: approve ? text.approve : text.reject,
      working: text.working,
      refresh: text.refresh,
      close: text.close,
    },
  };
}

/** The review of the selected rows, for a director only: anyone else is refused at once. */
function reviewOfSelection(action: ReviewAction, lang: Lang): ReviewView {
  const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActive());
  const loaded = load(workbook, REVIEW_SHEETS, { required: ['newProducts'] });
  requireRole(loaded.settings, activeUser(), 'director', ACTION_NAMES[action]);
  return reviewView(loaded, selectedRows(workbook), action, lang, new Date());
}

function alertRefusal(title: string, error: unknown, lang: Lang): void {
  const text = refusalText(error, lang);
  if (text === null) throw error;
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}

function openReview(action: ReviewAction): void {
  const lang = userLang();
  const title = action === 'approve' ? TEXT[lang].approveTitle : TEXT[lang].rejectTitle;
  let view: ReviewView;
  try {
    view = reviewOfSelection(action, lang);
  } catch (error) {
    alertRefusal(title, error, lang);
    return;
  }
  openSidebar('review', title, view);
}

/** Menu "Approve selected rows…": a director reviews the selected rows in the sidebar. */
export function approveSelectedRows(): void {
  openReview('approve');
}

/** Menu "Reject selected rows…": a director sends the selected rows back with a reason. */
export function rejectSelectedRows(): void {
  openReview('reject');
}

/** Server function of the review sidebar: the rows selected now, for the same action. */
export function getReviewSelection(action: unknown): ReviewView {
  const lang = userLang();
  return answerSidebar(lang, () => {
    if (action !== 'approve' && action !== 'reject') throw new RefusedError(BAD_ARGUMENTS);
    return reviewOfSelection(action, lang);
  });
}

/** The rows and note a page sent, checked: whole row numbers below the header, a short note. */
function reviewArguments(rows: unknown, note: unknown): { rows: number[]; note: string } {
  const wholeRows =
    Array.isArray(rows) &&
    rows.length > 0 &&
    rows.length <= MAX_ROWS &&
    rows.every((row) => Number.isInteger(row) && row >= 2 && row <= 10_000_000);
  if (!wholeRows || typeof note !== 'string') throw new RefusedError(BAD_ARGUMENTS);
  if (note.length > MAX_NOTE_LENGTH) {
    throw new RefusedError({
      zh: `意见太长：最多 ${MAX_NOTE_LENGTH} 字，现在是 ${note.length} 字。`,
      en: `The note is too long: at most ${MAX_NOTE_LENGTH} characters, it has ${note.length}.`,
    });
  }
  return { rows: rows as number[], note };
}

function doneOf(result: ReviewResult, lang: Lang): ReviewDone {
  const rows = rowList(result.rows);
  const warnings = result.findings.filter((finding) => finding.severity === 'warning').length;
  const lines: string[] = [];
  if (result.status === 'Approved') {
    lines.push(
      lang === 'zh'
        ? `已审核通过第 ${rows} 行。SKU 供应商表：新增 ${result.master.added} 行，更新 ${result.master.updated} 行。`
        : `Approved ${rowsWord(result.rows)} ${rows}. SKU suppliers: ${result.master.added} added, ` +
            `${result.master.updated} updated.`,
    );
  } else {
    lines.push(
      lang === 'zh' ? `已驳回第 ${rows} 行。` : `Rejected ${rowsWord(result.rows)} ${rows}.`,
    );
  }
  if (warnings > 0) {
    lines.push(
      lang === 'zh'
        ? `这些行还有 ${warnings} 个提醒。`
        : `These rows still have ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`,
    );
  }
  return {
    message: lines.join(' '),
    rows: result.rows,
    status: enumLabel(PRODUCT_STATUS, result.status, lang),
  };
}

/** What the Audit log keeps of a review: the rows and counts, never their contents. */
function reviewSummary(result: ReviewResult): AuditSummary {
  const master =
    result.status === 'Approved'
      ? `, master +${result.master.added} ~${result.master.updated}`
      : '';
  return {
    counts: `${result.rows.length} rows, ${result.findings.length} findings${master}`,
    sheet: result.edits[0]?.tab,
    rows: result.rows,
  };
}

function review(action: ReviewAction, rows: unknown, note: unknown): ReviewDone {
  const lang = userLang();
  return answerSidebar(lang, () => {
    const act = action === 'approve' ? approveRows : rejectRows;
    const result = withDocumentLock(() => {
      const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActive());
      return audited(
        ACTION_NAMES[action],
        (user) => {
          const checked = reviewArguments(rows, note);
          return act(workbook, checked.rows, user, checked.note, new Date());
        },
        reviewSummary,
        workbook,
      );
    });
    return doneOf(result, lang);
  });
}

/**
 * Server function of the review sidebar: approves rows of the new-product sheet. The role is
 * checked here again, whatever the page showed: only the directors of Settings may approve.
 */
export function approveReview(rows: unknown, note: unknown): ReviewDone {
  return review('approve', rows, note);
}

/** Server function of the review sidebar: rejects rows, with the reason; directors only. */
export function rejectReview(rows: unknown, note: unknown): ReviewDone {
  return review('reject', rows, note);
}

/**
 * Menu "Submit selected rows": a researcher sends the selected rows of the new-product sheet
 * to the directors' review, under the document lock, and is told what happened.
 */
export function submitSelectedRows(): void {
  const lang = userLang();
  const title = TEXT[lang].submitTitle;
  let result: ReviewResult;
  try {
    result = withDocumentLock(() => {
      const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActive());
      return audited(
        SUBMIT_ACTION,
        (user) => submitRows(workbook, selectedRows(workbook), user, new Date()),
        reviewSummary,
        workbook,
      );
    });
  } catch (error) {
    alertRefusal(title, error, lang);
    return;
  }

  const rows = rowList(result.rows);
  const errors = result.findings.filter((finding) => finding.severity === 'error').length;
  const lines = [
    lang === 'zh'
      ? `已提交第 ${rows} 行，等待总监审核。`
      : `Submitted ${rowsWord(result.rows)} ${rows} for the directors' review.`,
  ];
  if (result.findings.length > 0) {
    lines.push(
      lang === 'zh'
        ? `这些行有 ${result.findings.length} 个问题（${errors} 个错误），有错误的行无法通过审核：运行“检查并标记”查看。`
        : `These rows have ${result.findings.length} problems (${errors} errors); rows with ` +
            'errors cannot be approved. Run "Validate" to see them.',
    );
  }
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, lines.join('\n'), ui.ButtonSet.OK);
}
