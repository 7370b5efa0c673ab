import { a1Of, overlaps } from './a1-notation';
import type { GridRect } from './a1-notation';
import {
  DEFAULT_BACKGROUND,
  DEFAULT_NUMBER_FORMAT,
  FORMAT_FIELDS,
  displayValue,
  hasContent,
  normalizedColor,
  readValue,
  storedInput,
} from './cell-values';
import type { Cell, CellValue } from './cell-values';
import type { FakeCloud } from './cloud';
import { GasObject } from './counting';
import type { Implements } from './counting';
import { FakeDataValidation } from './data-validation';
import { FakeProtection } from './protection';
import type { FakeSheet } from './sheet';

type RangeMethods =
  | 'activate'
  | 'breakApart'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMergedRanges'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getWidth'
  | 'getWrap'
  | 'isBlank'
  | 'isPartOfMerge'
  | 'merge'
  | 'offset'
  | 'protect'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setWraps';

type Grid<T> = T[][];

/** A block of cells on a sheet (`Range`): reads and writes go to the sheet's cells. */
export class FakeRange
  extends GasObject
  implements Implements<GoogleAppsScript.Spreadsheet.Range, RangeMethods>
{
  readonly gasType = 'Range';

  constructor(
    cloud: FakeCloud,
    readonly sheet: FakeSheet,
    readonly rect: GridRect,
  ) {
    super(cloud);
  }

  // --- the machinery every method shares ----------------------------------------------------

  /** A fresh grid the size of the range, one item per cell. */
  private read<T>(fn: (cell: Cell | undefined) => T): Grid<T> {
    const { row, column, numRows, numColumns } = this.rect;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) => fn(this.sheet.cell(row + r, column + c))),
    );
  }

  /** Applies `fn` to every cell after checking protection; fn may throw before any change. */
  private write(fn: (cell: Cell, r: number, c: number) => void): this {
    this.sheet.assertCanEdit(this.rect);
    const { row, column, numRows, numColumns } = this.rect;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) fn(this.sheet.cellFor(row + r, column + c), r, c);
    }
    return this;
  }

  /** Like `write`, for changes that only remove: cells never stored are left alone. */
  private erase(fn: (cell: Cell) => void): this {
    this.sheet.assertCanEdit(this.rect);
    const { row, column, numRows, numColumns } = this.rect;
    const rows = this.sheet.rows.slice(row - 1, row - 1 + numRows);
    for (const cells of rows) {
      cells?.slice(column - 1, column - 1 + numColumns).forEach((cell) => cell && fn(cell));
    }
    return this;
  }

  /** Throws Sheets' message unless `data` is a grid exactly the range's size. */
  private assertShape(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data) || !data.every(Array.isArray)) {
      throw new Error(
        `The parameters (${typeof data}) don't match the method signature for ` +
          `SpreadsheetApp.Range.${method}.`,
      );
    }
    const { numRows, numColumns } = this.rect;
    if (data.length !== numRows) {
      throw new Error(
        'The number of rows in the data does not match the number of rows in the range. ' +
          `The data has ${data.length} but the range has ${numRows}.`,
      );
    }
    for (const row of data) {
      if (row.length !== numColumns) {
        throw new Error(
          'The number of columns in the data does not match the number of columns in the ' +
            `range. The data has ${row.length} but the range has ${numColumns}.`,
        );
      }
    }
  }

  /** Stores values as Sheets would interpret typing them; validations are checked first. */
  writeValues(values: unknown[][]): this {
    this.sheet.assertCanEdit(this.rect);
    const context = {
      timeZone: this.sheet.spreadsheet.timeZone,
      coerceStrings: this.cloud.settings.coerceStrings,
    };
    const { row, column } = this.rect;
    const stored = values.map((items, r) =>
      items.map((item, c) => {
        const cell = this.sheet.cell(row + r, column + c);
        const next = storedInput(item, cell?.numberFormat, context);
        const rule = cell?.validation;
        if (rule && !rule.settings.allowInvalid && !next.formula && !rule.accepts(next.value)) {
          const a1 = a1Of({ row: row + r, column: column + c, numRows: 1, numColumns: 1 });
          throw new Error(
            `The data you entered in cell ${a1} violates the data validation rules set on ` +
              'this cell.',
          );
        }
        return next;
      }),
    );
    return this.write((cell, r, c) => {
      const { value, formula } = stored[r][c];
      if (formula) {
        cell.formula = formula;
        delete cell.value;
      } else {
        cell.value = value;
        delete cell.formula;
      }
    });
  }

  /** The values, uncounted (for validation rules that read a range). */
  readValues(): Grid<CellValue> {
    return this.read(readValue);
  }

  private fill<T>(value: T): Grid<T> {
    return Array.from({ length: this.rect.numRows }, () =>
      new Array<T>(this.rect.numColumns).fill(value),
    );
  }

  // --- values and formulas -------------------------------------------------------------------

  /** The values: numbers, strings, booleans, Dates (copies); '' for empty cells. */
  getValues(): Grid<CellValue> {
    return this.read(readValue);
  }

  /** Writes a grid the exact size of the range; see `storedInput` for how strings are read. */
  setValues(values: unknown[][]): this {
    this.assertShape(values, 'setValues');
    return this.writeValues(values);
  }

  /** The top-left value. */
  getValue(): CellValue {
    return readValue(this.sheet.cell(this.rect.row, this.rect.column));
  }

  /** Writes one value into every cell of the range. */
  setValue(value: unknown): this {
    return this.writeValues(this.fill(value));
  }

  /** The values as shown, as strings. */
  getDisplayValues(): Grid<string> {
    const timeZone = this.sheet.spreadsheet.timeZone;
    return this.read((cell) => displayValue(cell, timeZone));
  }

  /** The top-left value as shown. */
  getDisplayValue(): string {
    return displayValue(
      this.sheet.cell(this.rect.row, this.rect.column),
      this.sheet.spreadsheet.timeZone,
    );
  }

  /** The formulas, '' where a cell has none. */
  getFormulas(): Grid<string> {
    return this.read((cell) => cell?.formula ?? '');
  }

  /** The top-left formula, or ''. */
  getFormula(): string {
    return this.sheet.cell(this.rect.row, this.rect.column)?.formula ?? '';
  }

  /** Writes formulas; a string without '=' is written as a value. */
  setFormulas(formulas: string[][]): this {
    this.assertShape(formulas, 'setFormulas');
    return this.writeValues(formulas);
  }

  /** Writes one formula into every cell (references are not shifted, unlike Sheets). */
  setFormula(formula: string): this {
    return this.writeValues(this.fill(formula));
  }

  // --- notes and formats ---------------------------------------------------------------------

  /** The notes, '' where none. */
  getNotes(): Grid<string> {
    return this.read((cell) => cell?.note ?? '');
  }

  /** The top-left note, or ''. */
  getNote(): string {
    return this.sheet.cell(this.rect.row, this.rect.column)?.note ?? '';
  }

  /** Writes notes; '' or null removes one. */
  setNotes(notes: unknown[][]): this {
    this.assertShape(notes, 'setNotes');
    return this.write((cell, r, c) => {
      const note = notes[r][c];
      if (note === null || note === undefined || note === '') delete cell.note;
      else cell.note = String(note);
    });
  }

  /** Writes one note into every cell; '' or null removes it. */
  setNote(note: string | null): this {
    return this.setNotes(this.fill(note));
  }

  /** The background colours, '#ffffff' where none. */
  getBackgrounds(): Grid<string> {
    return this.read((cell) => cell?.background ?? DEFAULT_BACKGROUND);
  }

  /** The top-left background colour. */
  getBackground(): string {
    return this.sheet.cell(this.rect.row, this.rect.column)?.background ?? DEFAULT_BACKGROUND;
  }

  /** Colours cells ('#rrggbb' or a CSS name); null resets. */
  setBackgrounds(colors: Array<Array<string | null>>): this {
    this.assertShape(colors, 'setBackgrounds');
    return this.write((cell, r, c) => {
      const color = colors[r][c];
      if (color === null || color === '') delete cell.background;
      else cell.background = normalizedColor(color);
    });
  }

  /** Colours every cell; null resets. */
  setBackground(color: string | null): this {
    return this.setBackgrounds(this.fill(color));
  }

  private setFormat<K extends (typeof FORMAT_FIELDS)[number]>(
    field: K,
    values: Grid<Cell[K] | null>,
    method: string,
  ): this {
    this.assertShape(values, method);
    return this.write((cell, r, c) => {
      const value = values[r][c];
      if (value === null || value === undefined) delete cell[field];
      else cell[field] = value as Cell[K];
    });
  }

  /** 'bold' or 'normal' (null resets) for every cell. */
  setFontWeight(fontWeight: string | null): this {
    return this.setFormat('fontWeight', this.fill(fontWeight), 'setFontWeight');
  }

  /** Font weights cell by cell. */
  setFontWeights(fontWeights: Array<Array<string | null>>): this {
    return this.setFormat('fontWeight', fontWeights, 'setFontWeights');
  }

  /** The top-left font weight. */
  getFontWeight(): string {
    return this.sheet.cell(this.rect.row, this.rect.column)?.fontWeight ?? 'normal';
  }

  /** Font weights cell by cell, 'normal' by default. */
  getFontWeights(): Grid<string> {
    return this.read((cell) => cell?.fontWeight ?? 'normal');
  }

  /** Font colour for every cell. */
  setFontColor(color: string | null): this {
    return this.setFontColors(this.fill(color));
  }

  /** Font colours cell by cell. */
  setFontColors(colors: Array<Array<string | null>>): this {
    const normalized = colors.map((row) =>
      row.map((color) => (color ? normalizedColor(color) : null)),
    );
    return this.setFormat('fontColor', normalized, 'setFontColors');
  }

  /** 'italic' or 'normal' for every cell. */
  setFontStyle(fontStyle: string | null): this {
    return this.setFormat('fontStyle', this.fill(fontStyle), 'setFontStyle');
  }

  /** A number format (e.g. '0.00', '@' for plain text) for every cell. */
  setNumberFormat(numberFormat: string): this {
    return this.setFormat('numberFormat', this.fill(numberFormat), 'setNumberFormat');
  }

  /** Number formats cell by cell. */
  setNumberFormats(numberFormats: string[][]): this {
    return this.setFormat('numberFormat', numberFormats, 'setNumberFormats');
  }

  /** The top-left number format. */
  getNumberFormat(): string {
    return this.sheet.cell(this.rect.row, this.rect.column)?.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  }

  /** Number formats cell by cell ('0.###############' when unformatted). */
  getNumberFormats(): Grid<string> {
    return this.read((cell) => cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }

  /** Wraps text in every cell (or stops wrapping). */
  setWrap(isWrapEnabled: boolean): this {
    return this.setFormat('wrap', this.fill(isWrapEnabled), 'setWrap');
  }

  /** Wrapping cell by cell. */
  setWraps(isWrapEnabled: boolean[][]): this {
    return this.setFormat('wrap', isWrapEnabled, 'setWraps');
  }

  /** Whether the top-left cell wraps. */
  getWrap(): boolean {
    return this.sheet.cell(this.rect.row, this.rect.column)?.wrap ?? false;
  }

  /** 'left', 'center', 'right' or 'normal' (null resets). */
  setHorizontalAlignment(alignment: string | null): this {
    return this.setFormat('horizontalAlignment', this.fill(alignment), 'setHorizontalAlignment');
  }

  /** The top-left horizontal alignment ('general' by default). */
  getHorizontalAlignment(): string {
    return this.sheet.cell(this.rect.row, this.rect.column)?.horizontalAlignment ?? 'general';
  }

  /** 'top', 'middle' or 'bottom' (null resets). */
  setVerticalAlignment(alignment: string | null): this {
    return this.setFormat('verticalAlignment', this.fill(alignment), 'setVerticalAlignment');
  }

  /** The top-left vertical alignment ('bottom' by default). */
  getVerticalAlignment(): string {
    return this.sheet.cell(this.rect.row, this.rect.column)?.verticalAlignment ?? 'bottom';
  }

  // --- data validation -----------------------------------------------------------------------

  /** One rule (or null to remove) for every cell. */
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    return this.setDataValidations(this.fill(rule));
  }

  /** Rules cell by cell; null removes. */
  setDataValidations(
    rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>,
  ): this {
    this.assertShape(rules, 'setDataValidations');
    const fakes = (rules as unknown[][]).map((row) =>
      row.map((rule) => {
        if (rule === null || rule === undefined) return null;
        if (rule instanceof FakeDataValidation) return rule;
        throw new Error('Invalid argument: rule');
      }),
    );
    return this.write((cell, r, c) => {
      const rule = fakes[r][c];
      if (rule) cell.validation = rule;
      else delete cell.validation;
    });
  }

  /** The top-left cell's rule, or null. */
  getDataValidation(): FakeDataValidation | null {
    return this.sheet.cell(this.rect.row, this.rect.column)?.validation ?? null;
  }

  /** Rules cell by cell, null where none. */
  getDataValidations(): Grid<FakeDataValidation | null> {
    return this.read((cell) => cell?.validation ?? null);
  }

  /** Removes every rule in the range. */
  clearDataValidations(): this {
    return this.erase((cell) => delete cell.validation);
  }

  // --- clearing ------------------------------------------------------------------------------

  /** Clears values and formulas, keeping formats. */
  clearContent(): this {
    return this.erase((cell) => {
      delete cell.value;
      delete cell.formula;
    });
  }

  /** Clears contents and formats; options narrow it to contents, formats, notes or rules. */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): this {
    const narrowed =
      options &&
      (options.contentsOnly ||
        options.formatOnly ||
        options.commentsOnly ||
        options.validationsOnly);
    return this.erase((cell) => {
      if (!narrowed || options.contentsOnly) {
        delete cell.value;
        delete cell.formula;
      }
      if (!narrowed || options.formatOnly) FORMAT_FIELDS.forEach((field) => delete cell[field]);
      if (narrowed && options.commentsOnly) delete cell.note;
      if (narrowed && options.validationsOnly) delete cell.validation;
    });
  }

  /** Removes the notes. */
  clearNote(): this {
    return this.erase((cell) => delete cell.note);
  }

  /** Removes formatting, keeping values. */
  clearFormat(): this {
    return this.erase((cell) => FORMAT_FIELDS.forEach((field) => delete cell[field]));
  }

  // --- position ------------------------------------------------------------------------------

  /** 1-based first row. */
  getRow(): number {
    return this.rect.row;
  }

  /** 1-based first column. */
  getColumn(): number {
    return this.rect.column;
  }

  /** Rows in the range. */
  getNumRows(): number {
    return this.rect.numRows;
  }

  /** Columns in the range. */
  getNumColumns(): number {
    return this.rect.numColumns;
  }

  /** Rows in the range (the old name). */
  getHeight(): number {
    return this.rect.numRows;
  }

  /** Columns in the range (the old name). */
  getWidth(): number {
    return this.rect.numColumns;
  }

  /** The range's last row (not the last row with content). */
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }

  /** The range's last column. */
  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }

  /** 'B5' or 'A1:C3', without the sheet name. */
  getA1Notation(): string {
    return a1Of(this.rect);
  }

  /** The sheet the range is on. */
  getSheet(): FakeSheet {
    return this.sheet;
  }

  /** The sheet id. */
  getGridId(): number {
    return this.sheet.sheetId;
  }

  /** One cell of the range, 1-based relative to its top-left corner. */
  getCell(row: number, column: number): FakeRange {
    if (row > this.rect.numRows || column > this.rect.numColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.sheet.rangeAt(this.rect.row + row - 1, this.rect.column + column - 1);
  }

  /** A range moved by offsets, optionally resized. */
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): FakeRange {
    return this.sheet.rangeAt(
      this.rect.row + rowOffset,
      this.rect.column + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numColumns,
    );
  }

  /** Whether no cell holds a value or formula. */
  isBlank(): boolean {
    return this.read((cell) => hasContent(cell)).every((row) => row.every((filled) => !filled));
  }

  /** Selects the range (and its sheet). */
  activate(): this {
    this.sheet.spreadsheet.activate(this.sheet, this);
    return this;
  }

  // --- merges and protection -----------------------------------------------------------------

  /** Merges the cells; as in Sheets only the top-left value survives. */
  merge(): this {
    this.write((cell, r, c) => {
      if (r > 0 || c > 0) {
        delete cell.value;
        delete cell.formula;
      }
    });
    this.sheet.merges = this.sheet.merges.filter((merged) => !overlaps(merged, this.rect));
    this.sheet.merges.push({ ...this.rect });
    return this;
  }

  /** Splits merged cells in the range. */
  breakApart(): this {
    this.sheet.assertCanEdit(this.rect);
    this.sheet.merges = this.sheet.merges.filter((merged) => !overlaps(merged, this.rect));
    return this;
  }

  /** Whether any cell of the range is merged. */
  isPartOfMerge(): boolean {
    return this.sheet.merges.some((merged) => overlaps(merged, this.rect));
  }

  /** The merged blocks touching the range. */
  getMergedRanges(): FakeRange[] {
    return this.sheet.merges
      .filter((merged) => overlaps(merged, this.rect))
      .map((merged) => new FakeRange(this.cloud, this.sheet, { ...merged }));
  }

  /**
   * Protects the range. As in Sheets, until editors are changed the protection mirrors the
   * spreadsheet's editors, so it restricts no one yet.
   */
  protect(): FakeProtection {
    this.sheet.assertCanEdit(this.rect);
    const protection = new FakeProtection(this.cloud, 'RANGE', this.sheet, { ...this.rect });
    this.sheet.spreadsheet.protections.push(protection);
    return protection;
  }
}
