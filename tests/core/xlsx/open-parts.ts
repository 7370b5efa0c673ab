import * as ExcelJS from 'exceljs';

import type { XlsxPart } from '../../../src/core/xlsx/workbook';
import { zipArchive } from '../../fakes/gas/zip';

/** Zips the parts as Apps Script's Utilities.zip does, and opens the file with exceljs. */
export async function openParts(parts: readonly XlsxPart[]): Promise<ExcelJS.Workbook> {
  const entries = parts.map((part) => ({
    name: part.path,
    bytes: new Uint8Array(Buffer.from(part.content, 'utf8')),
  }));
  const book = new ExcelJS.Workbook();
  const zip = zipArchive(entries, new Date('2026-12-01T01:00:00Z'));
  await book.xlsx.load(Buffer.from(zip) as unknown as ExcelJS.Buffer);
  return book;
}

/** A worksheet's values row by row, empty cells as null, as wide as its widest row. */
export function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) row.push(sheet.getCell(r, c).value ?? null);
    rows.push(row);
  }
  return rows;
}
