import { writeFileSync } from 'node:fs';
import * as path from 'node:path';

import { UnusableInputError } from '../../src/core/findings';
import { readTable } from '../../src/node/table-file';
import { tempFolder, writeXlsx } from './xlsx-files';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

/** Writes raw bytes, so each test controls the encoding exactly. */
function file(name: string, bytes: Buffer | string): string {
  const at = path.join(folder.dir, name);
  writeFileSync(at, bytes);
  return at;
}

describe('reading a CSV export', () => {
  it('drops the byte order mark, so the first header is found by name', async () => {
    const csv = file(
      'orders.csv',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('订单号,SKU\r\n123,A-1\r\n')]),
    );

    expect(await readTable(csv)).toEqual([
      ['订单号', 'SKU'],
      ['123', 'A-1'],
    ]);
  });

  it('reads a European export separated by semicolons, decimal commas kept as written', async () => {
    const csv = file('fees.csv', 'Date;Carrier;Fee\n2026-11-03;Yanwen;12,50\n');

    expect(await readTable(csv)).toEqual([
      ['Date', 'Carrier', 'Fee'],
      ['2026-11-03', 'Yanwen', '12,50'],
    ]);
  });

  it('reads a tab-separated export', async () => {
    const csv = file('orders.txt', 'order-id\tsku\n026-1\tA-1\n');

    expect(await readTable(csv)).toEqual([
      ['order-id', 'sku'],
      ['026-1', 'A-1'],
    ]);
  });

  it('keeps a line break inside a quoted field as part of the value', async () => {
    const csv = file(
      'products.csv',
      'SKU,Description\nA-1,"Line one\nline two, with a comma"\nA-2,plain\n',
    );

    expect(await readTable(csv)).toEqual([
      ['SKU', 'Description'],
      ['A-1', 'Line one\nline two, with a comma'],
      ['A-2', 'plain'],
    ]);
  });

  it('decodes a Windows-1252 file instead of showing replacement marks', async () => {
    // "Müller" and "Café" in Windows-1252: ü is 0xFC and é is 0xE9, invalid as UTF-8.
    const bytes = Buffer.from([
      ...Buffer.from('Buyer,City\nM'),
      0xfc,
      ...Buffer.from('ller,Caf'),
      0xe9,
      ...Buffer.from(' Town\n'),
    ]);
    const csv = file('orders.csv', bytes);

    expect(await readTable(csv)).toEqual([
      ['Buyer', 'City'],
      ['Müller', 'Café Town'],
    ]);
  });

  it('decodes a CSV that Chinese Excel saved in GBK', async () => {
    // "订单号,数量" then "123,2" in GBK (订 B6A9, 单 B5A5, 号 BAC5, 数 CAFD, 量 C1BF).
    const bytes = Buffer.from([
      0xb6,
      0xa9,
      0xb5,
      0xa5,
      0xba,
      0xc5,
      0x2c,
      0xca,
      0xfd,
      0xc1,
      0xbf,
      0x0a,
      ...Buffer.from('123,2\n'),
    ]);
    const csv = file('orders.csv', bytes);

    expect(await readTable(csv)).toEqual([
      ['订单号', '数量'],
      ['123', '2'],
    ]);
  });

  it('does not take German accents in Windows-1252 for Chinese', async () => {
    // "Größe;Maße;Füße" in Windows-1252: ö F6, ß DF, ü FC; "öß" is also a valid GBK pair.
    const bytes = Buffer.from([
      ...Buffer.from('Gr'),
      0xf6,
      0xdf,
      ...Buffer.from('e;Ma'),
      0xdf,
      ...Buffer.from('e;F'),
      0xfc,
      0xdf,
      ...Buffer.from('e\nS;M;L\n'),
    ]);
    const csv = file('sizes.csv', bytes);

    expect(await readTable(csv)).toEqual([
      ['Größe', 'Maße', 'Füße'],
      ['S', 'M', 'L'],
    ]);
  });

  it('ignores the blank line at the end of the file', async () => {
    const csv = file('orders.csv', 'SKU,Qty\nA-1,2\n\n');

    expect(await readTable(csv)).toEqual([
      ['SKU', 'Qty'],
      ['A-1', '2'],
    ]);
  });

  it('pads short rows to the width of the widest', async () => {
    const csv = file('orders.csv', 'SKU,Qty,Note\nA-1,2\n');

    expect(await readTable(csv)).toEqual([
      ['SKU', 'Qty', 'Note'],
      ['A-1', '2', ''],
    ]);
  });

  it('keeps a value starting with "=" as text', async () => {
    const csv = file('orders.csv', 'Buyer\n"=HYPERLINK(""http://x"")"\n');

    expect(await readTable(csv)).toEqual([['Buyer'], ['=HYPERLINK("http://x")']]);
  });

  it('refuses a file whose quote is never closed, naming the file', async () => {
    const csv = file('broken.csv', 'SKU,Note\nA-1,"never closed\nA-2,x\n');

    const error = await readTable(csv).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(UnusableInputError);
    expect((error as UnusableInputError).message).toContain('broken.csv');
  });

  it('refuses a missing file', async () => {
    await expect(readTable(path.join(folder.dir, 'none.csv'))).rejects.toBeInstanceOf(
      UnusableInputError,
    );
  });
});

describe('reading an .xlsx import', () => {
  it('reads the first sheet', async () => {
    const at = path.join(folder.dir, 'orders.xlsx');
    await writeXlsx(at, (book) => {
      book.addWorksheet('Export').addRows([
        ['Order ID', 'Qty'],
        ['026-1', 2],
      ]);
      book.addWorksheet('Other').addRow(['ignored']);
    });

    expect(await readTable(at)).toEqual([
      ['Order ID', 'Qty'],
      ['026-1', 2],
    ]);
  });
});
