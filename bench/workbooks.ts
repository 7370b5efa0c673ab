import type { Cell, OutCell } from '../src/core/cells';
import type { TabEdit, Workbook } from '../src/workbook/port';

function toCell(value: OutCell): Cell {
  if (value !== null && typeof value === 'object') return value.date;
  return value ?? '';
}

/**
 * The lightest Workbook there is, so that what is timed is the core: reads hand back the
 * stored rows (the benchmark's rows are all as wide as their header), writes go into them.
 * Dates are wall clock in UTC, as the demo's cells are.
 */
export class BenchWorkbook implements Workbook {
  private readonly notes = new Map<string, string[][]>();
  private readonly backgrounds = new Map<string, string[][]>();

  constructor(private readonly tabs: Map<string, Cell[][]>) {}

  timeZone(): string {
    return 'Asia/Shanghai';
  }

  cellTimeZone(): string {
    return 'UTC';
  }

  tabNames(): string[] {
    return [...this.tabs.keys()];
  }

  read(tab: string): Cell[][] {
    const values = this.tabs.get(tab);
    if (!values) throw new Error(`no tab ${tab}`);
    return values;
  }

  readNotes(tab: string): string[][] {
    return this.grid(this.notes, tab, '');
  }

  readBackgrounds(tab: string): string[][] {
    return this.grid(this.backgrounds, tab, '#ffffff');
  }

  private grid(store: Map<string, string[][]>, tab: string, blank: string): string[][] {
    const values = this.read(tab);
    const kept = store.get(tab) ?? [];
    return values.map((row, r) => row.map((_, c) => kept[r]?.[c] ?? blank));
  }

  apply(edits: TabEdit[]): void {
    for (const edit of edits) {
      if (edit.create && !this.tabs.has(edit.tab)) this.tabs.set(edit.tab, []);
      if (edit.replace) this.tabs.set(edit.tab, []);
      const values = this.read(edit.tab);
      const width = values[0]?.length ?? 0;
      for (const block of edit.blocks ?? []) {
        block.values.forEach((line, r) => {
          const at = block.row - 1 + r;
          while (values.length <= at) values.push(new Array<Cell>(width).fill(''));
          const target = values[at];
          line.forEach((value, c) => (target[block.column - 1 + c] = toCell(value)));
        });
      }
      if (edit.marks) {
        const { row, column, notes, backgrounds } = edit.marks;
        const put = (store: Map<string, string[][]>, cells: string[][]) => {
          const grid = store.get(edit.tab) ?? [];
          cells.forEach((line, r) =>
            line.forEach((text, c) => ((grid[row - 1 + r] ??= [])[column - 1 + c] = text)),
          );
          store.set(edit.tab, grid);
        };
        put(this.notes, notes);
        put(this.backgrounds, backgrounds);
      }
    }
  }
}

/** The tabs a workflow read and what it wrote, to know the floor of its service calls. */
export interface CallFloor {
  /** One call per kind of cell data (values, notes, colours) per tab read. */
  reads: number;
  /** One call per kind of cell data, new tab or cleared tab per tab written. */
  writes: number;
  readTabs: string[];
  writtenTabs: string[];
}

/**
 * A Workbook that passes everything to another and notes what was read and written: no host
 * can move that data in fewer calls than one per tab and kind of data.
 */
export class FloorWorkbook implements Workbook {
  private readonly reads = new Set<string>();
  private readonly writes = new Map<string, Set<string>>();

  constructor(private readonly inner: Workbook) {}

  timeZone(): string {
    return this.inner.timeZone();
  }

  cellTimeZone(): string {
    return this.inner.cellTimeZone();
  }

  tabNames(): string[] {
    return this.inner.tabNames();
  }

  read(tab: string): Cell[][] {
    this.reads.add(`${tab}|values`);
    return this.inner.read(tab);
  }

  readNotes(tab: string): string[][] {
    this.reads.add(`${tab}|notes`);
    return this.inner.readNotes(tab);
  }

  readBackgrounds(tab: string): string[][] {
    this.reads.add(`${tab}|backgrounds`);
    return this.inner.readBackgrounds(tab);
  }

  apply(edits: TabEdit[]): void {
    for (const edit of edits) {
      const kinds = this.writes.get(edit.tab) ?? new Set<string>();
      if (edit.create) kinds.add('create');
      if (edit.replace) kinds.add('clear');
      if (edit.blocks?.some((block) => block.values.length > 0)) kinds.add('values');
      if (edit.headerStyle) kinds.add('header');
      if (edit.marks) {
        kinds.add('notes');
        kinds.add('backgrounds');
      }
      this.writes.set(edit.tab, kinds);
    }
    this.inner.apply(edits);
  }

  /** The floor of what was read and written so far. */
  floor(): CallFloor {
    let writes = 0;
    for (const kinds of this.writes.values()) writes += kinds.size;
    return {
      reads: this.reads.size,
      writes,
      readTabs: [...new Set([...this.reads].map((key) => key.split('|')[0]))],
      writtenTabs: [...this.writes.keys()],
    };
  }
}
