import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

import { UnusableInputError } from '../../src/core/findings';
import { XlsxWorkbook } from '../../src/node/xlsx-workbook';
import { cellSnapshot, openXlsx, tempFolder, writeXlsx } from './xlsx-files';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

const at = (name: string): string => path.join(folder.dir, name);

async function unusable(promise: Promise<unknown>): Promise<UnusableInputError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UnusableInputError);
  return error as UnusableInputError;
}

describe('reading a workbook', () => {
  it('reads cells the way Sheets shows them: text of links and rich text, formula results', async () => {
    await writeXlsx(at('in.xlsx'), (book) => {
      const sheet = book.addWorksheet('订单');
      sheet.getCell('A1').value = 'Order ID';
      sheet.getCell('B1').value = {
        richText: [{ text: 'Item ' }, { text: 'price', font: { bold: true } }],
      };
      sheet.getCell('C1').value = { text: 'Link', hyperlink: 'https://example.com' };
      sheet.getCell('A2').value = { formula: '1+1', result: 2 };
      sheet.getCell('B2').value = { formula: 'NOW()' } as never;
      sheet.getCell('C2').value = {
        formula: 'VLOOKUP(1,A:A,1,0)',
        result: { error: '#N/A' },
      } as never;
      sheet.getCell('D3').value = true;
    });

    const workbook = await XlsxWorkbook.open(at('in.xlsx'));

    expect(workbook.read('订单')).toEqual([
      ['Order ID', 'Item price', 'Link', ''],
      [2, '', '#N/A', ''],
      ['', '', '', true],
    ]);
  });

  it('reads a date cell as the Date of its wall clock in UTC', async () => {
    await writeXlsx(at('in.xlsx'), (book) => {
      const sheet = book.addWorksheet('Orders');
      sheet.getCell('A1').value = 'Ordered at';
      sheet.getCell('A2').value = new Date(Date.UTC(2026, 10, 3, 14, 5));
      sheet.getCell('A2').numFmt = 'yyyy-mm-dd hh:mm';
    });

    const workbook = await XlsxWorkbook.open(at('in.xlsx'));
    const [, [ordered]] = workbook.read('Orders');

    expect(workbook.cellTimeZone()).toBe('UTC');
    expect(ordered).toBeInstanceOf(Date);
    expect((ordered as Date).toISOString()).toBe('2026-11-03T14:05:00.000Z');
  });

  it('shows a merged range’s value only in its top-left cell', async () => {
    await writeXlsx(at('in.xlsx'), (book) => {
      const sheet = book.addWorksheet('Notes');
      sheet.getCell('A1').value = 'Heading';
      sheet.mergeCells('A1:C1');
      sheet.getCell('A2').value = 1;
      sheet.getCell('C2').value = 3;
    });

    const workbook = await XlsxWorkbook.open(at('in.xlsx'));

    expect(workbook.read('Notes')).toEqual([
      ['Heading', '', ''],
      [1, '', 3],
    ]);
  });

  it('reads an empty tab as one blank cell, as Sheets does', async () => {
    await writeXlsx(at('in.xlsx'), (book) => {
      const sheet = book.addWorksheet('Empty');
      sheet.getCell('B2').fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: 'FFFF0000' },
      };
    });

    const workbook = await XlsxWorkbook.open(at('in.xlsx'));

    expect(workbook.read('Empty')).toEqual([['']]);
  });

  it('takes the time zone from the Settings sheet, else Asia/Shanghai', async () => {
    await writeXlsx(at('set.xlsx'), (book) => {
      const sheet = book.addWorksheet('设置');
      sheet.addRow(['键', '值']);
      sheet.addRow(['baseCurrency', 'CNY']);
      sheet.addRow(['timeZone', 'Europe/London']);
    });
    await writeXlsx(at('bare.xlsx'), (book) => {
      book.addWorksheet('Orders').addRow(['Order ID']);
    });

    expect((await XlsxWorkbook.open(at('set.xlsx'))).timeZone()).toBe('Europe/London');
    expect((await XlsxWorkbook.open(at('bare.xlsx'))).timeZone()).toBe('Asia/Shanghai');
  });
});

