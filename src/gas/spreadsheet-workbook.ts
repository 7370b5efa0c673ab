import type { Cell, OutCell } from '../core/cells';
import type { Block, ChartSpec, MarkBlock, TabEdit, Workbook } from '../workbook/port';
import { anyInterpreted, toSheetValue } from './sheet-values';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Google's own light grey of header rows. */
const HEADER_BACKGROUND = '#f3f3f3';

/** The size a rectangle of rows needs, 0 × 0 when it is empty. */
function extent(values: readonly unknown[][]): { height: number; width: number } {
  const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  return { height: width === 0 ? 0 : values.length, width };
}

function padded<T>(values: readonly T[][], width: number, fill: T): T[][] {
  return values.map((row) =>
    row.length === width ? [...row] : [...row, ...new Array<T>(width - row.length).fill(fill)],
  );
}

/**
 * The Workbook port over SpreadsheetApp, for one execution. Reads are one `getValues()` per
 * tab, remembered so that no tab is read twice; writes are one `setValues()` per block, and
 * the other changes of a tab are a fixed number of calls whatever its row count.
 */
export class SpreadsheetWorkbook implements Workbook {
  private readonly spreadsheet: Spreadsheet;
  private readonly sheets = new Map<string, Sheet>();
  private readonly values = new Map<string, Cell[][]>();
  private readonly notes = new Map<string, string[][]>();
  private readonly backgrounds = new Map<string, string[][]>();
  private names: string[] | null = null;
  private zone: string | null = null;

  constructor(spreadsheet: Spreadsheet) {
    this.spreadsheet = spreadsheet;
  }

  /** The spreadsheet's time zone: "today", file names and written dates follow it. */
  timeZone(): string {
    this.zone ??= this.spreadsheet.getSpreadsheetTimeZone();
    return this.zone;
  }

  /** Sheets hands Date cells as instants shown in the spreadsheet's zone. */
  cellTimeZone(): string {
    return this.timeZone();
  }

  /** Tab names in order, from one `getSheets()` per execution. */
  tabNames(): string[] {
    if (!this.names) {
      const sheets = this.spreadsheet.getSheets();
      this.names = sheets.map((sheet) => sheet.getName());
      sheets.forEach((sheet, i) => this.sheets.set(this.names![i], sheet));
    }
    return [...this.names];
  }

  /** Every value of a tab's used range, from one `getValues()`. */
  read(tab: string): Cell[][] {
    let values = this.values.get(tab);
    if (!values) {
      values = this.sheet(tab).getDataRange().getValues() as Cell[][];
      this.values.set(tab, values);
    }
    return values;
  }

  /** The notes of a tab's used range, from one `getNotes()`. */
  readNotes(tab: string): string[][] {
    let notes = this.notes.get(tab);
    if (!notes) {
      notes = this.sheet(tab).getDataRange().getNotes();
      this.notes.set(tab, notes);
    }
    return notes;
  }

  /** The background colours of a tab's used range, from one `getBackgrounds()`. */
  readBackgrounds(tab: string): string[][] {
    let backgrounds = this.backgrounds.get(tab);
    if (!backgrounds) {
      backgrounds = this.sheet(tab).getDataRange().getBackgrounds();
      this.backgrounds.set(tab, backgrounds);
    }
    return backgrounds;
  }

  /** Applies every tab's changes, one tab after the other. */
  apply(edits: TabEdit[]): void {
    for (const edit of edits) {
      this.applyTab(edit);

      // What was read of a tab no longer says what it holds.
      this.values.delete(edit.tab);
      this.notes.delete(edit.tab);
      this.backgrounds.delete(edit.tab);
    }
  }

  private sheet(tab: string): Sheet {
    if (!this.names) this.tabNames();
    let sheet = this.sheets.get(tab);
    if (!sheet) {
      sheet = this.spreadsheet.getSheetByName(tab) ?? undefined;
      if (!sheet) throw new Error(`The spreadsheet has no tab named "${tab}"`);
      this.sheets.set(tab, sheet);
    }
    return sheet;
  }

