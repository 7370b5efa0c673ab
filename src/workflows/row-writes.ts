import type { Cell, OutCell } from '../core/cells';
import { parseDateText, wallClock } from '../core/dates';
import type { Block } from '../workbook/port';

/** Cell changes to a tab: row number → column number (both 1-based) → new value. */
export type CellChanges = Map<number, Map<number, OutCell>>;

/** Records that a cell should hold a value. */
export function setCell(changes: CellChanges, row: number, column: number, value: OutCell): void {
  let cells = changes.get(row);
  if (!cells) {
    cells = new Map();
    changes.set(row, cells);
  }
  cells.set(column, value);
}

/** A cell as read, to be written back unchanged (Dates as their wall clock in the read zone). */
function unchanged(cell: Cell, readZone: string): OutCell {
  if (cell instanceof Date) return { date: wallClock(cell, readZone) };
  return cell ?? '';
}

function equal(before: Cell, after: OutCell, readZone: string): boolean {
  if (after !== null && typeof after === 'object') {
    if (before instanceof Date) return wallClock(before, readZone).startsWith(after.date);
    const text = typeof before === 'string' ? (parseDateText(before) ?? before) : '';
    return text !== '' && text.startsWith(after.date);
  }
  return !(before instanceof Date) && String(before ?? '') === String(after ?? '');
}

/**
 * Turns cell changes into as few value blocks as possible: one rectangle spanning every
 * changed cell, with the cells inside it that do not change written back as read, and one
 * block of appended rows below the last used row. A change equal to what the cell holds is
 * dropped, so a re-run writes nothing. When `formulas` shows a formula inside the rectangle
 * that is not itself changed, the rectangle is split into one block per changed row, so a
 * formula is never replaced by its value.
 */
export function planRowWrites(
  current: Cell[][],
  changes: CellChanges,
  appended: OutCell[][],
  readZone: string,
  formulas?: string[][],
): Block[] {
  const real: CellChanges = new Map();
  for (const [row, cells] of changes) {
    for (const [column, value] of cells) {
      if (!equal(current[row - 1]?.[column - 1] ?? '', value, readZone)) {
        setCell(real, row, column, value);
      }
    }
  }

  const blocks: Block[] = [];
  if (real.size > 0) {
    const rows = [...real.keys()].sort((a, b) => a - b);
    const [top, bottom] = [rows[0], rows[rows.length - 1]];
    // A loop, not Math.min(...columns): tens of thousands of arguments overflow the stack.
    let [left, right] = [Infinity, -Infinity];
    for (const cells of real.values()) {
      for (const column of cells.keys()) {
        left = Math.min(left, column);
        right = Math.max(right, column);
      }
    }
    let crossesFormula = false;
    const values: OutCell[][] = [];
    for (let r = top; r <= bottom; r += 1) {
      const line: OutCell[] = [];
      for (let c = left; c <= right; c += 1) {
        const change = real.get(r)?.get(c);
        if (change !== undefined) line.push(change);
        else {
          if (formulas?.[r - 1]?.[c - 1]) crossesFormula = true;
          line.push(unchanged(current[r - 1]?.[c - 1] ?? '', readZone));
        }
      }
      values.push(line);
    }
    if (!crossesFormula) blocks.push({ row: top, column: left, values });
    else {
      for (const row of rows) {
        const cells = real.get(row)!;
        const from = Math.min(...cells.keys());
        const to = Math.max(...cells.keys());
        const line: OutCell[] = [];
        for (let c = from; c <= to; c += 1) {
          line.push(cells.get(c) ?? unchanged(current[row - 1]?.[c - 1] ?? '', readZone));
        }
        blocks.push({ row, column: from, values: [line] });
      }
    }
  }
  if (appended.length > 0) {
    let last = current.length;
    while (last > 0 && current[last - 1].every((cell) => cell === '' || cell == null)) last -= 1;
    blocks.push({ row: last + 1, column: 1, values: appended });
  }
  return blocks;
}
