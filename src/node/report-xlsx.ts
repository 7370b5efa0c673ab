import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

import * as ExcelJS from 'exceljs';

import type { ReportTable } from '../core/finance/tables';
import type { OutputFile } from '../workbook/port';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Worksheet names: at most 31 characters, none of `[]:*?/\`. */
function worksheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Renders a report's tables as an .xlsx: one worksheet per table, its title in row 1, the
 * header in row 2 (bold, frozen) and money with two decimals. The tables behind the Sheets
 * charts are worksheets of their own, so the charts' data travels with the file. Node only:
 * the Apps Script bundle never imports exceljs.
 */
export async function reportXlsx(
  fileName: string,
  tables: readonly ReportTable[],
): Promise<OutputFile> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Seller Sheets';
  const taken = new Set<string>();

  for (const table of tables) {
    const sheet = book.addWorksheet(worksheetName(table.name, taken), {
      views: [{ state: 'frozen', ySplit: 2 }],
    });
    sheet.addRow([table.title]).font = { bold: true, size: 12 };
    const header = sheet.addRow(table.headers);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EAED' } };
    for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? null));

    table.headers.forEach((title, i) => {
      const column = sheet.getColumn(i + 1);
      const longest = Math.max(
        title.length,
        ...table.rows.map((row) => String(row[i] ?? '').length),
      );
      column.width = Math.min(60, Math.max(10, longest + 2));
      if (table.money.includes(i)) column.numFmt = '#,##0.00';
    });
  }

  const bytes = await book.xlsx.writeBuffer();
  return { name: fileName, mimeType: XLSX_MIME, content: new Uint8Array(bytes as ArrayBuffer) };
}

/** Saves a report's files into a folder (made when missing); resolves to their paths. */
export async function saveReportFiles(
  outDir: string,
  files: readonly OutputFile[],
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(outDir, file.name);
    await writeFile(target, file.content);
    written.push(target);
  }
  return written;
}

/**
 * Saves a finance run into a folder: the files it made, then its tables as one .xlsx named
 * `xlsxName`; resolves to the paths written.
 */
export async function saveFinanceRun(
  outDir: string,
  xlsxName: string,
  run: { files: readonly OutputFile[]; tables: readonly ReportTable[] },
): Promise<string[]> {
  const xlsx = await reportXlsx(xlsxName, run.tables);
  return saveReportFiles(outDir, [...run.files, xlsx]);
}
