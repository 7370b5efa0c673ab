/** An Apps Script enum: each member's value is its own name, as its `toString()` is. */
export type GasEnum<K extends string> = Readonly<Record<K, K>>;

/** Builds an enum whose members are their own names. */
export function gasEnum<K extends string>(...names: K[]): GasEnum<K> {
  const members = {} as Record<K, K>;
  for (const name of names) members[name] = name;
  return Object.freeze(members);
}

/** `SpreadsheetApp.DataValidationCriteria`. */
export const DataValidationCriteria = gasEnum(
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
);

/** `SpreadsheetApp.ProtectionType`. */
export const ProtectionType = gasEnum('RANGE', 'SHEET');

/** `SpreadsheetApp.BorderStyle`. */
export const BorderStyle = gasEnum(
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
);

/** `SpreadsheetApp.WrapStrategy`. */
export const WrapStrategy = gasEnum('WRAP', 'OVERFLOW', 'CLIP');

/** `SpreadsheetApp.Dimension`. */
export const Dimension = gasEnum('COLUMNS', 'ROWS');

/** `Charts.ChartType`. */
export const ChartType = gasEnum(
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
);

/** `Ui.Button`. */
export const Button = gasEnum('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');

/** `Ui.ButtonSet`. */
export const ButtonSet = gasEnum('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

/** `HtmlService.XFrameOptionsMode`. */
export const XFrameOptionsMode = gasEnum('ALLOWALL', 'DEFAULT');

/** `HtmlService.SandboxMode`. */
export const SandboxMode = gasEnum('EMULATED', 'IFRAME', 'NATIVE');

/** `ScriptApp.AuthMode`. */
export const AuthMode = gasEnum('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');

/** `ScriptApp.EventType`. */
export const EventType = gasEnum('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE');

/** `ScriptApp.TriggerSource`. */
export const TriggerSource = gasEnum('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');

/** `ScriptApp.WeekDay`. */
export const WeekDay = gasEnum(
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
);

/** `ScriptApp.AuthorizationStatus`. */
export const AuthorizationStatus = gasEnum('REQUIRED', 'NOT_REQUIRED');

/** `Utilities.Charset`. */
export const Charset = gasEnum('US_ASCII', 'UTF_8');

/** `Utilities.DigestAlgorithm`. */
export const DigestAlgorithm = gasEnum('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');

/** The `MimeType` global's members the add-on may use. */
export const MimeType = Object.freeze({
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  FOLDER: 'application/vnd.google-apps.folder',
  CSV: 'text/csv',
  PLAIN_TEXT: 'text/plain',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PDF: 'application/pdf',
  ZIP: 'application/zip',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
});
