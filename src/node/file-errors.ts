import { readFile } from 'node:fs/promises';
import * as path from 'node:path';

import { UnusableInputError } from '../core/findings';

/** An input or output file that cannot be used, said in both languages, named by its file. */
export function unusableFile(
  file: string,
  rule: string,
  zh: string,
  en: string,
): UnusableInputError {
  return new UnusableInputError([
    {
      sheet: path.basename(file),
      row: null,
      column: '',
      rule,
      severity: 'error',
      message: { zh, en },
    },
  ]);
}

/** The first bytes of every .xlsx (a zip archive). */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** The first bytes of an old binary .xls, and of a password-protected .xlsx. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** True when the bytes are a zip archive, as every .xlsx is. */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_SIGNATURE);
}

/** True when the bytes are an old .xls or an encrypted workbook, which exceljs cannot open. */
export function isOleCompound(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_SIGNATURE);
}

/** Reads a whole file, turning a missing or unreadable file into an UnusableInputError. */
export async function readInputFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw unusableFile(
        file,
        'FILE.missing',
        `找不到文件：${file}`,
        `The file does not exist: ${file}`,
      );
    }
    if (code === 'EISDIR') {
      throw unusableFile(
        file,
        'FILE.unreadable',
        `${file} 是文件夹，不是文件`,
        `${file} is a folder, not a file`,
      );
    }
    throw unusableFile(
      file,
      'FILE.unreadable',
      `无法读取文件 ${file}（${code ?? String(error)}）`,
      `Cannot read the file ${file} (${code ?? String(error)})`,
    );
  }
}
