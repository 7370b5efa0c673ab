import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

import * as ExcelJS from 'exceljs';

import type { Cell, OutCell } from '../core/cells';
import { findSheetName, normalizeHeader } from '../core/contract/headers';
import { SETTING_DEFAULTS, SHEETS } from '../core/contract/sheets';
import { columnLetter } from '../core/findings';
import type { Localized } from '../core/i18n';
import { locate } from '../core/reader';
import type { ColumnStyle, MarkBlock, TabEdit, Workbook } from '../workbook/port';
import { isOleCompound, isZip, readInputFile, unusableFile } from './file-errors';

/** A tab of a workbook built from values, as the demo and the tests hand them over. */
export interface XlsxTab {
  name: string;
  values: Cell[][];
}

/** The light grey of header cells, the same the add-on paints in Sheets. */
const HEADER_FILL = 'FFEFEFEF';

/** How far down a dropdown reaches at least: Sheets' default sheet length. */
const DROPDOWN_ROWS = 1000;

/** Excel refuses an inline dropdown list longer than this. */
const MAX_INLINE_LIST = 255;

/** The parts of an exceljs worksheet that its type declarations leave out. */
interface WorksheetInternals {
  orderNo: number;
  dataValidations: {
    find(address: string): unknown;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
}

function internals(sheet: ExcelJS.Worksheet): WorksheetInternals {
  return sheet as unknown as WorksheetInternals;
}

/** A value as getValues() would show it: rich text and links as text, formulas as results. */
function plainValue(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) {
    return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ('error' in value) return value.error;
  return '';
}

function cellValue(cell: ExcelJS.Cell): Cell {
  // Only the top-left cell of a merged range holds the value, as in Sheets.
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  return plainValue(cell.value);
}

function hasContent(cell: ExcelJS.Cell): boolean {
  const value = cellValue(cell);
  return !(typeof value === 'string' && value === '');
}

/** True when a number format shows a date or a time. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare);
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A wall-clock date as the Date exceljs stores for it: that wall clock, in UTC. */
function wallClockDate(text: string): Date {
  const match = WALL_CLOCK.exec(text);
  if (!match) throw new Error(`Not a wall-clock date: "${text}"`);
  const [y, m, d, hh = 0, mm = 0, ss = 0] = match.slice(1).map((part) => Number(part ?? 0));
  return new Date(Date.UTC(y, m - 1, d, hh, mm, ss));
}

function dateFormatFor(date: Date): string {
  if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0) {
    return 'yyyy-mm-dd';
  }
  return date.getUTCSeconds() === 0 ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd hh:mm:ss';
}

/**
 * Writes one value. Strings stay strings whatever they start with (exceljs only makes a
 * formula from a formula object), dates get a date format unless the cell already shows one.
 */
function writeValue(cell: ExcelJS.Cell, value: OutCell | Cell): void {
  if (value === null || value === undefined || value === '') {
    cell.value = null;
    return;
  }
  if (typeof value === 'number') {
    cell.value = Number.isFinite(value) ? value : null;
    return;
  }
  if (typeof value === 'string' || typeof value === 'boolean') {
    cell.value = value;
    return;
  }
  const date = value instanceof Date ? value : wallClockDate(value.date);
  cell.value = date;
  if (!isDateFormat(cell.style?.numFmt)) restyle(cell, { numFmt: dateFormatFor(date) });
}

/**
 * Writes a value where the user's merged cells may lie. exceljs would pass a value written
 * into a merged cell on to the range's top-left cell: a blank is dropped instead, as Sheets
 * ignores it, and any other value unmerges the range so it shows where it was written.
 */
function writeInto(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell, value: OutCell): void {
  if (cell.type === ExcelJS.ValueType.Merge) {
    if (value === null || value === '') return;
    sheet.unMergeCells(cell.master.address);
  }
  writeValue(cell, value);
}

/**
 * Gives a cell a style of its own: exceljs shares one style object among every cell that
 * was loaded with the same style, so changing it in place would change them all.
 */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  const style: Partial<ExcelJS.Style> = { ...(cell.style ?? {}), ...change };
  for (const key of Object.keys(change) as Array<keyof ExcelJS.Style>) {
    if (change[key] === undefined) delete style[key];
  }
  cell.style = style;
}

/** `#rgb` or `#rrggbb` to exceljs's ARGB. */
function argbOf(colour: string): string {
  const hex = colour.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) {
    return `FF${hex
      .split('')
      .map((digit) => digit + digit)
      .join('')
      .toUpperCase()}`;
  }
  if (/^[0-9a-f]{6}$/i.test(hex)) return `FF${hex.toUpperCase()}`;
  throw new Error(`Not a colour the .xlsx host can paint: "${colour}"`);
}

