import type { Cell, OutCell } from '../core/cells';
import type { TabEdit, Workbook } from '../workbook/port';
import { planRowWrites, setCell } from './row-writes';
import type { CellChanges } from './row-writes';

/**
 * A job's writes held back until its last chunk: a workflow run on a StagedWorkbook reads the
 * real sheets with what earlier chunks wrote laid over them, and its own writes are kept
 * instead of written. `stagedEdits` turns everything kept into the one final write.
 */

/** What a job staged on one tab, in a form that survives JSON. */
export interface StagedTab {
  /** The tab did not exist: the final write creates it. */
  create: boolean;
  /** Header styling asked for when the tab was created. */
  headerColumns: number | null;
  /** The tab's used rows when it was first staged: rows below them are appended rows. */
  baseRows: number;
  /** Runs of staged cells: [row, first column, values], both 1-based. */
  runs: Array<[number, number, OutCell[]]>;
}

/** Everything a job staged, by tab name. */
export type Staged = Record<string, StagedTab>;

/** Rearranges the appended rows of a tab before the final write (they arrive in chunk order). */
export type AppendedOrder = (tab: string, rows: OutCell[][]) => OutCell[][];

function usedRows(values: readonly Cell[][]): number {
  let rows = values.length;
  while (rows > 0 && values[rows - 1].every((cell) => cell === '' || cell == null)) rows -= 1;
  return rows;
}

function readBack(value: OutCell): Cell {
  if (value !== null && typeof value === 'object') return value.date;
  return value ?? '';
}

/** Cell maps of a staged tab: row → column → value. */
function cellsOf(tab: StagedTab): CellChanges {
  const cells: CellChanges = new Map();
  for (const [row, column, values] of tab.runs) {
    values.forEach((value, i) => setCell(cells, row, column + i, value));
  }
  return cells;
}

function runsOf(cells: CellChanges): Array<[number, number, OutCell[]]> {
  const runs: Array<[number, number, OutCell[]]> = [];
  for (const row of [...cells.keys()].sort((a, b) => a - b)) {
    const line = cells.get(row)!;
    const columns = [...line.keys()].sort((a, b) => a - b);
    let run: [number, number, OutCell[]] | null = null;
    for (const column of columns) {
      if (run && run[1] + run[2].length === column) run[2].push(line.get(column)!);
      else {
        run = [row, column, [line.get(column)!]];
        runs.push(run);
      }
    }
  }
  return runs;
}

/**
 * A Workbook whose writes are staged, not made. `views` may narrow what a workflow reads of a
 * tab (rows outside the view read as blank, so row numbers stay true); a viewed tab cannot be
 * written.
 */
export class StagedWorkbook implements Workbook {
  private readonly tabs = new Map<string, { tab: StagedTab; cells: CellChanges }>();
  private readonly cache = new Map<string, Cell[][]>();

  constructor(
    private readonly base: Workbook,
    staged: Staged = {},
    private readonly views: Record<string, (values: Cell[][]) => Cell[][]> = {},
  ) {
    for (const [name, tab] of Object.entries(staged)) {
      this.tabs.set(name, { tab: { ...tab, runs: [] }, cells: cellsOf(tab) });
    }
  }

  /** The base workbook's zone of "today". */
  timeZone(): string {
    return this.base.timeZone();
  }

  /** The base workbook's zone of Date cells. */
  cellTimeZone(): string {
    return this.base.cellTimeZone();
  }

  /** The base workbook's tabs, then those the job created. */
  tabNames(): string[] {
    const names = this.base.tabNames();
    for (const [name, { tab }] of this.tabs)
      if (tab.create && !names.includes(name)) names.push(name);
    return names;
  }

  /** A tab's values with the staged cells laid over them. */
  read(tab: string): Cell[][] {
    let values = this.cache.get(tab);
    if (values) return values;
    const staged = this.tabs.get(tab);
    values = staged?.tab.create ? [] : this.base.read(tab);
    if (staged && staged.cells.size > 0) {
      values = values.map((row) => [...row]);
      let width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
      for (const [row, line] of staged.cells) {
        const target = (values[row - 1] ??= []);
        for (const [column, value] of line) {
          target[column - 1] = readBack(value);
          width = Math.max(width, column);
        }
      }
      // Padded like getValues(): every row as wide as the widest.
      for (let r = 0; r < values.length; r += 1) {
        const row = (values[r] ??= []);
        for (let c = 0; c < width; c += 1) if (row[c] === undefined) row[c] = '';
      }
    }
    const view = this.views[tab];
    if (view) values = view(values);
    this.cache.set(tab, values);
    return values;
  }

