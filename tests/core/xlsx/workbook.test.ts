import * as ExcelJS from 'exceljs';

import { worksheetNames, xlsxParts } from '../../../src/core/xlsx/workbook';
import type { XlsxSheet } from '../../../src/core/xlsx/workbook';
import { openParts, sheetValues } from './open-parts';

const SALES: XlsxSheet = {
  name: '按SKU By SKU',
  rows: [
    [{ value: '按SKU利润 Profit by SKU (CNY)', style: 'title' }],
    [
      { value: 'SKU', style: 'header' },
      { value: '销售额 Sales', style: 'header' },
    ],
    [{ value: 'LUM-BX02' }, { value: 2594.29, style: 'money' }],
    [{ value: '=HYPERLINK("http://x")' }, { value: -78.96, style: 'money' }],
    [{ value: 'Tom & Jerry <b>' }, { value: null }],
    [{ value: 'bell\u0007 here \uD83D😀' }, { value: 3 }],
  ],
  widths: [18, 12],
  frozenRows: 2,
};

describe('SpreadsheetML writer', () => {
  it('makes a workbook exceljs opens, one worksheet per sheet, in order', async () => {
    const other: XlsxSheet = { name: 'Second', rows: [[{ value: 1 }]], widths: [], frozenRows: 0 };

    const book = await openParts(xlsxParts([SALES, other]));

    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['按SKU By SKU', 'Second']);
    expect(sheetValues(book.getWorksheet('Second')!)).toEqual([[1]]);
  });

  it('writes text as text and numbers as numbers, to the cent', async () => {
    const book = await openParts(xlsxParts([SALES]));

    expect(sheetValues(book.worksheets[0])).toEqual([
      ['按SKU利润 Profit by SKU (CNY)', null],
      ['SKU', '销售额 Sales'],
      ['LUM-BX02', 2594.29],
      ['=HYPERLINK("http://x")', -78.96],
      ['Tom & Jerry <b>', null],
      ['bell here 😀', 3],
    ]);
  });

  it('never turns text that looks like a formula into a formula', async () => {
    const book = await openParts(xlsxParts([SALES]));

    const cell = book.worksheets[0].getCell('A4');
    expect(cell.formula).toBeUndefined();
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });

  it('styles the title and header bold, shades the header and formats money', async () => {
    const book = await openParts(xlsxParts([SALES]));
    const sheet = book.worksheets[0];

    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A1').font?.size).toBe(12);
    expect(sheet.getCell('B2').font?.bold).toBe(true);
    expect(sheet.getCell('B2').fill).toEqual(
      expect.objectContaining({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EAED' } }),
    );
    expect(sheet.getCell('B3').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('B4').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('A3').font?.bold).toBeFalsy();
    expect(sheet.getCell('A3').numFmt).toBeFalsy();
  });

  it('sets the column widths and keeps the header rows in view', async () => {
    const book = await openParts(xlsxParts([SALES]));
    const sheet = book.worksheets[0];

    expect([sheet.getColumn(1).width, sheet.getColumn(2).width]).toEqual([18, 12]);
    expect(sheet.views[0]).toEqual(
      expect.objectContaining({ state: 'frozen', ySplit: 2, topLeftCell: 'A3' }),
    );
  });

  it('stores each text once in the shared strings', () => {
    const repeated: XlsxSheet = {
      name: 'S',
      rows: [
        [{ value: 'UK' }, { value: 'UK' }],
        [{ value: 'UK' }, { value: 'DE' }],
      ],
      widths: [],
      frozenRows: 0,
    };

    const strings = xlsxParts([repeated]).find((part) => part.path === 'xl/sharedStrings.xml');

    expect(strings?.content).toContain('count="4" uniqueCount="2"');
  });

  it('declares every part it writes in the content types', () => {
    const parts = xlsxParts([SALES, { ...SALES, name: 'Two' }]);

    const types = parts.find((part) => part.path === '[Content_Types].xml')!.content;
    for (const part of parts) {
      if (part.path.endsWith('.rels') || part.path === '[Content_Types].xml') continue;
      expect(types).toContain(`PartName="/${part.path}"`);
    }
  });

  it('refuses a workbook without a worksheet', () => {
    expect(() => xlsxParts([])).toThrow(RangeError);
  });
});

describe('worksheet names', () => {
  it('replaces the characters Excel refuses and cuts names to 31 characters', () => {
    expect(worksheetNames(['a/b:c*d?e[f]g\\h', "'quoted'", 'x'.repeat(40)])).toEqual([
      'a b c d e f g h',
      'quoted',
      'x'.repeat(31),
    ]);
  });

  it('numbers a name taken already, in any case, within 31 characters', () => {
    expect(worksheetNames(['对账 Reconciliation', '对账 reconciliation', '', ''])).toEqual([
      '对账 Reconciliation',
      '对账 reconciliation 2',
      'Sheet',
      'Sheet 2',
    ]);
    expect(worksheetNames(['y'.repeat(31), 'Y'.repeat(31)])).toEqual([
      'y'.repeat(31),
      `${'Y'.repeat(29)} 2`,
    ]);
  });

  it('never cuts a character in two', () => {
    const [name] = worksheetNames([`${'x'.repeat(30)}😀`]);

    expect(name).toBe('x'.repeat(30));
  });
});
