/** A block of cells, 1-based like Apps Script's own coordinates. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** 1 → 'A', 27 → 'AA'. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnNumber(letters: string): number {
  let column = 0;
  for (const char of letters.toUpperCase()) column = column * 26 + char.charCodeAt(0) - 64;
  return column;
}

/** 'B5' for one cell, 'A1:C3' for a block, as `Range.getA1Notation` gives them. */
export function a1Of(rect: GridRect): string {
  const start = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  const endColumn = columnLetters(rect.column + rect.numColumns - 1);
  return `${start}:${endColumn}${rect.row + rect.numRows - 1}`;
}

/** A1 notation split into its sheet name (null when absent) and a reference to resolve. */
export interface A1Reference {
  sheetName: string | null;
  /** The block on a sheet of the given size; open ends ('A:A', 'A2:A') reach its edge. */
  resolve(maxRows: number, maxColumns: number): GridRect;
}

const CORNER = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function splitSheetName(notation: string): { sheetName: string | null; reference: string } {
  const text = notation.trim();
  if (text.startsWith("'")) {
    const close = /'(?!')!/.exec(text.slice(1));
    if (!close) throw new Error('Range not found');
    const quoted = text.slice(1, 1 + close.index);
    return { sheetName: quoted.replace(/''/g, "'"), reference: text.slice(close.index + 3) };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, reference: text };
  return { sheetName: text.slice(0, bang), reference: text.slice(bang + 1) };
}

/** Parses A1 notation such as `'上新表'!B5`, `A1:C3`, `A:A`, `2:4` or `A2:A`. */
export function parseA1(notation: string): A1Reference {
  const { sheetName, reference } = splitSheetName(notation);
  const [startText, endText, extra] = reference.split(':');
  const start = CORNER.exec(startText ?? '');
  const end = endText === undefined ? start : CORNER.exec(endText);
  if (!start || !end || extra !== undefined || (!start[1] && !start[2])) {
    throw new Error('Range not found');
  }
  if (endText === undefined && (!start[1] || !start[2])) throw new Error('Range not found');

  return {
    sheetName,
    resolve(maxRows, maxColumns) {
      const rows = [start[2] ? Number(start[2]) : 1, end[2] ? Number(end[2]) : maxRows];
      const columns = [
        start[1] ? columnNumber(start[1]) : 1,
        end[1] ? columnNumber(end[1]) : maxColumns,
      ];
      if (rows.includes(0)) throw new Error('Range not found');
      const row = Math.min(rows[0], rows[1]);
      const column = Math.min(columns[0], columns[1]);
      return {
        row,
        column,
        numRows: Math.max(rows[0], rows[1]) - row + 1,
        numColumns: Math.max(columns[0], columns[1]) - column + 1,
      };
    },
  };
}

/** Whether two blocks share at least one cell. */
export function overlaps(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}
