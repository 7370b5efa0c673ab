import type { Cell, OutCell } from '../core/cells';

/**
 * What a workflow needs of a spreadsheet, implemented once per host: Apps Script
 * (SpreadsheetApp) and Node (.xlsx through exceljs). A workflow reads each tab it needs once,
 * computes every change, then applies them in one `apply` call: one batch per changed tab,
 * and nothing written when anything was refused.
 */
export interface Workbook {
  /** The zone of "today", of file names and of dates the add-on writes. */
  timeZone(): string;
  /** The zone that Date cells are read in (Sheets: the spreadsheet's; .xlsx: UTC wall clock). */
  cellTimeZone(): string;
  /** Tab names, in order. */
  tabNames(): string[];
  /** Every value of a tab's used range, row 1 first, rows padded to the same width. */
  read(tab: string): Cell[][];
  /** The notes of a tab's used range ('' where none), for marks the add-on owns. */
  readNotes(tab: string): string[][];
  /** The background colours of a tab's used range ('' or '#ffffff' where none). */
  readBackgrounds(tab: string): string[][];
  /** Applies a set of changes, one batch per tab. */
  apply(edits: TabEdit[]): void;
}

/** A rectangle of values written with its top-left cell (1-based row and column). */
export interface Block {
  row: number;
  column: number;
  values: OutCell[][];
}

/** A rectangle of notes or colours over cells. */
export interface MarkBlock {
  row: number;
  column: number;
  notes: string[][];
  backgrounds: string[][];
}

export interface ColumnStyle {
  /** 1-based column. */
  column: number;
  /** Spreadsheet number format for the data rows, e.g. `#,##0.00`. */
  format?: string;
  /** Dropdown values offered on the data rows (typed values outside it only warn). */
  dropdown?: string[];
}

export interface TabEdit {
  tab: string;
  /** Create the tab (at the end) before anything else. */
  create?: boolean;
  /** Clear the whole tab first: only for sheets the add-on generates. */
  replace?: boolean;
  /** Values to write. */
  blocks?: Block[];
  /** Bold, shaded header over columns 1…n of row 1, and row 1 frozen. */
  headerStyle?: { columns: number };
  /** Formats and dropdowns for columns' data rows. */
  columns?: ColumnStyle[];
  /** Notes and background colours (validation marks). */
  marks?: MarkBlock;
  /** Protect ranges against edits by others than these editors (emails). */
  protect?: { description: string; rows?: { from: number; to: number }; editors: string[] }[];
  /** Charts of a generated sheet: a data range and a kind. */
  charts?: ChartSpec[];
}

export interface ChartSpec {
  title: string;
  kind: 'column' | 'line' | 'pie';
  /** A1 range of the chart's data, header row included. */
  range: string;
  /** Where the chart's top-left corner sits (1-based). */
  anchor: { row: number; column: number };
}

/** A file a workflow produces: saved to the export folder in Sheets, to `--out` in the CLI. */
export interface OutputFile {
  name: string;
  mimeType: string;
  content: string | Uint8Array;
}

/** A mail a workflow wants sent. */
export interface OutgoingMail {
  to: string[];
  subject: string;
  body: string;
  htmlBody?: string;
}