function isNoColour(colour: string): boolean {
  return colour.trim() === '' || /^#?(fff|ffffff)$/i.test(colour.trim());
}

/** The internals of an exceljs cell that hold its note. */
interface CellInternals {
  _comment?: unknown;
  _value?: { model?: { comment?: unknown } };
}

/**
 * Removes a cell's note. exceljs has no API for it, and a cell read from a file also keeps
 * the note in the model of its value, which is what it writes back: both must go.
 */
function dropNote(cell: ExcelJS.Cell): void {
  const inside = cell as unknown as CellInternals;
  inside._comment = undefined;
  if (inside._value?.model) delete inside._value.model.comment;
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (note === undefined) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

function backgroundOf(cell: ExcelJS.Cell): string {
  const fill = cell.style?.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return '';
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toLowerCase()}` : '';
}

/** Where a sheet's values end: the last row and column holding something. */
function usedSize(sheet: ExcelJS.Worksheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (!hasContent(cell)) return;
      rows = Math.max(rows, rowNumber);
      columns = Math.max(columns, columnNumber);
    });
  });
  return { rows, columns };
}

/**
 * The Workbook port over an .xlsx file (exceljs). Cells outside the blocks an edit writes
 * keep their value, formula and style; what an .xlsx file cannot hold (charts, protection
 * limited to some editors) is said in `notices` rather than silently dropped.
 */
export class XlsxWorkbook implements Workbook {
  /** What was asked of the workbook that the .xlsx file does not carry, for the user. */
  readonly notices: Localized[] = [];

  private constructor(private readonly book: ExcelJS.Workbook) {}

  /** Opens an .xlsx file; a missing file or one that is no workbook is an UnusableInputError. */
  static async open(file: string): Promise<XlsxWorkbook> {
    return XlsxWorkbook.load(await readInputFile(file), file);
  }

  /** Reads a workbook from the bytes of an .xlsx file; `file` names it in messages. */
  static async load(bytes: Buffer, file: string): Promise<XlsxWorkbook> {
    if (isOleCompound(bytes)) {
      throw unusableFile(
        file,
        'FILE.format',
        `${file} 是旧版 .xls 或加密的工作簿：请在 Excel 中“另存为 Excel 工作簿 (.xlsx)”，不设密码`,
        `${file} is an old .xls or a password-protected workbook: save it as an Excel Workbook (.xlsx) without a password`,
      );
    }
    if (!isZip(bytes)) {
      throw unusableFile(
        file,
        'FILE.format',
        `${file} 不是 .xlsx 工作簿（可能是改了扩展名的其他文件）`,
        `${file} is not an .xlsx workbook (perhaps another kind of file renamed)`,
      );
    }
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch (error) {
      throw unusableFile(
        file,
        'FILE.format',
        `${file} 无法作为 .xlsx 工作簿读取（${(error as Error).message}）`,
        `${file} cannot be read as an .xlsx workbook (${(error as Error).message})`,
      );
    }
    if (book.worksheets.length === 0) {
      throw unusableFile(file, 'FILE.format', `${file} 中没有工作表`, `${file} holds no worksheet`);
    }
    const workbook = new XlsxWorkbook(book);
    // Part names sit uncompressed in a zip's directory: no need to unpack to find them.
    if (bytes.includes('xl/charts/') || bytes.includes('xl/pivotTables/')) {
      workbook.notices.push({
        zh: `${path.basename(file)} 含有图表或数据透视表：另存的文件中不会保留它们`,
        en: `${path.basename(file)} holds charts or pivot tables: the saved file will not keep them`,
      });
    }
    return workbook;
  }

  /** A new workbook with these tabs; Dates are written at their UTC wall clock, as read. */
  static fromTabs(tabs: XlsxTab[]): XlsxWorkbook {
    const book = new ExcelJS.Workbook();
    book.creator = 'Seller Sheets';
    for (const tab of tabs) {
      const sheet = book.addWorksheet(tab.name);
      tab.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null || value === undefined || value === '') return;
          writeValue(sheet.getCell(r + 1, c + 1), value);
        }),
      );
    }
    return new XlsxWorkbook(book);
  }

  /** Saves to a temporary file beside the target, then renames it: never a half-written file. */
  async save(file: string): Promise<void> {
    const target = path.resolve(file);
    const folder = path.dirname(target);
    const temp = path.join(
      folder,
      `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
    );
    try {
      await mkdir(folder, { recursive: true });
      const bytes = await this.book.xlsx.writeBuffer();
      await writeFile(temp, new Uint8Array(bytes as ArrayBuffer));
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw unusableFile(
        file,
        'FILE.write',
        `无法保存 ${file}（${reason}）：文件是否在 Excel 中打开，或文件夹不可写？`,
        `Cannot save ${file} (${reason}): is it open in Excel, or is the folder read-only?`,
      );
    }
  }

  /** The Settings sheet's `timeZone`, else the contract's default (Asia/Shanghai). */
  timeZone(): string {
    const tab = findSheetName(SHEETS.settings, this.tabNames());
    const values = tab ? this.read(tab) : [];
    const { layout } = locate(SHEETS.settings, values, tab ?? '');
    const keyAt = layout.index.key;
    const valueAt = layout.index.value;
    if (tab && keyAt !== undefined && valueAt !== undefined) {
      for (const row of values.slice(1)) {
        if (normalizeHeader(String(row[keyAt] ?? '')) !== 'timezone') continue;
        const zone = String(row[valueAt] ?? '').trim();
        if (zone && isTimeZone(zone)) return zone;
      }
    }
    return SETTING_DEFAULTS.timeZone;
  }

  /** exceljs reads a date cell as its wall clock expressed in UTC. */
  cellTimeZone(): string {
    return 'UTC';
  }

  tabNames(): string[] {
    return this.book.worksheets.map((sheet) => sheet.name);
  }

  read(tab: string): Cell[][] {
    return this.grid(tab, '' as Cell, cellValue);
  }

  readNotes(tab: string): string[][] {
    return this.grid(tab, '', (cell) => noteText(cell.note));
  }

  readBackgrounds(tab: string): string[][] {
    return this.grid(tab, '', backgroundOf);
  }

  /** Applies every edit; an edit naming a tab that is not there refuses the whole batch. */
  apply(edits: TabEdit[]): void {
    // Excel tells tab names apart without regard to case: so must a new tab's name.
    const taken = new Set(this.tabNames().map((name) => name.toLowerCase()));
    const names = new Set(this.tabNames());
    for (const edit of edits) {
      if (edit.create && taken.has(edit.tab.toLowerCase())) {
        throw new Error(`The tab "${edit.tab}" already exists`);
      }
      if (!edit.create && !names.has(edit.tab)) throw new Error(`There is no tab "${edit.tab}"`);
      taken.add(edit.tab.toLowerCase());
      names.add(edit.tab);
    }
    for (const edit of edits) this.applyTab(edit);
  }

  private sheet(tab: string): ExcelJS.Worksheet {
    const sheet = this.book.getWorksheet(tab);
    if (!sheet) throw new Error(`There is no tab "${tab}"`);
    return sheet;
  }

  /** The used range of a tab, one value per cell; an empty tab reads as one blank cell. */
  private grid<T>(tab: string, blank: T, valueOf: (cell: ExcelJS.Cell) => T): T[][] {
    const sheet = this.sheet(tab);
    const size = usedSize(sheet);
    if (size.rows === 0) return [[blank]];
    const grid: T[][] = Array.from({ length: size.rows }, () =>
      new Array<T>(size.columns).fill(blank),
    );
    for (let r = 1; r <= size.rows; r += 1) {
      for (let c = 1; c <= size.columns; c += 1) {
        // findCell never creates a cell, so reading leaves the file as it was.
        const cell = sheet.findCell(r, c);
        if (cell) grid[r - 1][c - 1] = valueOf(cell);
      }
    }
    return grid;
  }

  private applyTab(edit: TabEdit): void {
    let sheet = edit.create ? this.book.addWorksheet(edit.tab) : this.sheet(edit.tab);
    if (edit.replace) sheet = this.replaceSheet(sheet);

    const written = new Set<string>();
    for (const block of edit.blocks ?? []) {
      block.values.forEach((row, i) =>
        row.forEach((value, j) => {
          const r = block.row + i;
          const c = block.column + j;
          writeInto(sheet, sheet.getCell(r, c), value);
          written.add(`${r}:${c}`);
        }),
      );
    }

    if (edit.headerStyle) this.styleHeader(sheet, edit.headerStyle.columns, written);
    for (const style of edit.columns ?? []) this.styleColumn(sheet, style, written);
    if (edit.marks) this.mark(sheet, edit.marks);

    for (const protection of edit.protect ?? []) {
      // Without a password the promise settles synchronously: the flag is set before we go on.
      void sheet.protect('', {});
      this.notices.push({
        zh: `「${edit.tab}」已整表保护（${protection.description}）：.xlsx 无法只允许指定的人编辑`,
        en: `"${edit.tab}" is protected as a whole (${protection.description}): an .xlsx cannot limit editing to named people`,
      });
    }
    for (const chart of edit.charts ?? []) {
      this.notices.push({
        zh: `「${edit.tab}」的图表「${chart.title}」未绘制（.xlsx 输出不含图表），数据在 ${chart.range}`,
        en: `The chart "${chart.title}" on "${edit.tab}" was not drawn (the .xlsx output holds no charts); its data is in ${chart.range}`,
      });
    }
  }

  /** A generated sheet is cleared by putting a fresh tab in its place, under the same name. */
  private replaceSheet(sheet: ExcelJS.Worksheet): ExcelJS.Worksheet {
    const { name } = sheet;
    const orderNo = internals(sheet).orderNo;
    this.book.removeWorksheet(sheet.id);
    const fresh = this.book.addWorksheet(name);
    internals(fresh).orderNo = orderNo;
    return fresh;
  }

  /**
   * Bold, grey header cells and row 1 frozen. Only header cells this edit wrote are painted:
   * a header the user already had keeps its own look.
   */
  private styleHeader(sheet: ExcelJS.Worksheet, columns: number, written: Set<string>): void {
    for (let c = 1; c <= columns; c += 1) {
      if (!written.has(`1:${c}`)) continue;
      const cell = sheet.getCell(1, c);
      restyle(cell, {
        font: { ...cell.style?.font, bold: true },
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
      });
    }
    const views = sheet.views ?? [];
    const view = views[0] ?? {};
    const frozen = view.state === 'frozen' ? view : null;
    if (frozen && (frozen.ySplit ?? 0) >= 1) return;
    const rest = { ...view } as Record<string, unknown>;
    for (const key of ['state', 'xSplit', 'ySplit', 'topLeftCell', 'style']) delete rest[key];
    sheet.views = [
      { ...rest, state: 'frozen', xSplit: frozen?.xSplit ?? 0, ySplit: 1 },
      ...views.slice(1),
    ];
  }

  /**
   * A column's number format becomes its default for new cells and is given to the data
   * cells this edit wrote; its dropdown covers the data rows, except cells that already
   * carry a validation of their own.
   */
  private styleColumn(sheet: ExcelJS.Worksheet, style: ColumnStyle, written: Set<string>): void {
    const last = Math.max(DROPDOWN_ROWS, sheet.rowCount);
    if (style.format) {
      const column = sheet.getColumn(style.column);
      column.style = { ...column.style, numFmt: style.format };
      for (let r = 2; r <= sheet.rowCount; r += 1) {
        if (!written.has(`${r}:${style.column}`)) continue;
        const cell = sheet.getCell(r, style.column);
        if (!(cell.value instanceof Date)) restyle(cell, { numFmt: style.format });
      }
    }
    if (!style.dropdown || style.dropdown.length === 0) return;

    const list = style.dropdown.join(',');
    const letter = columnLetter(style.column);
    if (style.dropdown.some((option) => /[,"]/.test(option)) || list.length + 2 > MAX_INLINE_LIST) {
      this.notices.push({
        zh: `「${sheet.name}」${letter} 列的下拉选项太长或含逗号，.xlsx 中未设下拉`,
        en: `The dropdown of column ${letter} on "${sheet.name}" is too long or holds a comma: not set in the .xlsx`,
      });
      return;
    }
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
    };
    const validations = internals(sheet).dataValidations;
    const addresses: string[] = [];
    for (let r = 2; r <= last; r += 1) addresses.push(`${letter}${r}`);
    const taken = addresses.some((address) => validations.find(address) !== undefined);
    if (!taken) {
      validations.add(`${letter}2:${letter}${last}`, validation);
      return;
    }
    for (const address of addresses) {
      if (validations.find(address) === undefined) validations.add(address, validation);
    }
  }

  private mark(sheet: ExcelJS.Worksheet, marks: MarkBlock): void {
    marks.notes.forEach((row, i) =>
      row.forEach((note, j) => {
        const cell = sheet.getCell(marks.row + i, marks.column + j);
        if (note) cell.note = note;
        else if (cell.note !== undefined) dropNote(cell);
      }),
    );
    marks.backgrounds.forEach((row, i) =>
      row.forEach((colour, j) => {
        const cell = sheet.getCell(marks.row + i, marks.column + j);
        if (isNoColour(colour)) {
          if (cell.style?.fill) restyle(cell, { fill: undefined });
          return;
        }
        restyle(cell, {
          fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(colour) } },
        });
      }),
    );
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