describe('opening something that is not a workbook', () => {
  it('refuses a missing file, naming it in both languages', async () => {
    const error = await unusable(XlsxWorkbook.open(at('nowhere.xlsx')));

    expect(error.findings[0].message.en).toContain('nowhere.xlsx');
    expect(error.findings[0].message.en).toMatch(/does not exist/);
    expect(error.findings[0].message.zh).toContain('找不到文件');
  });

  it('refuses a text file renamed .xlsx', async () => {
    writeFileSync(at('notes.xlsx'), 'SKU,Price\nA-1,9.99\n');

    const error = await unusable(XlsxWorkbook.open(at('notes.xlsx')));

    expect(error.findings[0].message.en).toMatch(/not an \.xlsx workbook/);
    expect(error.findings[0].message.zh).toMatch(/不是 \.xlsx 工作簿/);
  });

  it('refuses an old .xls file with a hint to save it as .xlsx', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    writeFileSync(at('old.xlsx'), ole);

    const error = await unusable(XlsxWorkbook.open(at('old.xlsx')));

    expect(error.findings[0].message.en).toMatch(/old \.xls/);
  });

  it('refuses a zip that is not a workbook', async () => {
    // A zip archive holding one empty file, "a.txt".
    const zip = Buffer.from(
      '504b03040a0000000000000000000000000000000000000000000500000061' +
        '2e747874504b01021e030a00000000000000000000000000000000000000000500000000000000000000' +
        '00a4810000000061' +
        '2e747874504b0506000000000100010033000000230000000000',
      'hex',
    );
    writeFileSync(at('archive.xlsx'), zip);

    await unusable(XlsxWorkbook.open(at('archive.xlsx')));
  });
});

