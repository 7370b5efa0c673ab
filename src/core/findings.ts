import type { Lang, Localized } from './i18n';

export type Severity = 'error' | 'warning';

/**
 * One problem found in the workbook, placed where the user sees it: the sheet's tab name,
 * the row number in the sheet (null for a sheet-level problem) and the column's header.
 */
export interface Finding {
  sheet: string;
  row: number | null;
  /** The column id of the sheet contract, e.g. `supplierUrl`; empty for a sheet-level problem. */
  column: string;
  /** The header as written in the user's sheet, for messages and cell selection. */
  header?: string;
  /** A1 address of the cell, when the finding points at one. */
  cell?: string;
  /** A handbook rule id (`R3.5`), an Amazon content rule (`AMZ.title.length`) or a sheet rule. */
  rule: string;
  severity: Severity;
  message: Localized;
}

/** The flat form the CLI prints with `--json` and sidebars receive. */
export interface FindingView {
  sheet: string;
  row: number | null;
  column: string;
  cell?: string;
  rule: string;
  severity: Severity;
  message: string;
}

export function viewFinding(finding: Finding, lang: Lang): FindingView {
  const view: FindingView = {
    sheet: finding.sheet,
    row: finding.row,
    column: finding.column,
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message[lang],
  };
  if (finding.cell) view.cell = finding.cell;
  return view;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/** Sorts findings by sheet, then row, then column, so reports read top to bottom. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.sheet.localeCompare(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      a.column.localeCompare(b.column) ||
      a.rule.localeCompare(b.rule),
  );
}

/** Column number (1-based) to its letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Thrown when input cannot be used at all (missing file, missing required column). */
export class UnusableInputError extends Error {
  readonly findings: Finding[];

  constructor(findings: Finding[]) {
    super(findings.map((finding) => finding.message.en).join('\n'));
    this.name = 'UnusableInputError';
    this.findings = findings;
  }
}
