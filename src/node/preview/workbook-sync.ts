import type { Cell, OutCell } from '../../core/cells';
import { instantOf, wallClock } from '../../core/dates';
import type { Block, MarkBlock, TabEdit } from '../../workbook/port';
import type { FakeGas } from '../../../tests/fakes/gas';
import { XlsxWorkbook } from '../xlsx-workbook';

/** What the preview knows of one tab: values as Sheets holds them, notes and colours. */
interface TabState {
  values: unknown[][];
  notes: string[][];
  backgrounds: string[][];
}

/** Sheets' own white: a cell with no colour of its own. */
const NO_COLOUR = '#ffffff';

function colourOf(value: unknown): string {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return text === '' || text === 'white' ? NO_COLOUR : text;
}

function at<T>(grid: readonly T[][], row: number, column: number, blank: T): T {
  return grid[row]?.[column] ?? blank;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  const blank = (value: unknown) => value === '' || value === null || value === undefined;
  if (blank(a) && blank(b)) return true;
  return a === b;
}

function extentOf(...grids: ReadonlyArray<readonly unknown[][]>): {
  rows: number;
  columns: number;
} {
  let rows = 0;
  let columns = 0;
  for (const grid of grids) {
    rows = Math.max(rows, grid.length);
    for (const row of grid) columns = Math.max(columns, row.length);
  }
  return { rows, columns };
}

/**
 * Keeps an .xlsx file and the Apps Script fake in step: the file's tabs are loaded into the
 * fake once, and after each server call the cells the call changed (values, notes, colours,
 * new tabs) are written back to the file, so that the file always holds what the sidebars
 * did. Dates cross as wall clocks: the file holds them in UTC, Sheets in the workbook's zone.
 */
export class WorkbookSync {
  private readonly known = new Map<string, TabState>();

  private constructor(
    private readonly file: string,
    private readonly book: XlsxWorkbook,
    readonly timeZone: string,
  ) {}

  /** Opens the workbook file; `load` then puts its tabs into a fake. */
  static async open(file: string): Promise<WorkbookSync> {
    const book = await XlsxWorkbook.open(file);
    return new WorkbookSync(file, book, book.timeZone());
  }

  /** The tabs' values as the fake's `sheets` option takes them, dates in the workbook's zone. */
  sheetValues(): Record<string, unknown[][]> {
    const sheets: Record<string, unknown[][]> = {};
    for (const tab of this.book.tabNames()) {
      sheets[tab] = this.book.read(tab).map((row) => row.map((cell) => this.toSheets(cell)));
    }
    return sheets;
  }

  /**
   * Copies the file's notes and colours into a fake that was installed with `sheetValues()`,
   * then remembers what the file holds, so that later changes are told apart.
   */
  load(fake: FakeGas): void {
    const spreadsheet = SpreadsheetApp.getActive();
    for (const tab of this.book.tabNames()) {
      const notes = this.book.readNotes(tab);
      const backgrounds = this.book.readBackgrounds(tab).map((row) => row.map(colourOf));
      const sheet = spreadsheet.getSheetByName(tab);
      const hasNotes = notes.some((row) => row.some((note) => note !== ''));
      const hasColours = backgrounds.some((row) => row.some((colour) => colour !== NO_COLOUR));
      if (sheet && hasNotes) sheet.getRange(1, 1, notes.length, notes[0].length).setNotes(notes);
      if (sheet && hasColours) {
        sheet.getRange(1, 1, backgrounds.length, backgrounds[0].length).setBackgrounds(backgrounds);
      }
    }
    for (const tab of fake.sheetNames) this.known.set(tab, this.stateOf(fake, tab));
  }

