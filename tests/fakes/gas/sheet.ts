import { parseA1 } from './a1-notation';
import type { GridRect } from './a1-notation';
import { FORMAT_FIELDS, hasContent, readValue } from './cell-values';
import type { Cell, CellValue } from './cell-values';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
import type { ChartSnapshot } from './charts';
import type { FakeCloud } from './cloud';
import { GasObject, fakeOf } from './counting';
import type { Implements } from './counting';
import { FakeProtection, PROTECTED_MESSAGE } from './protection';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';

/** Rows of a new sheet, as in Sheets. */
export const DEFAULT_MAX_ROWS = 1000;
/** Columns of a new sheet, as in Sheets. */
export const DEFAULT_MAX_COLUMNS = 26;

type SheetMethods =
  | 'activate'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'deleteColumns'
  | 'deleteRows'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getDataRange'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getTabColor'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isSheetHidden'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setTabColor'
  | 'showSheet'
  | 'updateChart';

/** One tab (`Sheet`): a sparse grid of cells with the size, freeze and charts Sheets keeps. */
export class FakeSheet
  extends GasObject
  implements Implements<GoogleAppsScript.Spreadsheet.Sheet, SheetMethods>
{
  readonly gasType = 'Sheet';
  /** rows[r][c] is the cell at row r + 1, column c + 1; holes are empty cells. */
  rows: Cell[][] = [];
  maxRows = DEFAULT_MAX_ROWS;
  maxColumns = DEFAULT_MAX_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly autoResized = new Set<number>();
  charts: FakeEmbeddedChart[] = [];
  merges: GridRect[] = [];

  constructor(
    cloud: FakeCloud,
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly sheetId: number,
  ) {
    super(cloud);
  }

  /** Stores initial values as given (no parsing), except that '=…' strings become formulas. */
  seed(values: unknown[][]): void {
    this.maxRows = Math.max(this.maxRows, values.length);
    this.maxColumns = values.reduce((widest, row) => Math.max(widest, row.length), this.maxColumns);
    values.forEach((items, r) =>
      items.forEach((value, c) => {
        if (value === '' || value === null || value === undefined) return;
        const cell = this.cellFor(r + 1, c + 1);
        if (typeof value === 'string' && value.length > 1 && value.startsWith('=')) {
          cell.formula = value;
        } else if (value instanceof Date) {
          cell.value = new Date(value.getTime());
        } else {
          cell.value = typeof value === 'object' ? String(value) : (value as CellValue);
        }
      }),
    );
  }

  /** The cell at a 1-based position, if anything was ever stored there. */
  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell at a 1-based position, created when missing. */
  cellFor(row: number, column: number): Cell {
    const cells = (this.rows[row - 1] ??= []);
    return (cells[column - 1] ??= {});
  }

  /** The last row holding a value or formula, 0 for an empty sheet. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      if (this.rows[r]?.some(hasContent)) return r + 1;
    }
    return 0;
  }

  /** The last column holding a value or formula, 0 for an empty sheet. */
  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length - 1; c >= last; c--) {
        if (hasContent(cells[c])) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** The bottom-right corner of every cell where `has` holds, and of the values. */
  extent(has: (cell: Cell) => boolean): { rows: number; columns: number } {
    let rows = this.lastRow();
    let columns = this.lastColumn();
    this.rows.forEach((cells, r) =>
      cells?.forEach((cell, c) => {
        if (cell && has(cell)) {
          rows = Math.max(rows, r + 1);
          columns = Math.max(columns, c + 1);
        }
      }),
    );
    return { rows: Math.max(rows, 1), columns: Math.max(columns, 1) };
  }

  /** A range after Sheets' bounds checks. */
  rangeAt(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) {
      throw new Error('The number of columns in the range must be at least 1.');
    }
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.cloud, this, { row, column, numRows, numColumns });
  }

  /** Throws Sheets' protection error unless the running user may edit all of `rect`. */
  assertCanEdit(rect: GridRect): void {
    for (const protection of this.spreadsheet.protections) {
      if (protection.sheet === this && protection.blocks(rect, this.cloud.user)) {
        throw new Error(PROTECTED_MESSAGE);
      }
    }
  }

  /** Throws unless the running user may change the sheet itself (name, size, order). */
  assertCanEditSheet(): void {
    for (const protection of this.spreadsheet.protections) {
      if (
        protection.sheet === this &&
        protection.type === 'SHEET' &&
        !protection.allows(this.cloud.user)
      ) {
        throw new Error(PROTECTED_MESSAGE);
      }
    }
  }

  private everything(): GridRect {
    return { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns };
  }

  /** Moves what sits at or after a row or column when some are inserted (count > 0). */
  private shift(dimension: 'row' | 'column', after: number, count: number): void {
    const size = dimension === 'row' ? 'numRows' : 'numColumns';
    const move = (rect: GridRect): void => {
      if (rect[dimension] > after) rect[dimension] += count;
      else if (rect[dimension] + rect[size] - 1 > after) rect[size] += count;
    };
    for (const protection of this.spreadsheet.protections) {
      if (protection.sheet === this && protection.rect) move(protection.rect);
    }
    for (const named of this.spreadsheet.namedRanges.values()) {
      if (named.sheet === this) move(named.rect);
    }
    this.merges.forEach(move);
  }

  /** Every cell of the sheet, for the whole-sheet clears. */
  private eachCell(fn: (cell: Cell) => void): void {
    for (const cells of this.rows) cells?.forEach((cell) => cell && fn(cell));
  }

  // --- Sheet API ---------------------------------------------------------------------------

  /** Makes this the active sheet. */
  activate(): this {
    this.spreadsheet.activate(this);
    return this;
  }

  /** Writes a row below the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw new Error("The parameters () don't match the method signature for Sheet.appendRow.");
    }
    const row = this.lastRow() + 1;
    this.assertCanEdit({ row, column: 1, numRows: 1, numColumns: rowContents.length });
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, rowContents.length);
    this.rangeAt(row, 1, 1, rowContents.length).writeValues([rowContents]);
    return this;
  }

  /** Records an automatic width for one column. */
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }

  /** Records automatic widths for columns. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.autoResized.add(c);
    return this;
  }

  /** Clears contents and formats (notes and validations stay), or what the options say. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.getRange(1, 1, this.maxRows, this.maxColumns).clear(options);
    return this;
  }

  /** Clears values and formulas, keeping formats. */
  clearContents(): this {
    this.assertCanEdit(this.everything());
    this.eachCell((cell) => {
      delete cell.value;
      delete cell.formula;
    });
    return this;
  }

  /** Clears formatting, keeping values. */
  clearFormats(): this {
    this.assertCanEdit(this.everything());
    this.eachCell((cell) => FORMAT_FIELDS.forEach((field) => delete cell[field]));
    return this;
  }

  /** Clears every note. */
  clearNotes(): this {
    this.assertCanEdit(this.everything());
    this.eachCell((cell) => delete cell.note);
    return this;
  }

  /** Deletes rows, moving the ones below up. */
  deleteRows(rowPosition: number, howMany: number): void {
    this.assertCanEditSheet();
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.maxRows) {
      throw new Error('Those rows are out of bounds.');
    }
    if (howMany >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.rows.splice(rowPosition - 1, howMany);
    this.maxRows -= howMany;
  }

  /** Deletes columns, moving the ones to the right left. */
  deleteColumns(columnPosition: number, howMany: number): void {
    this.assertCanEditSheet();
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.maxColumns) {
      throw new Error('Those columns are out of bounds.');
    }
    if (howMany >= this.maxColumns) {
      throw new Error("You can't delete all the columns on the sheet.");
    }
    for (const cells of this.rows) cells?.splice(columnPosition - 1, howMany);
    this.maxColumns -= howMany;
  }

  /** The charts on the sheet. */
  getCharts(): FakeEmbeddedChart[] {
    return [...this.charts];
  }

  /** A column's width in pixels (100 unless set). */
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? 100;
  }

  /** A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): FakeRange {
    return this.rangeAt(1, 1, Math.max(this.lastRow(), 1), Math.max(this.lastColumn(), 1));
  }

  /** Frozen columns. */
  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  /** Frozen rows. */
  getFrozenRows(): number {
    return this.frozenRows;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  /** The last column with content, 0 when empty. */
  getLastColumn(): number {
    return this.lastColumn();
  }

  /** The last row with content, 0 when empty. */
  getLastRow(): number {
    return this.lastRow();
  }

  /** Columns the sheet has, filled or not. */
  getMaxColumns(): number {
    return this.maxColumns;
  }

  /** Rows the sheet has, filled or not. */
  getMaxRows(): number {
    return this.maxRows;
  }

  /** The tab name. */
  getName(): string {
    return this.name;
  }

  /** The spreadsheet holding the sheet. */
  getParent(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  /** The sheet's protections of one type (a sheet has at most one of type SHEET). */
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    return this.spreadsheet.protections.filter(
      (protection) => protection.sheet === this && protection.type === String(type),
    );
  }

  /** getRange(a1) or getRange(row, column[, numRows[, numColumns]]). */
  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): FakeRange {
    if (typeof rowOrA1 === 'string') {
      const reference = parseA1(rowOrA1);
      const sheet =
        reference.sheetName === null ? this : this.spreadsheet.sheetNamed(reference.sheetName);
      if (!sheet) throw new Error('Range not found');
      const rect = reference.resolve(sheet.maxRows, sheet.maxColumns);
      return sheet.rangeAt(rect.row, rect.column, rect.numRows, rect.numColumns);
    }
    if (column === undefined) {
      throw new Error(
        "The parameters (number) don't match the method signature for Sheet.getRange.",
      );
    }
    return this.rangeAt(rowOrA1, column, numRows, numColumns);
  }

  /** The sheet's numeric id (the gid in its URL). */
  getSheetId(): number {
    return this.sheetId;
  }

  /** The tab name. */
  getSheetName(): string {
    return this.name;
  }

  /** The tab colour, or null. */
  getTabColor(): string | null {
    return this.tabColor;
  }

  /** Hides the tab; the last visible tab cannot be hidden. */
  hideSheet(): this {
    const visible = this.spreadsheet.sheets.filter((sheet) => !sheet.hidden);
    if (visible.length === 1 && visible[0] === this) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.hidden = true;
    return this;
  }

  /** Places a built chart on the sheet. */
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const fake = fakeOf(chart, FakeEmbeddedChart, 'chart');
    this.assertCanEditSheet();
    this.charts.push(fake.placedOn(this));
  }

  /** Adds empty columns after a column. */
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.assertCanEditSheet();
    if (afterPosition < 1 || afterPosition > this.maxColumns) {
      throw new Error('Those columns are out of bounds.');
    }
    for (const cells of this.rows) {
      if (cells && cells.length > afterPosition) {
        cells.splice(afterPosition, 0, ...new Array<Cell>(howMany));
      }
    }
    this.maxColumns += howMany;
    this.shift('column', afterPosition, howMany);
    return this;
  }

  /** Adds empty columns before a column. */
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    if (beforePosition === 1) {
      this.assertCanEditSheet();
      for (const cells of this.rows) cells?.unshift(...new Array<Cell>(howMany));
      this.maxColumns += howMany;
      this.shift('column', 0, howMany);
      return this;
    }
    return this.insertColumnsAfter(beforePosition - 1, howMany);
  }

  /** Adds empty rows after a row. */
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.assertCanEditSheet();
    if (afterPosition < 1 || afterPosition > this.maxRows) {
      throw new Error('Those rows are out of bounds.');
    }
    if (this.rows.length > afterPosition) {
      this.rows.splice(afterPosition, 0, ...new Array<Cell[]>(howMany));
    }
    this.maxRows += howMany;
    this.shift('row', afterPosition, howMany);
    return this;
  }

  /** Adds empty rows before a row. */
  insertRowsBefore(beforePosition: number, howMany: number): this {
    if (beforePosition === 1) {
      this.assertCanEditSheet();
      this.rows.unshift(...new Array<Cell[]>(howMany));
      this.maxRows += howMany;
      this.shift('row', 0, howMany);
      return this;
    }
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }

  /** Whether the tab is hidden. */
  isSheetHidden(): boolean {
    return this.hidden;
  }

  /** A builder for a chart on this sheet. */
  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.cloud);
  }

  /** Protects the whole sheet; a sheet already protected gives its existing protection. */
  protect(): FakeProtection {
    const existing = this.spreadsheet.protections.find(
      (protection) => protection.sheet === this && protection.type === 'SHEET',
    );
    if (existing) return existing;
    this.assertCanEditSheet();
    const protection = new FakeProtection(this.cloud, 'SHEET', this, null);
    this.spreadsheet.protections.push(protection);
    return protection;
  }

  /** Removes a chart from the sheet. */
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const fake = fakeOf(chart, FakeEmbeddedChart, 'chart');
    this.assertCanEditSheet();
    this.charts = this.charts.filter((placed) => placed.chartId !== fake.chartId);
  }

  /** Sets a column's width in pixels. */
  setColumnWidth(columnPosition: number, width: number): this {
    this.columnWidths.set(columnPosition, width);
    return this;
  }

  /** Freezes columns. */
  setFrozenColumns(columns: number): void {
    this.frozenColumns = columns;
  }

  /** Freezes rows. */
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this.maxRows) throw new Error('Those rows are out of bounds.');
    this.frozenRows = rows;
  }

  /** Renames the tab; names are unique in a spreadsheet. */
  setName(name: string): this {
    this.assertCanEditSheet();
    const taken = this.spreadsheet.sheetNamed(name);
    if (taken && taken !== this) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.name = name;
    return this;
  }

  /** Colours the tab ('#rrggbb', or null to reset). */
  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }

  /** Shows a hidden tab. */
  showSheet(): this {
    this.hidden = false;
    return this;
  }

  /** Replaces a chart already on the sheet with its modified version. */
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const fake = fakeOf(chart, FakeEmbeddedChart, 'chart');
    this.charts = this.charts.map((placed) => (placed.chartId === fake.chartId ? fake : placed));
  }

  // --- snapshots for tests ------------------------------------------------------------------

  /** What `fake.charts(tab)` reports. */
  chartSnapshots(): ChartSnapshot[] {
    return this.charts.map((chart) => chart.snapshot());
  }

  /** A grid of one cell attribute over the sheet's used area, uncounted. */
  grid<T>(read: (cell: Cell | undefined) => T, has: (cell: Cell) => boolean): T[][] {
    const { rows, columns } = this.extent(has);
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => read(this.cell(r + 1, c + 1))),
    );
  }

  /** What `fake.values(tab)` reports: getDataRange().getValues(), uncounted. */
  valueSnapshot(): unknown[][] {
    return this.grid(readValue, () => false);
  }
}