  private create(tab: string): Sheet {
    const names = this.tabNames();
    if (names.includes(tab)) return this.sheet(tab);
    const sheet = this.spreadsheet.insertSheet(tab, names.length);
    this.names = [...names, tab];
    this.sheets.set(tab, sheet);
    return sheet;
  }

  private applyTab(edit: TabEdit): void {
    const sheet = edit.create ? this.create(edit.tab) : this.sheet(edit.tab);
    if (edit.replace) {
      sheet.clear();
      for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    }

    const blocks = (edit.blocks ?? []).filter((block) => extent(block.values).height > 0);
    const size = this.makeRoom(sheet, edit, blocks);
    for (const block of blocks) this.writeBlock(sheet, block);

    if (edit.headerStyle && edit.headerStyle.columns > 0) {
      sheet
        .getRange(1, 1, 1, edit.headerStyle.columns)
        .setFontWeight('bold')
        .setBackground(HEADER_BACKGROUND);
      sheet.setFrozenRows(1);
    }
    if (edit.columns?.length && size.rows > 1) this.styleColumns(sheet, edit, size.rows);
    if (edit.marks) this.writeMarks(sheet, edit.marks);
    for (const protection of edit.protect ?? []) this.protect(sheet, protection);
    for (const chart of edit.charts ?? []) this.insertChart(sheet, chart, !edit.replace);
  }

  /**
   * Grows the grid, in at most one call for rows and one for columns, so that every block,
   * mark and styled column of the edit fits. Returns the grid's size afterwards.
   */
  private makeRoom(
    sheet: Sheet,
    edit: TabEdit,
    blocks: Block[],
  ): { rows: number; columns: number } {
    let rows = 1;
    let columns = edit.headerStyle?.columns ?? 1;
    const reach = (row: number, column: number, values: readonly unknown[][]) => {
      const { height, width } = extent(values);
      if (height === 0) return;
      rows = Math.max(rows, row + height - 1);
      columns = Math.max(columns, column + width - 1);
    };
    for (const block of blocks) reach(block.row, block.column, block.values);
    if (edit.marks) reach(edit.marks.row, edit.marks.column, edit.marks.notes);
    for (const style of edit.columns ?? []) columns = Math.max(columns, style.column);

    const maxRows = sheet.getMaxRows();
    const maxColumns = sheet.getMaxColumns();
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    return { rows: Math.max(rows, maxRows), columns: Math.max(columns, maxColumns) };
  }

  private writeBlock(sheet: Sheet, block: Block): void {
    const { height, width } = extent(block.values);
    const range = sheet.getRange(block.row, block.column, height, width);
    const values = padded<OutCell>(block.values, width, '');
    const zone = this.timeZone();

    // Cells already formatted as plain text interpret nothing and would keep an apostrophe.
    const formats = anyInterpreted(values) ? range.getNumberFormats() : null;
    range.setValues(
      values.map((row, r) =>
        row.map((cell, c) => toSheetValue(cell, zone, formats?.[r]?.[c] === '@')),
      ),
    );
  }

  private styleColumns(sheet: Sheet, edit: TabEdit, rows: number): void {
    const rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
    for (const style of edit.columns ?? []) {
      const range = sheet.getRange(2, style.column, rows - 1, 1);
      if (style.format) range.setNumberFormat(style.format);
      if (style.dropdown?.length) {
        const key = JSON.stringify(style.dropdown);
        let rule = rules.get(key);
        if (!rule) {
          // Typed values outside the list only warn: people adopt sheets with old spellings.
          rule = SpreadsheetApp.newDataValidation()
            .requireValueInList(style.dropdown, true)
            .setAllowInvalid(true)
            .build();
          rules.set(key, rule);
        }
        range.setDataValidation(rule);
      }
    }
  }