  /**
   * Writes what changed in the fake since the last call to the file, in one batch, and saves
   * it. Returns the tabs written; a tab the fake deleted or renamed stays in the file, since
   * the workbook port cannot remove one (it is named in `lost`).
   */
  async writeBack(fake: FakeGas): Promise<{ written: string[]; lost: string[] }> {
    const edits: TabEdit[] = [];
    const fileTabs = new Set(this.book.tabNames());
    for (const tab of fake.sheetNames) {
      const now = this.stateOf(fake, tab);
      const before = this.known.get(tab);
      const edit =
        before && fileTabs.has(tab) ? this.changes(tab, before, now) : this.created(tab, now);
      if (edit) edits.push(edit);
    }
    const lost = [...fileTabs].filter((tab) => !fake.sheetNames.includes(tab));
    if (edits.length > 0) {
      this.book.apply(edits);
      await this.book.save(this.file);
      for (const edit of edits) this.known.set(edit.tab, this.stateOf(fake, edit.tab));
    }
    return { written: edits.map((edit) => edit.tab), lost };
  }

  private stateOf(fake: FakeGas, tab: string): TabState {
    return {
      values: fake.values(tab),
      notes: fake.notes(tab),
      backgrounds: fake.backgrounds(tab).map((row) => row.map(colourOf)),
    };
  }

  private toSheets(cell: Cell): unknown {
    // The file holds a date as its wall clock in UTC; Sheets holds the instant in its zone.
    if (cell instanceof Date) return instantOf(wallClock(cell, 'UTC'), this.timeZone);
    return cell ?? '';
  }

  private toFile(value: unknown): OutCell {
    if (value instanceof Date) return { date: wallClock(value, this.timeZone) };
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      return value;
    }
    return null;
  }

  /** A new tab: every value, and the notes and colours it has. */
  private created(tab: string, state: TabState): TabEdit {
    const values = state.values.map((row) => row.map((value) => this.toFile(value)));
    const edit: TabEdit = { tab, create: true, blocks: [{ row: 1, column: 1, values }] };
    const marks = this.markBlock({ values: [], notes: [], backgrounds: [] }, state);
    if (marks) edit.marks = marks;
    return edit;
  }

  /** The cells of a tab that changed, as runs of cells along each row, and the marks. */
  private changes(tab: string, before: TabState, now: TabState): TabEdit | null {
    const blocks: Block[] = [];
    const { rows, columns } = extentOf(before.values, now.values);
    for (let r = 0; r < rows; r += 1) {
      let run: { column: number; values: OutCell[] } | null = null;
      for (let c = 0; c <= columns; c += 1) {
        const changed =
          c < columns && !sameValue(at(before.values, r, c, ''), at(now.values, r, c, ''));
        if (changed) {
          run ??= { column: c + 1, values: [] };
          run.values.push(this.toFile(at(now.values, r, c, '')));
        } else if (run) {
          blocks.push({ row: r + 1, column: run.column, values: [run.values] });
          run = null;
        }
      }
    }
    const marks = this.markBlock(before, now);
    if (blocks.length === 0 && !marks) return null;
    return { tab, blocks, ...(marks ? { marks } : {}) };
  }

  /** The smallest rectangle holding every note or colour that changed, as the fake has it. */
  private markBlock(before: TabState, now: TabState): MarkBlock | null {
    const { rows, columns } = extentOf(
      before.notes,
      now.notes,
      before.backgrounds,
      now.backgrounds,
    );
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (let r = 0; r < rows; r += 1) {
      for (let c = 0; c < columns; c += 1) {
        const noteChanged = at(before.notes, r, c, '') !== at(now.notes, r, c, '');
        const colourChanged =
          at(before.backgrounds, r, c, NO_COLOUR) !== at(now.backgrounds, r, c, NO_COLOUR);
        if (!noteChanged && !colourChanged) continue;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
    }
    if (bottom < 0) return null;
    const rect = <T>(grid: readonly T[][], blank: T): T[][] =>
      Array.from({ length: bottom - top + 1 }, (_, i) =>
        Array.from({ length: right - left + 1 }, (_, j) => at(grid, top + i, left + j, blank)),
      );
    return {
      row: top + 1,
      column: left + 1,
      notes: rect(now.notes, ''),
      backgrounds: rect(now.backgrounds, NO_COLOUR),
    };
  }
}
