import { findSheetName } from '../core/contract/headers';
import { SHEETS } from '../core/contract/sheets';
import type { SheetId } from '../core/contract/types';
import { readSheet } from '../core/reader';
import type { SheetRead } from '../core/reader';

/** The active spreadsheet as a custom function reads it: read-only, sheet by sheet. */
export interface ActiveSheets {
  timeZone: string;
  /** A sheet of the contract as typed rows (one getValues), or null when there is none. */
  read<T>(id: SheetId): SheetRead<T> | null;
}

/** Opens the active spreadsheet for a custom function, which may only read it. */
export function activeSheets(): ActiveSheets {
  const spreadsheet = SpreadsheetApp.getActive();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheets = spreadsheet.getSheets();
  const names = sheets.map((sheet) => sheet.getName());
  return {
    timeZone,
    read<T>(id: SheetId): SheetRead<T> | null {
      const name = findSheetName(SHEETS[id], names);
      if (name === null) return null;
      const values = sheets[names.indexOf(name)].getDataRange().getValues();
      return readSheet<T>(SHEETS[id], values, { sheetName: name, timeZone });
    },
  };
}
