import type { Finding, Severity } from '../core/findings';
import type { Lang } from '../core/i18n';
import {
  findingProblem,
  parseCellAddress,
  planValidation,
  validateWithMarks,
} from '../workflows/validate-marks';
import type { ValidateResult } from '../workflows/validate-marks';
import { withDocumentLock } from './lock';
import { userLang } from './locale';
import { answerSidebar, BAD_ARGUMENTS, refusalText, RefusedError } from './refusal';
import { openSidebar } from './sidebar';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** One finding as the findings sidebar lists it. */
export interface FindingItem {
  /** A1 address of the cell to select, or null when the finding names no cell. */
  cell: string | null;
  rule: string;
  severity: Severity;
  /** "Error" / "错误": the severity in words, so that colour is never the only sign. */
  severityLabel: string;
  /** The column's header as the sheet spells it; '' for a problem of the whole row or sheet. */
  column: string;
  /** What is wrong, without the sheet and row the list already shows. */
  problem: string;
}

/** The findings of one row (or of the whole sheet, row null). */
export interface FindingRow {
  row: number | null;
  /** "Row 5 · LAMP-02", "第5行 · LAMP-02", or "Whole sheet". */
  label: string;
  findings: FindingItem[];
}

/** Everything the findings sidebar shows, in the user's language. */
export interface FindingsView {
  lang: Lang;
  title: string;
  /** "2 errors, 3 warnings", or that nothing was found. */
  summary: string;
  /** Why some findings have no mark in the sheet; '' when all have one. */
  unmarkedNote: string;
  /** Findings not listed because the list would be too long for a sidebar; 0 usually. */
  more: number;
  moreNote: string;
  sheets: Array<{ sheet: string; rows: FindingRow[] }>;
  text: {
    checkAgain: string;
    checking: string;
    selecting: string;
    /** "Selected {cell} on {sheet}": the page fills in the two. */
    selected: string;
    close: string;
    listLabel: string;
    cellLabel: string;
  };
}

/** A sidebar lists at most this many findings; the summary counts them all. */
const LISTED_FINDINGS = 300;

const TEXT = {
  zh: {
    title: '检查结果',
    checkAgain: '重新检查',
    checking: '正在检查…',
    selecting: '正在定位单元格…',
    selected: '已选中「{sheet}」的 {cell}',
    close: '关闭',
    listLabel: '按工作表和行分组的问题',
    cellLabel: '单元格',
    error: '错误',
    warning: '提醒',
    wholeSheet: '整个工作表',
  },
  en: {
    title: 'Validation',
    checkAgain: 'Check again',
    checking: 'Checking…',
    selecting: 'Selecting the cell…',
    selected: 'Selected {cell} on {sheet}',
    close: 'Close',
    listLabel: 'Findings by sheet and row',
    cellLabel: 'cell',
    error: 'Error',
    warning: 'Warning',
    wholeSheet: 'Whole sheet',
  },
};

