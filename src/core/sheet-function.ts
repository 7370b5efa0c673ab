import { isBlank } from './cells';
import type { Cell } from './cells';
import type { Lang, Localized } from './i18n';

/** What a custom function receives for one parameter: a value or a range (2D array). */
export type SheetArg = Cell | Cell[][];

/** What a custom function returns in one cell. */
export type SheetResult = string | number | boolean;

/** A problem with one row's input, shown in that row's cell instead of failing the range. */
export class CellProblem extends Error {
  constructor(readonly problem: Localized) {
    super(problem.en);
    this.name = 'CellProblem';
  }
}

function column(arg: SheetArg): Cell[] {
  if (!Array.isArray(arg)) return [arg];
  return arg.map((row) => (Array.isArray(row) ? row[0] : row));
}

/**
 * Runs a custom function row by row over its arguments: a range gives one value per row, a
 * single value applies to every row, and a problem in one row becomes an error text in that
 * row's cell ("⚠ …") while the other rows are computed. Rows whose inputs are all blank stay
 * blank. Returns the one-column 2D array Sheets spills down.
 */
export function overRows(
  args: SheetArg[],
  lang: Lang,
  compute: (cells: Cell[]) => SheetResult,
): SheetResult[][] {
  const columns = args.map(column);
  const height = Math.max(1, ...columns.map((values) => values.length));
  const mismatch = columns.find((values) => values.length !== 1 && values.length !== height);
  if (mismatch) {
    const text =
      lang === 'zh'
        ? `⚠ 区域行数不一致（${mismatch.length} 与 ${height}）`
        : `⚠ ranges differ in height (${mismatch.length} and ${height})`;
    return [[text]];
  }
  const results: SheetResult[][] = [];
  for (let r = 0; r < height; r += 1) {
    const cells = columns.map((values) => (values.length === 1 ? values[0] : values[r]));
    if (height > 1 && cells.every(isBlank)) {
      results.push(['']);
      continue;
    }
    try {
      results.push([compute(cells)]);
    } catch (error) {
      const message =
        error instanceof CellProblem ? error.problem[lang] : String((error as Error).message);
      results.push([`⚠ ${message}`]);
    }
  }
  return results;
}

/** Unwraps a parse result inside `overRows`, turning its problem into that row's error text. */
export function must<T>(parsed: { ok: true; value: T } | { ok: false; problem: Localized }): T {
  if (!parsed.ok) throw new CellProblem(parsed.problem);
  return parsed.value;
}
