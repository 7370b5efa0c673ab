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

const CJK_IDEOGRAPH = /[\u4e00-\u9fff]/g;
const CJK_TEXT = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g;

/**
 * Chinese Excel saves CSV in GB18030/GBK. Such bytes are taken for Chinese only when they
 * decode strictly and read as Chinese: at least two ideographs, and (almost) nothing else
 * outside ASCII; European accents in Windows-1252 rarely pass both tests.
 */
function asChinese(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const nonAscii = (text.match(/[\u0080-\uffff]/g) ?? []).length;
  const ideographs = (text.match(CJK_IDEOGRAPH) ?? []).length;
  const chinese = (text.match(CJK_TEXT) ?? []).length;
  return ideographs >= 2 && chinese >= nonAscii * 0.95 ? text : null;
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
    return asChinese(bytes) ?? new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Parses CSV text: the delimiter is guessed among comma, semicolon and tab, quoted fields
 * keep their line breaks, blank lines at the end go, and rows are padded to one width.
 */
export function parseCsv(text: string, file = 'input.csv'): Cell[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
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
  while (rows.length > 0 && rows[rows.length - 1].every((value) => value.trim() === '')) {
    rows.pop();
  }
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  return rows.map((row) => {
    const padded: Cell[] = [...row];
    while (padded.length < width) padded.push('');
    return padded;
  });
}