describe('writing through apply', () => {
  it('keeps a value that starts with "=" as text in the saved file', async () => {
    const workbook = XlsxWorkbook.fromTabs([{ name: 'Orders', values: [['Buyer name']] }]);

    workbook.apply([
      { tab: 'Orders', blocks: [{ row: 2, column: 1, values: [['=HYPERLINK("http://x","y")']] }] },
    ]);
    await workbook.save(at('out.xlsx'));

    const cell = (await openXlsx(at('out.xlsx'))).getWorksheet('Orders')!.getCell('A2');
    expect(cell.value).toBe('=HYPERLINK("http://x","y")');
    expect(cell.formula).toBeUndefined();
    expect((await XlsxWorkbook.open(at('out.xlsx'))).read('Orders')[1][0]).toBe(
      '=HYPERLINK("http://x","y")',
    );
  });

  it('writes a wall-clock date as that wall clock, shown with a date format', async () => {
    const workbook = XlsxWorkbook.fromTabs([{ name: 'Refunds', values: [['Date', 'Booked']] }]);

    workbook.apply([
      {
        tab: 'Refunds',
        blocks: [
          { row: 2, column: 1, values: [[{ date: '2026-11-03' }, { date: '2026-11-03T09:30' }]] },
        ],
      },
    ]);
    await workbook.save(at('out.xlsx'));

    const sheet = (await openXlsx(at('out.xlsx'))).getWorksheet('Refunds')!;
    expect((sheet.getCell('A2').value as Date).toISOString()).toBe('2026-11-03T00:00:00.000Z');
    expect(sheet.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect((sheet.getCell('B2').value as Date).toISOString()).toBe('2026-11-03T09:30:00.000Z');
    expect(sheet.getCell('B2').numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('leaves every cell outside the written block as it was, style included', async () => {
    await writeXlsx(at('in.xlsx'), (book) => {
      const sheet = book.addWorksheet('上新表');
      sheet.addRow(['SKU', '采购价', '备注']);
      sheet.addRow(['A-1', 12.5, 'keep']);
      sheet.getCell('B2').numFmt = '#,##0.00';
      sheet.getCell('B2').font = { bold: true, color: { argb: 'FF0000FF' } };
      sheet.getCell('C2').value = { formula: 'B2*2', result: 25 };
      sheet.getCell('B3').fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: 'FFFFFF00' },
      };
    });
    const before = cellSnapshot(await openXlsx(at('in.xlsx')));

    const workbook = await XlsxWorkbook.open(at('in.xlsx'));
    workbook.apply([
      {
        tab: '上新表',
        blocks: [{ row: 1, column: 4, values: [['状态']] }],
        headerStyle: { columns: 4 },
        columns: [{ column: 4, dropdown: ['草稿', '待审核'] }],
      },
    ]);
    await workbook.save(at('out.xlsx'));

    const after = cellSnapshot(await openXlsx(at('out.xlsx')));
    for (const [address, cell] of before)
      expect([address, after.get(address)]).toEqual([address, cell]);
  });

  it('does not wipe a merged title when a blank is written over the rest of its range', async () => {
    await writeXlsx(at('in.xlsx'), (book) => {
      const sheet = book.addWorksheet('Notes');
      sheet.getCell('A1').value = 'Title';
      sheet.mergeCells('A1:C1');
    });
    const workbook = await XlsxWorkbook.open(at('in.xlsx'));

    workbook.apply([{ tab: 'Notes', blocks: [{ row: 1, column: 2, values: [['', 'shown']] }] }]);

    expect(workbook.read('Notes')).toEqual([['Title', '', 'shown']]);
  });

  it('paints the header cells it writes and freezes row 1', async () => {
    const workbook = XlsxWorkbook.fromTabs([]);

    workbook.apply([
      {
        tab: '汇率',
        create: true,
        blocks: [{ row: 1, column: 1, values: [['月份', '币种', '汇率']] }],
        headerStyle: { columns: 3 },
        columns: [{ column: 3, format: '0.0000' }],
      },
    ]);
    await workbook.save(at('out.xlsx'));

    const sheet = (await openXlsx(at('out.xlsx'))).getWorksheet('汇率')!;
    expect(sheet.getCell('B1').font.bold).toBe(true);
    expect(sheet.getCell('B1').fill).toMatchObject({
      pattern: 'solid',
      fgColor: { argb: 'FFEFEFEF' },
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(3).numFmt).toBe('0.0000');
  });

  it('offers a dropdown over the data rows of a column', async () => {
    const workbook = XlsxWorkbook.fromTabs([{ name: 'Orders', values: [['Order ID', 'Status']] }]);

    workbook.apply([
      { tab: 'Orders', columns: [{ column: 2, dropdown: ['Shipped', 'Delivered'] }] },
    ]);
    await workbook.save(at('out.xlsx'));

    const sheet = (await openXlsx(at('out.xlsx'))).getWorksheet('Orders')!;
    expect(sheet.getCell('B1').dataValidation).toBeUndefined();
    for (const address of ['B2', 'B500', 'B1000']) {
      expect(sheet.getCell(address).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"Shipped,Delivered"'],
      });
    }
    expect(sheet.getCell('A2').dataValidation).toBeUndefined();
  });

  it('writes notes and backgrounds of marks, and clears them again', async () => {
    const workbook = XlsxWorkbook.fromTabs([
      {
        name: 'Orders',
        values: [
          ['Order ID', 'SKU'],
          ['1', 'A'],
        ],
      },
    ]);

    workbook.apply([
      {
        tab: 'Orders',
        marks: { row: 2, column: 1, notes: [['Not a date', '']], backgrounds: [['#f4cccc', '']] },
      },
    ]);
    await workbook.save(at('marked.xlsx'));
    const marked = await XlsxWorkbook.open(at('marked.xlsx'));

    expect(marked.readNotes('Orders')).toEqual([
      ['', ''],
      ['Not a date', ''],
    ]);
    expect(marked.readBackgrounds('Orders')).toEqual([
      ['', ''],
      ['#f4cccc', ''],
    ]);

    marked.apply([
      { tab: 'Orders', marks: { row: 2, column: 1, notes: [['']], backgrounds: [['#ffffff']] } },
    ]);
    await marked.save(at('cleared.xlsx'));
    const cleared = await XlsxWorkbook.open(at('cleared.xlsx'));

    expect(cleared.readNotes('Orders')[1][0]).toBe('');
    expect(cleared.readBackgrounds('Orders')[1][0]).toBe('');
  });

  it('replaces a generated tab in place, keeping the order of tabs', async () => {
    const workbook = XlsxWorkbook.fromTabs([
      { name: 'Orders', values: [['Order ID']] },
      { name: '月报 2026-10', values: [['old'], ['stale']] },
      { name: 'Refunds', values: [['Date']] },
    ]);

    workbook.apply([
      { tab: '月报 2026-10', replace: true, blocks: [{ row: 1, column: 1, values: [['new']] }] },
    ]);

    expect(workbook.tabNames()).toEqual(['Orders', '月报 2026-10', 'Refunds']);
    expect(workbook.read('月报 2026-10')).toEqual([['new']]);
  });

  it('protects a sheet and says which parts an .xlsx cannot carry', async () => {
    const workbook = XlsxWorkbook.fromTabs([
      { name: '月报 2026-10', values: [['Month', 'Sales']] },
    ]);

    workbook.apply([
      {
        tab: '月报 2026-10',
        protect: [{ description: 'generated report', editors: ['boss@example.com'] }],
        charts: [
          { title: 'Sales', kind: 'column', range: 'A1:B13', anchor: { row: 2, column: 4 } },
        ],
      },
    ]);
    await workbook.save(at('out.xlsx'));

    const sheet = (await openXlsx(at('out.xlsx'))).getWorksheet('月报 2026-10')!;
    expect(
      (sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet,
    ).toBe(true);
    expect(workbook.notices.map((notice) => notice.en).join('\n')).toMatch(
      /protected as a whole[\s\S]*chart "Sales".*A1:B13/,
    );
  });

  it('refuses a batch that names a missing tab, before writing anything', () => {
    const workbook = XlsxWorkbook.fromTabs([{ name: 'Orders', values: [['Order ID']] }]);

    expect(() =>
      workbook.apply([
        { tab: 'Orders', blocks: [{ row: 2, column: 1, values: [['1']] }] },
        { tab: 'Refunds', blocks: [{ row: 2, column: 1, values: [['1']] }] },
      ]),
    ).toThrow(/Refunds/);
    expect(workbook.read('Orders')).toEqual([['Order ID']]);
  });
});

describe('saving', () => {
  it('leaves no temporary file behind and replaces the target whole', async () => {
    writeFileSync(at('out.xlsx'), 'previous content');
    const workbook = XlsxWorkbook.fromTabs([{ name: 'Orders', values: [['Order ID']] }]);

    await workbook.save(at('out.xlsx'));

    expect(readdirSync(folder.dir)).toEqual(['out.xlsx']);
    expect(readFileSync(at('out.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('keeps the old file when the new one cannot be written', async () => {
    const workbook = XlsxWorkbook.fromTabs([{ name: 'Orders', values: [['Order ID']] }]);
    writeFileSync(at('blocker'), 'a file where a folder should be');

    await unusable(workbook.save(path.join(at('blocker'), 'out.xlsx')));

    expect(readFileSync(at('blocker'), 'utf8')).toBe('a file where a folder should be');
    expect(existsSync(path.join(at('blocker'), 'out.xlsx'))).toBe(false);
  });
});