  /**
   * The rows of a sheet the running user may not edit, as spans: rows protected for others
   * (approved products), or every row when the whole sheet is.
   */
  private lockedRows(sheet: Sheet): Array<{ from: number; to: number }> {
    const sheetLock = sheet
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)
      .some((protection) => !protection.canEdit());
    if (sheetLock) return [{ from: 1, to: Number.MAX_SAFE_INTEGER }];
    return sheet
      .getProtections(SpreadsheetApp.ProtectionType.RANGE)
      .filter((protection) => !protection.canEdit())
      .map((protection) => {
        const range = protection.getRange();
        return { from: range.getRow(), to: range.getLastRow() };
      });
  }

  /**
   * Writes validation marks, one notes and one colours call per run of rows the user may edit:
   * marks only advise, so rows protected for others keep the marks they had rather than
   * failing the whole validation.
   */
  private writeMarks(sheet: Sheet, marks: MarkBlock): void {
    const notes = extent(marks.notes);
    const backgrounds = extent(marks.backgrounds);
    const height = Math.max(notes.height, backgrounds.height);
    const width = Math.max(notes.width, backgrounds.width);
    if (height === 0) return;
    const allNotes = padded(
      marks.notes.concat(new Array(height - notes.height).fill([])),
      width,
      '',
    );
    const allColours = padded(
      marks.backgrounds.concat(new Array(height - backgrounds.height).fill([])),
      width,
      '',
    ).map((row) => row.map((colour) => (colour === '' ? null : colour)));

    const locked = this.lockedRows(sheet);
    const free = (r: number) => {
      const row = marks.row + r;
      return !locked.some((span) => span.from <= row && row <= span.to);
    };
    for (let r = 0; r < height;) {
      if (!free(r)) {
        r += 1;
        continue;
      }
      let end = r;
      while (end + 1 < height && free(end + 1)) end += 1;
      const range = sheet.getRange(marks.row + r, marks.column, end - r + 1, width);
      range.setNotes(allNotes.slice(r, end + 1));
      range.setBackgrounds(allColours.slice(r, end + 1));
      r = end + 1;
    }
  }

  private protect(sheet: Sheet, wanted: NonNullable<TabEdit['protect']>[number]): void {
    const type = wanted.rows
      ? SpreadsheetApp.ProtectionType.RANGE
      : SpreadsheetApp.ProtectionType.SHEET;

    // A re-run replaces its own protection instead of stacking another one.
    for (const existing of sheet.getProtections(type)) {
      if (existing.getDescription() === wanted.description) existing.remove();
    }
    const protection = wanted.rows
      ? sheet
          .getRange(
            wanted.rows.from,
            1,
            wanted.rows.to - wanted.rows.from + 1,
            sheet.getMaxColumns(),
          )
          .protect()
      : sheet.protect();
    protection.setDescription(wanted.description);

    // The person running the action stays an editor, or they could not finish setting it up.
    const keep = new Set([...wanted.editors, Session.getEffectiveUser().getEmail()]);
    protection.addEditors([...keep].filter((email) => email !== ''));
    const others = protection.getEditors().filter((user) => !keep.has(user.getEmail()));
    if (others.length > 0) protection.removeEditors(others.map((user) => user.getEmail()));
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
  }

  private insertChart(sheet: Sheet, spec: ChartSpec, replaceSameTitle: boolean): void {
    if (replaceSameTitle) {
      for (const chart of sheet.getCharts()) {
        if (chart.getOptions().get('title') === spec.title) sheet.removeChart(chart);
      }
    }
    const kinds = {
      column: Charts.ChartType.COLUMN,
      line: Charts.ChartType.LINE,
      pie: Charts.ChartType.PIE,
    };
    const range = spec.range.includes('!')
      ? this.spreadsheet.getRange(spec.range)
      : sheet.getRange(spec.range);
    const chart = sheet
      .newChart()
      .setChartType(kinds[spec.kind])
      .addRange(range)
      .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
      .setOption('title', spec.title)
      .build();
    sheet.insertChart(chart);
  }
}
