import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import * as ExcelJS from 'exceljs';

import { main } from '../../src/node/cli';

/** A fresh folder under the system's temp dir, removed by the returned function. */
export function tempFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'seller-sheets-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Builds an .xlsx with exceljs directly, the way a user's own file would come. */
export async function writeXlsx(
  file: string,
  build: (book: ExcelJS.Workbook) => void,
): Promise<void> {
  const book = new ExcelJS.Workbook();
  build(book);
  await book.xlsx.writeFile(file);
}

/** Opens an .xlsx with exceljs directly, independent of the code under test. */
export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/**
 * Every cell that holds something (a value, a formula, a style or a note), by
 * `sheet!address`, as JSON text: comparing two snapshots shows any changed byte of them.
 */
export function cellSnapshot(book: ExcelJS.Workbook): Map<string, string> {
  const cells = new Map<string, string>();
  book.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const style = cell.style && Object.keys(cell.style).length > 0 ? cell.style : null;
        if (cell.value === null && !style && cell.note === undefined) return;
        cells.set(
          `${sheet.name}!${cell.address}`,
          JSON.stringify({
            value: cell.value,
            formula: cell.formula ?? null,
            type: cell.type,
            style,
            note: cell.note ?? null,
          }),
        );
      });
    });
  });
  return cells;
}

/** Runs the CLI in a folder with a fixed language and moment; captures what it prints. */
export async function runCli(
  argv: string[],
  options: { cwd: string; env?: Record<string, string>; now?: Date },
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: options.cwd,
    env: options.env ?? { LANG: 'en_GB.UTF-8' },
    now: () => options.now ?? new Date('2026-11-03T04:00:00Z'),
  });
  return { code, stdout, stderr };
}
