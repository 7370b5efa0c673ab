import type { Cell, OutCell } from '../../src/core/cells';
import type { ChartSpec, TabEdit, Workbook } from '../../src/workbook/port';

/** A tab held in memory: values plus what the add-on asked to be done to it. */
export interface MemoryTab {
  values: Cell[][];
  notes: string[][];
  backgrounds: string[][];
  headerStyle?: { columns: number };
  columns: Map<number, { format?: string; dropdown?: string[] }>;
  protections: NonNullable<TabEdit['protect']>;
  charts: ChartSpec[];
}

function toCell(value: OutCell): Cell {
  if (value !== null && typeof value === 'object') return value.date;
  return value ?? '';
}

/**
 * A Workbook over plain arrays for tests: applies edits faithfully, counts reads and applied
 * batches per tab, and pads every read like getValues() does. Wall-clock dates written by a
 * workflow are stored as their text.
 */
export class MemoryWorkbook implements Workbook {
  readonly tabs = new Map<string, MemoryTab>();
  readonly reads = new Map<string, number>();
  readonly applied: TabEdit[][] = [];

  constructor(
    tabs: Record<string, Cell[][]> = {},
    private readonly zone = 'Asia/Shanghai',
    private readonly cellZone = 'UTC',
  ) {
    for (const [name, values] of Object.entries(tabs))
      this.tabs.set(name, MemoryWorkbook.tab(values));
  }

  private static tab(values: Cell[][]): MemoryTab {
    return {
      values: values.map((row) => [...row]),
      notes: [],
      backgrounds: [],
      columns: new Map(),
      protections: [],
      charts: [],
    };
  }

  timeZone(): string {
    return this.zone;
  }

  cellTimeZone(): string {
    return this.cellZone;
  }

  tabNames(): string[] {
    return [...this.tabs.keys()];
  }

  private must(tab: string): MemoryTab {
    const found = this.tabs.get(tab);
    if (!found) throw new Error(`no tab ${tab}`);
    return found;
  }

  private width(tab: MemoryTab): number {
    return Math.max(0, ...tab.values.map((row) => row.length));
  }

  read(tab: string): Cell[][] {
    this.reads.set(tab, (this.reads.get(tab) ?? 0) + 1);
    const found = this.must(tab);
    const width = this.width(found);
    let height = found.values.length;
    while (height > 0 && found.values[height - 1].every((cell) => cell === '' || cell == null)) {
      height -= 1;
    }
    return found.values
      .slice(0, height)
      .map((row) => Array.from({ length: width }, (_, i) => (row[i] ?? '') as Cell));
  }

  readNotes(tab: string): string[][] {
    const found = this.must(tab);
    return this.read(tab).map((row, r) => row.map((_, c) => found.notes[r]?.[c] ?? ''));
  }

  readBackgrounds(tab: string): string[][] {
    const found = this.must(tab);
    return this.read(tab).map((row, r) =>
      row.map((_, c) => found.backgrounds[r]?.[c] ?? '#ffffff'),
    );
  }

  apply(edits: TabEdit[]): void {
    this.applied.push(edits);
    for (const edit of edits) {
      if (edit.create) {
        if (this.tabs.has(edit.tab)) throw new Error(`tab ${edit.tab} exists`);
        this.tabs.set(edit.tab, MemoryWorkbook.tab([]));
      }
      const tab = this.must(edit.tab);
      if (edit.replace) Object.assign(tab, MemoryWorkbook.tab([]));
      for (const block of edit.blocks ?? []) {
        block.values.forEach((row, r) => {
          const target = (tab.values[block.row - 1 + r] ??= []);
          row.forEach((value, c) => {
            while (target.length < block.column - 1 + c) target.push('');
            target[block.column - 1 + c] = toCell(value);
          });
        });
        for (let r = 0; r < tab.values.length; r += 1) tab.values[r] ??= [];
      }
      if (edit.headerStyle) tab.headerStyle = edit.headerStyle;
      for (const style of edit.columns ?? []) tab.columns.set(style.column, style);
      if (edit.marks) {
        const { row, column, notes, backgrounds } = edit.marks;
        notes.forEach((line, r) =>
          line.forEach((note, c) => {
            (tab.notes[row - 1 + r] ??= [])[column - 1 + c] = note;
          }),
        );
        backgrounds.forEach((line, r) =>
          line.forEach((colour, c) => {
            (tab.backgrounds[row - 1 + r] ??= [])[column - 1 + c] = colour;
          }),
        );
      }
      tab.protections.push(...(edit.protect ?? []));
      tab.charts.push(...(edit.charts ?? []));
    }
  }

  /** The stored values of a tab, trimmed like a read but without counting it. */
  values(tab: string): Cell[][] {
    const count = this.reads.get(tab);
    const values = this.read(tab);
    if (count === undefined) this.reads.delete(tab);
    else this.reads.set(tab, count);
    return values;
  }
}
