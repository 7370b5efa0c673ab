import { columnLetter } from '../findings';

/** The MIME type of an .xlsx file. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How a cell looks: a sheet's title, a column header, money with two decimals, or plain. */
export type XlsxStyle = 'plain' | 'title' | 'header' | 'money';

/** A cell to write: text stays text (never a formula), a number stays a number. */
export interface XlsxCell {
  value: string | number | null;
  style?: XlsxStyle;
}

/** A worksheet to write. */
export interface XlsxSheet {
  /** At most 31 characters, none of `[]:*?/\`, unique in the workbook (see worksheetNames). */
  name: string;
  rows: XlsxCell[][];
  /** Column widths in characters, column A first. */
  widths: number[];
  /** How many top rows stay in view when scrolling; 0 for none. */
  frozenRows: number;
}

/** One file of the .xlsx package: its path inside the zip and its XML text. */
export interface XlsxPart {
  path: string;
  content: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The custom number format of money, and each style's index among the cell formats. */
const MONEY_FORMAT = '#,##0.00';
const STYLE_INDEX: Record<XlsxStyle, number> = { plain: 0, title: 1, header: 2, money: 3 };

/** Whether XML 1.0 can hold a character: a pasted control character would break the file. */
function xmlCharacter(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  // A surrogate met on its own is half of a character that lost its other half.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code !== 0xfffe && code !== 0xffff;
}

function escapeXml(text: string): string {
  return [...text]
    .filter(xmlCharacter)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Worksheet names Excel accepts, in order: `[]:*?/\` become spaces, a leading or trailing
 * apostrophe goes, at most 31 characters, and a name taken already (in any case) gets " 2",
 * " 3"… so that two tables never share a worksheet.
 */
export function worksheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const cut = (text: string, length: number) =>
      // Never split a character outside the Basic Multilingual Plane in two.
      text.slice(0, length).replace(/[\uD800-\uDBFF]$/, '');
    const base =
      cut(
        name
          .replace(/[[\]:*?/\\]/g, ' ')
          .trim()
          .replace(/^'+|'+$/g, ''),
        31,
      ).trim() || 'Sheet';
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
      candidate = `${cut(base, 31 - String(n).length - 1).trim()} ${n}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** The text of every cell in one list, each once, for xl/sharedStrings.xml. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private uses = 0;

  add(text: string): number {
    this.uses += 1;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.index.size;
      this.index.set(text, at);
    }
    return at;
  }

  xml(): string {
    const items = [...this.index.keys()].map(
      (text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`,
    );
    return (
      `${DECLARATION}<sst xmlns="${MAIN}" count="${this.uses}" uniqueCount="${this.index.size}">` +
      `${items.join('')}</sst>`
    );
  }
}

function cellXml(cell: XlsxCell, reference: string, strings: SharedStrings): string {
  const style = STYLE_INDEX[cell.style ?? 'plain'];
  const s = style === 0 ? '' : ` s="${style}"`;
  if (cell.value === null || cell.value === '') {
    return style === 0 ? '' : `<c r="${reference}"${s}/>`;
  }
  if (typeof cell.value === 'number' && Number.isFinite(cell.value)) {
    return `<c r="${reference}"${s}><v>${cell.value}</v></c>`;
  }
  // A shared string is only ever text: "=SUM(…)" from a sheet stays those characters.
  return `<c r="${reference}"${s} t="s"><v>${strings.add(String(cell.value))}</v></c>`;
}

function sheetXml(sheet: XlsxSheet, selected: boolean, strings: SharedStrings): string {
  const width = Math.max(1, sheet.widths.length, ...sheet.rows.map((row) => row.length));
  const height = Math.max(1, sheet.rows.length);
  const pane =
    sheet.frozenRows > 0
      ? `<pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" ` +
        'activePane="bottomLeft" state="frozen"/>'
      : '';
  const views =
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    `${pane}</sheetView></sheetViews>`;
  const cols =
    sheet.widths.length === 0
      ? ''
      : `<cols>${sheet.widths
          .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
          .join('')}</cols>`;
  const rows = sheet.rows.map((row, r) => {
    const cells = row.map((cell, c) => cellXml(cell, `${columnLetter(c + 1)}${r + 1}`, strings));
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  return (
    `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    `<dimension ref="A1:${columnLetter(width)}${height}"/>${views}` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

function stylesXml(): string {
  const font = (extra: string, size: number) =>
    `<font>${extra}<sz val="${size}"/><name val="Calibri"/><family val="2"/></font>`;
  const xf = (numFmt: number, fontId: number, fillId: number, apply: string) =>
    `<xf numFmtId="${numFmt}" fontId="${fontId}" fillId="${fillId}" borderId="0" ` +
    `xfId="0"${apply}/>`;
  return (
    `${DECLARATION}<styleSheet xmlns="${MAIN}">` +
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="${MONEY_FORMAT}"/></numFmts>` +
    `<fonts count="3">${font('', 11)}${font('<b/>', 12)}${font('<b/>', 11)}</fonts>` +
    '<fills count="3"><fill><patternFill patternType="none"/></fill>' +
    '<fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE8EAED"/><bgColor indexed="64"/>' +
    '</patternFill></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="4">' +
    xf(0, 0, 0, '') +
    xf(0, 1, 0, ' applyFont="1"') +
    xf(0, 2, 2, ' applyFont="1" applyFill="1"') +
    xf(164, 0, 0, ' applyNumberFormat="1"') +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

/**
 * The parts of an .xlsx package (SpreadsheetML) holding these worksheets, first one selected:
 * content types, relationships, the workbook, one part per worksheet, the styles (bold title
 * and header, shaded header, `#,##0.00` money) and the shared strings. Zipped by the host,
 * each part under its path, they are a workbook that Excel, Sheets and LibreOffice open.
 */
export function xlsxParts(sheets: readonly XlsxSheet[]): XlsxPart[] {
  if (sheets.length === 0) throw new RangeError('a workbook needs at least one worksheet');
  const strings = new SharedStrings();
  const worksheets = sheets.map((sheet, i) => ({
    path: `xl/worksheets/sheet${i + 1}.xml`,
    content: sheetXml(sheet, i === 0, strings),
  }));
  const count = sheets.length;

  const contentTypes =
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ' +
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}.sheet.main+xml"/>` +
    worksheets
      .map(
        (part) =>
          `<Override PartName="/${part.path}" ContentType="${CONTENT_TYPE}.worksheet+xml"/>`,
      )
      .join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CONTENT_TYPE}.sharedStrings+xml"/>` +
    '</Types>';
  const packageRels =
    `${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
    `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/>` +
    '</Relationships>';
  const workbook =
    `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    sheets
      .map(
        (sheet, i) =>
          `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
      )
      .join('') +
    '</sheets></workbook>';
  const workbookRels =
    `${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
    worksheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" ` +
          `Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${count + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${count + 2}" Type="${RELATIONSHIPS}/sharedStrings" ` +
    'Target="sharedStrings.xml"/></Relationships>';

  return [
    { path: '[Content_Types].xml', content: contentTypes },
    { path: '_rels/.rels', content: packageRels },
    { path: 'xl/workbook.xml', content: workbook },
    { path: 'xl/_rels/workbook.xml.rels', content: workbookRels },
    ...worksheets,
    { path: 'xl/styles.xml', content: stylesXml() },
    { path: 'xl/sharedStrings.xml', content: strings.xml() },
  ];
}
