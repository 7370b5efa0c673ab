import * as path from 'node:path';

import * as Papa from 'papaparse';

import type { Cell } from '../core/cells';
import { isOleCompound, isZip, readInputFile, unusableFile } from './file-errors';
import { XlsxWorkbook } from './xlsx-workbook';

/**
 * Reads an import file into rows of cells: a .csv (comma, semicolon or tab separated, in
 * UTF-8, UTF-16, GB18030 or Windows-1252) or the first sheet of an .xlsx. CSV values stay
 * text: the importing workflow parses numbers and dates by the sheet contract.
 */
export async function readTable(file: string): Promise<Cell[][]> {
  const bytes = await readInputFile(file);
  if (isZip(bytes) || isOleCompound(bytes) || /\.xls[xm]?$/i.test(file)) {
    const workbook = await XlsxWorkbook.load(bytes, file);
    return workbook.read(workbook.tabNames()[0]);
  }
  return parseCsv(decodeText(bytes), file);
}

/**
 * Chinese Excel saves CSV in GBK (read as GB18030, its superset). Its bytes are told apart
 * from Windows-1252 by their pairs: Chinese text is mostly common characters and full-width
 * punctuation, whose two bytes both lie in A1–FE, while an accented European letter is
 * followed by a plain letter, or forms a rare pair such as "öß".
 */
function isGbk(bytes: Uint8Array): boolean {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const lead = bytes[i];
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    pairs += 1;
    i += 1;
    const commonLead = (lead >= 0xb0 && lead <= 0xd7) || (lead >= 0xa1 && lead <= 0xa9);
    if (commonLead && trail >= 0xa1 && trail <= 0xfe) common += 1;
  }
  if (pairs < 2 || common < pairs * 0.8) return false;
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The text of a file's bytes: BOMs honoured, UTF-8 when valid, else GB18030 or Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder(isGbk(bytes) ? 'gb18030' : 'windows-1252').decode(bytes);
  }
}

/**
 * Parses CSV text: the delimiter is guessed among comma, semicolon and tab, quoted fields
 * keep their line breaks, blank lines go, and rows are padded to one width.
 */
export function parseCsv(text: string, file = 'input.csv'): Cell[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
    delimitersToGuess: [',', ';', '\t'],
    // Blank lines hold no data, and left in they spoil the guess of the delimiter.
    skipEmptyLines: 'greedy',
  });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) {
    const line = (broken.row ?? 0) + 1;
    throw unusableFile(
      file,
      'FILE.csv',
      `${path.basename(file)} 第${line}行附近的引号没有闭合，文件无法可靠读取`,
      `${path.basename(file)}: a quote near record ${line} is not closed; the file cannot be read reliably`,
    );
  }
  const rows = parsed.data;
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  return rows.map((row) => {
    const padded: Cell[] = [...row];
    while (padded.length < width) padded.push('');
    return padded;
  });
}
