import * as path from 'node:path';

import { WorkbookSync } from '../../../src/node/preview/workbook-sync';
import { XlsxWorkbook } from '../../../src/node/xlsx-workbook';
import { installGas } from '../../fakes/gas';
import type { FakeGas } from '../../fakes/gas';
import { openXlsx, tempFolder, writeXlsx } from '../xlsx-files';

/** A workbook file with an order sheet: a datetime in Shanghai, a text and a number. */
async function orderBook(file: string): Promise<void> {
  await writeXlsx(file, (book) => {
    const orders = book.addWorksheet('Orders');
    orders.addRow(['Order ID', 'Ordered at', 'Buyer', 'Quantity']);
    orders.addRow(['206-1', new Date(Date.UTC(2026, 10, 3, 14, 5)), 'Ann Lee', 2]);
    orders.addRow(['206-2', new Date(Date.UTC(2026, 10, 4, 9, 0)), 'Bo Chen', 1]);
    orders.getCell('C3').note = 'called on 11-05';
    const settings = book.addWorksheet('Settings');
    settings.addRow(['key', 'value']);
    settings.addRow(['timeZone', 'Asia/Shanghai']);
  });
}

describe('the preview keeping a workbook file and the Apps Script fake in step', () => {
  let folder: ReturnType<typeof tempFolder>;
  let fake: FakeGas | null = null;
  let file: string;

  beforeEach(async () => {
    folder = tempFolder();
    file = path.join(folder.dir, 'book.xlsx');
    await orderBook(file);
  });

  afterEach(() => {
    fake?.uninstall();
    fake = null;
    folder.remove();
  });

  async function loaded(): Promise<{ sync: WorkbookSync; gas: FakeGas }> {
    const sync = await WorkbookSync.open(file);
    fake = installGas({ sheets: sync.sheetValues(), timeZone: sync.timeZone });
    sync.load(fake);
    return { sync, gas: fake };
  }

  it("shows the file's times in Sheets as the same wall clock in the workbook's zone", async () => {
    const { gas } = await loaded();

    const orderedAt = gas.values('Orders')[1][1] as Date;
    // 14:05 in Shanghai (UTC+8) is 06:05 UTC.
    expect(orderedAt.toISOString()).toBe('2026-11-03T06:05:00.000Z');
    expect(gas.notes('Orders')[2][2]).toBe('called on 11-05');
  });

  it('writes nothing when the server function changed nothing', async () => {
    const { sync, gas } = await loaded();
    const before = (await openXlsx(file)).getWorksheet('Orders')!.getCell('B2').value;

    expect(await sync.writeBack(gas)).toEqual({ written: [], lost: [] });
    expect((await openXlsx(file)).getWorksheet('Orders')!.getCell('B2').value).toEqual(before);
  });

  it('writes back only the cells a call changed, dates at their wall clock', async () => {
    const { sync, gas } = await loaded();
    const sheet = SpreadsheetApp.getActive().getSheetByName('Orders')!;
    sheet.getRange('D3').setValue(5);
    sheet.getRange('B3').setValue(new Date('2026-11-05T02:30:00Z'));
    sheet.getRange('A3').setNote('checked');

    expect(await sync.writeBack(gas)).toEqual({ written: ['Orders'], lost: [] });
    const book = await XlsxWorkbook.open(file);
    const rows = book.read('Orders');
    expect(rows[2][3]).toBe(5);
    // 02:30 UTC is 10:30 in Shanghai: the file holds that wall clock.
    expect((rows[2][1] as Date).toISOString()).toBe('2026-11-05T10:30:00.000Z');
    expect(rows[1]).toEqual(['206-1', new Date(Date.UTC(2026, 10, 3, 14, 5)), 'Ann Lee', 2]);
    expect(book.readNotes('Orders')[2][0]).toBe('checked');
    expect(book.readNotes('Orders')[2][2]).toBe('called on 11-05');
  });

  it('adds a tab the add-on made, and names one it deleted that the file keeps', async () => {
    const { sync, gas } = await loaded();
    const spreadsheet = SpreadsheetApp.getActive();
    spreadsheet
      .insertSheet('月报 2026-11')
      .getRange(1, 1, 2, 2)
      .setValues([
        ['Item', 'CNY'],
        ['Sales', 1234.5],
      ]);
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Settings')!);

    expect(await sync.writeBack(gas)).toEqual({ written: ['月报 2026-11'], lost: ['Settings'] });
    const book = await XlsxWorkbook.open(file);
    expect(book.read('月报 2026-11')).toEqual([
      ['Item', 'CNY'],
      ['Sales', 1234.5],
    ]);
  });

  it('keeps text that looks like a formula as text in the file', async () => {
    const { sync, gas } = await loaded();
    SpreadsheetApp.getActive().getSheetByName('Orders')!.getRange('C2').setValue("'=HYPERLINK(1)");

    await sync.writeBack(gas);
    const cell = (await openXlsx(file)).getWorksheet('Orders')!.getCell('C2');
    expect(cell.value).toBe('=HYPERLINK(1)');
    expect(cell.formula).toBeUndefined();
  });
});