  /** The base tab's notes (a created tab has none). */
  readNotes(tab: string): string[][] {
    return this.tabs.get(tab)?.tab.create ? [] : this.base.readNotes(tab);
  }

  /** The base tab's colours (a created tab has none). */
  readBackgrounds(tab: string): string[][] {
    return this.tabs.get(tab)?.tab.create ? [] : this.base.readBackgrounds(tab);
  }

  /** Stages values, created tabs and header styling; other changes cannot wait for later. */
  apply(edits: TabEdit[]): void {
    for (const edit of edits) {
      if (this.views[edit.tab]) throw new Error(`${edit.tab} is only read in this job`);
      if (edit.replace || edit.marks || edit.protect?.length || edit.charts?.length) {
        throw new Error(`${edit.tab}: a job stages values only, not this change`);
      }
      let staged = this.tabs.get(edit.tab);
      if (!staged) {
        const exists = this.base.tabNames().includes(edit.tab);
        if (!exists && !edit.create) throw new Error(`The workbook has no tab named "${edit.tab}"`);
        staged = {
          tab: {
            create: !exists,
            headerColumns: null,
            baseRows: exists ? usedRows(this.base.read(edit.tab)) : 0,
            runs: [],
          },
          cells: new Map(),
        };
        this.tabs.set(edit.tab, staged);
      }
      if (edit.headerStyle && staged.tab.create)
        staged.tab.headerColumns = edit.headerStyle.columns;
      for (const block of edit.blocks ?? []) {
        block.values.forEach((line, r) =>
          line.forEach((value, c) =>
            setCell(staged!.cells, block.row + r, block.column + c, value),
          ),
        );
      }
      for (const style of edit.columns ?? []) {
        if (style.format || style.dropdown?.length) {
          throw new Error(`${edit.tab}: a job stages values only, not column styles`);
        }
      }
      this.cache.delete(edit.tab);
    }
  }

  /**
   * Tabs whose used rows are no longer those counted when the job first staged them: someone
   * added or removed rows between two executions, and the staged rows no longer line up.
   */
  drifted(): string[] {
    const names = this.base.tabNames();
    return [...this.tabs]
      .filter(([name, { tab }]) =>
        tab.create ? names.includes(name) : usedRows(this.base.read(name)) !== tab.baseRows,
      )
      .map(([name]) => name);
  }

  /** Everything staged so far, ready to save. */
  staged(): Staged {
    const staged: Staged = {};
    for (const [name, { tab, cells }] of this.tabs) staged[name] = { ...tab, runs: runsOf(cells) };
    return staged;
  }
}

/**
 * The one write that carries out everything a job staged, planned against the workbook as it
 * is now: staged cells of existing rows become cell changes (dropped where the sheet already
 * holds the value), rows staged below a tab's used rows are appended under its last row, and a
 * tab the job created is written whole.
 */
export function stagedEdits(
  workbook: Workbook,
  staged: Staged,
  order: AppendedOrder = (_tab, rows) => rows,
): TabEdit[] {
  const edits: TabEdit[] = [];
  const names = workbook.tabNames();
  for (const [name, tab] of Object.entries(staged)) {
    const cells = cellsOf(tab);
    if (cells.size === 0) continue;
    const rows = [...cells.keys()].sort((a, b) => a - b);
    const lineOf = (row: number): OutCell[] => {
      const line = cells.get(row)!;
      const width = Math.max(...line.keys());
      return Array.from({ length: width }, (_, c) => line.get(c + 1) ?? '');
    };

    if (tab.create && !names.includes(name)) {
      const height = rows[rows.length - 1];
      const values = Array.from({ length: height }, (_, r) =>
        cells.has(r + 1) ? lineOf(r + 1) : [],
      );
      const width = values.reduce((widest, line) => Math.max(widest, line.length), 0);
      const edit: TabEdit = {
        tab: name,
        create: true,
        blocks: [{ row: 1, column: 1, values: values.map((line) => padTo(line, width)) }],
      };
      if (tab.headerColumns) edit.headerStyle = { columns: tab.headerColumns };
      edits.push(edit);
      continue;
    }

    const changes: CellChanges = new Map();
    const appended: OutCell[][] = [];
    for (const row of rows) {
      if (row <= tab.baseRows) changes.set(row, cells.get(row)!);
      else appended.push(lineOf(row));
    }
    const blocks = planRowWrites(
      workbook.read(name),
      changes,
      order(name, appended),
      workbook.cellTimeZone(),
    );
    if (blocks.length > 0) edits.push({ tab: name, blocks });
  }
  return edits;
}

function padTo(line: OutCell[], width: number): OutCell[] {
  return line.length >= width
    ? line
    : [...line, ...new Array<OutCell>(width - line.length).fill('')];
}