function summaryOf(errors: number, warnings: number, lang: Lang): string {
  if (errors + warnings === 0) {
    return lang === 'zh' ? '没有发现问题。' : 'No problems found.';
  }
  return lang === 'zh'
    ? `${errors} 个错误，${warnings} 个提醒。点击一条可选中对应单元格。`
    : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ` +
        `${warnings === 1 ? 'warning' : 'warnings'}. Choose one to select its cell.`;
}

/** The SKU of each row of each tab that has a SKU column: row labels a person recognises. */
function skusOf(result: ValidateResult): Map<string, Map<number, string>> {
  const skus = new Map<string, Map<number, string>>();
  for (const read of Object.values(result.loaded.reads)) {
    if (!read || read.layout.index.sku === undefined) continue;
    const byRow = new Map<number, string>();
    for (const row of read.rows as Array<{ rowNumber: number; sku?: unknown }>) {
      if (typeof row.sku === 'string' && row.sku !== '') byRow.set(row.rowNumber, row.sku);
    }
    skus.set(read.layout.sheetName, byRow);
  }
  return skus;
}

/**
 * The findings sidebar's content: findings grouped by sheet, then by row, sheet-wide ones
 * first, each with the words the person reads. `unmarked` counts findings whose cell holds a
 * person's own note, which validation leaves alone.
 */
export function findingsView(result: ValidateResult, lang: Lang): FindingsView {
  const text = TEXT[lang];
  const { findings } = result;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const skus = skusOf(result);
  const listed = findings.slice(0, LISTED_FINDINGS);

  const sheets: FindingsView['sheets'] = [];
  for (const finding of listed) {
    let sheet = sheets.find((candidate) => candidate.sheet === finding.sheet);
    if (!sheet) {
      sheet = { sheet: finding.sheet, rows: [] };
      sheets.push(sheet);
    }
    let row = sheet.rows.find((candidate) => candidate.row === finding.row);
    if (!row) {
      const sku = finding.row === null ? undefined : skus.get(finding.sheet)?.get(finding.row);
      const place =
        finding.row === null
          ? text.wholeSheet
          : lang === 'zh'
            ? `第${finding.row}行`
            : `Row ${finding.row}`;
      row = { row: finding.row, label: sku ? `${place} · ${sku}` : place, findings: [] };
      sheet.rows.push(row);
    }
    row.findings.push(itemOf(finding, lang));
  }

  // Errors first, then rows to fix, then sheet-wide notices such as a sheet not set up yet;
  // within a row, errors come first too: they are what stops an approval or an upload.
  const rank = (sheet: FindingsView['sheets'][number]): number =>
    sheet.rows.some((row) => row.findings.some((item) => item.severity === 'error'))
      ? 0
      : sheet.rows.some((row) => row.row !== null)
        ? 1
        : 2;
  sheets.sort((a, b) => rank(a) - rank(b));
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      row.findings.sort(
        (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'),
      );
    }
  }

  const { unmarked } = result.marks;
  const more = findings.length - listed.length;
  return {
    lang,
    title: text.title,
    summary: summaryOf(errors, findings.length - errors, lang),
    unmarkedNote:
      unmarked === 0
        ? ''
        : lang === 'zh'
          ? `${unmarked} 个单元格已有您自己的备注，未加标记；它们的问题只在此列出。`
          : `${unmarked === 1 ? '1 cell holds' : `${unmarked} cells hold`} a note of your ` +
            'own, so it was not marked: its problems are listed here only.',
    more,
    moreNote:
      more === 0
        ? ''
        : lang === 'zh'
          ? `另有 ${more} 个问题未列出：请先修正以上问题后重新检查。`
          : `${more} more are not listed: fix these first, then check again.`,
    sheets,
    text: {
      checkAgain: text.checkAgain,
      checking: text.checking,
      selecting: text.selecting,
      selected: text.selected,
      close: text.close,
      listLabel: text.listLabel,
      cellLabel: text.cellLabel,
    },
  };
}

function itemOf(finding: Finding, lang: Lang): FindingItem {
  const at = finding.cell && parseCellAddress(finding.cell) ? finding.cell : null;
  return {
    cell: at,
    rule: finding.rule,
    severity: finding.severity,
    severityLabel: TEXT[lang][finding.severity],
    column: finding.header ?? '',
    problem: findingProblem(finding, lang),
  };
}

/** Checks the workbook and marks it, under the document lock. */
function checkAndMark(lang: Lang): ValidateResult {
  return withDocumentLock(() =>
    validateWithMarks(new SpreadsheetWorkbook(SpreadsheetApp.getActive()), new Date(), lang),
  );
}

/**
 * Menu "Validate": checks every sheet, marks the cells with findings (a note and a colour,
 * cleared once fixed; values never change) and opens the findings sidebar.
 */
export function validate(): void {
  const lang = userLang();
  let result: ValidateResult;
  try {
    result = checkAndMark(lang);
  } catch (error) {
    const text = refusalText(error, lang);
    if (text === null) throw error;
    const ui = SpreadsheetApp.getUi();
    ui.alert(TEXT[lang].title, text, ui.ButtonSet.OK);
    return;
  }
  openSidebar('findings', TEXT[lang].title, findingsView(result, lang));
}

/** Server function of the findings sidebar: checks again, marks again, returns the findings. */
export function revalidate(): FindingsView {
  const lang = userLang();
  return answerSidebar(lang, () => findingsView(checkAndMark(lang), lang));
}

/**
 * Server function of the findings sidebar: the findings as they stand, for a page opened
 * without them. It only reads: the marks it reports are those "Check again" would make.
 */
export function getFindings(): FindingsView {
  const lang = userLang();
  return answerSidebar(lang, () => {
    const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActive());
    return findingsView(planValidation(workbook, new Date(), lang), lang);
  });
}

/** Server function of the findings sidebar: selects a cell, so the person sees the finding. */
export function selectCell(sheet: unknown, a1: unknown): void {
  const lang = userLang();
  answerSidebar(lang, () => {
    if (typeof sheet !== 'string' || typeof a1 !== 'string' || !parseCellAddress(a1)) {
      throw new RefusedError(BAD_ARGUMENTS);
    }
    const tab = SpreadsheetApp.getActive().getSheetByName(sheet);
    if (!tab) {
      throw new RefusedError({
        zh: `找不到工作表「${sheet}」：它可能已被改名或删除，请重新检查。`,
        en: `There is no sheet "${sheet}" any more: it may have been renamed. Check again.`,
      });
    }
    tab.getRange(a1).activate();
  });
}
