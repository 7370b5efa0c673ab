import { writeFileSync } from 'node:fs';
import * as path from 'node:path';

import type * as ExcelJS from 'exceljs';

import { SHEETS } from '../../src/core/contract/sheets';
import { cellSnapshot, openXlsx, runCli, tempFolder, writeXlsx } from './xlsx-files';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

const at = (name: string): string => path.join(folder.dir, name);
const cli = (argv: string[], env?: Record<string, string>) =>
  runCli(argv, { cwd: folder.dir, env });

function headerRow(book: ExcelJS.Workbook, tab: string): string[] {
  const sheet = book.getWorksheet(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => {
    headers[column - 1] = String(cell.value);
  });
  return headers;
}

/** The user's own workbook: columns in their order, extra ones, both languages, styles. */
async function writeUsersWorkbook(file: string): Promise<void> {
  await writeXlsx(file, (book) => {
    const products = book.addWorksheet('上新表');
    products.addRow([
      '品牌',
      'SKU',
      'Product name',
      '自定义备注',
      '采购价',
      '包装重量',
      '供应商链接',
      '选品理由',
      '优势',
      '产品类型',
      '浏览节点',
    ]);
    products.addRow([
      'Acme',
      'CUP-01',
      '陶瓷杯',
      '老板说先做',
      { formula: '10+2.5', result: 12.5 },
      0.4,
      'https://detail.1688.com/offer/1.html',
      '销量稳定',
      '价格低',
      'HOME',
      '11052681',
    ]);
    products.getCell('E2').numFmt = '¥#,##0.00';
    products.getCell('E2').font = { bold: true, color: { argb: 'FFC00000' } };
    products.getCell('B1').fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFF2CC' },
    };
    products.getCell('D3').fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFDDEBF7' },
    };
    products.getCell('D2').note = '内部备注';

    const orders = book.addWorksheet('Orders');
    orders.addRow([
      'SKU',
      'Order ID',
      'Site',
      'Ordered at',
      'Quantity',
      'Item price',
      'Currency',
      'Status',
      'Internal memo',
      'Units',
      'Line total',
    ]);
    orders.addRow([
      'CUP-01',
      '026-1',
      'UK',
      new Date(Date.UTC(2026, 10, 1, 9, 30)),
      2,
      9.99,
      'GBP',
      'Shipped',
      'gift',
    ]);
    orders.getCell('D2').numFmt = 'yyyy-mm-dd hh:mm';
    orders.getCell('J5').value = { formula: 'SUM(E2:E4)', result: 2 };
    orders.getCell('K2').value = { formula: 'E2*F2', result: 19.98 };
    orders.getCell('K3').value = { sharedFormula: 'K2', result: 0 };

    const settings = book.addWorksheet('设置');
    settings.addRow(['键', '值']);
    settings.addRow(['timeZone', 'Asia/Shanghai']);
    settings.addRow(['ourOwnKey', 'kept']);
  });
}

describe('setup', () => {
  it('adds the missing sheets and columns and keeps every existing cell as it was', async () => {
    await writeUsersWorkbook(at('mine.xlsx'));
    const before = cellSnapshot(await openXlsx(at('mine.xlsx')));

    const run = await cli(['setup', 'mine.xlsx', '--out', 'set-up.xlsx', '--lang', 'zh']);

    expect(run.code).toBe(0);
    const book = await openXlsx(at('set-up.xlsx'));
    const after = cellSnapshot(book);
    expect(before.size).toBeGreaterThan(30);
    for (const [address, cell] of before) {
      expect([address, after.get(address)]).toEqual([address, cell]);
    }

    // 上新表 is mostly Chinese: its new columns come in Chinese, at the right.
    const products = headerRow(book, '上新表');
    expect(products.slice(0, 11)).toEqual(headerRow(await openXlsx(at('mine.xlsx')), '上新表'));
    expect(products[11]).toBe('日期');
    expect(products).toContain('状态');
    expect(products).toContain('审核意见');
    expect(products.filter((header) => header === 'SKU')).toHaveLength(1);
    expect(products).toHaveLength(
      11 + SHEETS.newProducts.columns.length - 10, // ten of its columns were already there
    );

    // Orders is English: "Shipping charged" is the first contract column it lacked.
    const orders = headerRow(book, 'Orders');
    expect(orders[10]).toBe('Line total');
    expect(orders[11]).toBe('Shipping charged');
    expect(orders).toContain('Tracking number');

    // Settings gains its note column and every missing key, below the user's own rows.
    const settings = book.getWorksheet('设置')!;
    expect(headerRow(book, '设置')).toEqual(['键', '值', '备注']);
    expect(settings.getCell('A3').value).toBe('ourOwnKey');
    expect(settings.getCell('A4').value).toBe('baseCurrency');
    const keys: unknown[] = [];
    settings.eachRow((row) => keys.push(row.getCell(1).value));
    expect(keys.filter((key) => key === 'timeZone')).toHaveLength(1);

    // Sheets it did not have are created in the language asked for.
    expect(headerRow(book, '汇率')).toEqual(['月份', '币种', '汇率']);
    expect(run.stdout).toContain('新建工作表「汇率」');
    expect(run.stdout).toContain('「Orders」新增列：Shipping charged');
    expect(run.stdout).toContain('已保存：set-up.xlsx');
  });

  it('adds nothing the second time', async () => {
    await writeUsersWorkbook(at('mine.xlsx'));
    await cli(['setup', 'mine.xlsx', '--out', 'once.xlsx']);

    const run = await cli(['setup', 'once.xlsx', '--out', 'twice.xlsx']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Every sheet and column is already there.');
    const once = await openXlsx(at('once.xlsx'));
    const twice = await openXlsx(at('twice.xlsx'));
    expect(once.worksheets.map((sheet) => sheet.name)).toEqual(
      twice.worksheets.map((sheet) => sheet.name),
    );
    expect(cellSnapshot(twice)).toEqual(cellSnapshot(once));
  });

  it('refuses a sheet with two columns of the same meaning and writes nothing', async () => {
    await writeXlsx(at('dup.xlsx'), (book) => {
      book.addWorksheet('Orders').addRow(['Order ID', 'SKU', 'seller-sku']);
    });

    const run = await cli(['setup', 'dup.xlsx', '--out', 'out.xlsx']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('seller-sku');
    await expect(openXlsx(at('out.xlsx'))).rejects.toThrow();
  });

  it('asks for --out when it is missing', async () => {
    await writeUsersWorkbook(at('mine.xlsx'));

    const run = await cli(['setup', 'mine.xlsx']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out');
    expect(run.stderr).toContain('Usage: seller-sheets setup');
  });
});

/** A 上新表 with every required column and the rows given. */
async function writeProducts(file: string, rows: unknown[][], headers?: string[]): Promise<void> {
  await writeXlsx(file, (book) => {
    const sheet = book.addWorksheet('上新表');
    sheet.addRow(
      headers ?? [
        'SKU',
        '产品名称',
        '产品类型',
        '浏览节点',
        '供应商链接',
        '采购价',
        '包装重量',
        '选品理由',
        '优势',
      ],
    );
    sheet.addRows(rows);
  });
}

describe('check', () => {
  it('refuses a 上新表 whose SKU column was deleted, naming the sheet and the column', async () => {
    await writeProducts(
      at('no-sku.xlsx'),
      [['陶瓷杯', 'HOME', '1', 'https://detail.1688.com/offer/1.html', 12, 0.4, 'a', 'b']],
      ['产品名称', '产品类型', '浏览节点', '供应商链接', '采购价', '包装重量', '选品理由', '优势'],
    );

    const zh = await cli(['check', 'no-sku.xlsx', '--lang', 'zh']);
    const en = await cli(['check', 'no-sku.xlsx', '--lang', 'en']);

    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('上新表：缺少必填列「SKU」');
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/上新表.*"SKU"/);
  });

  it('refuses a file that does not exist', async () => {
    const run = await cli(['check', 'missing.xlsx']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing.xlsx');
  });

  it('refuses a text file renamed .xlsx', async () => {
    writeFileSync(at('renamed.xlsx'), 'this was a .txt file\n');

    const run = await cli(['check', 'renamed.xlsx']);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/renamed\.xlsx is not an \.xlsx workbook/);
  });

  it('refuses duplicate headers, naming both and the column they stand for', async () => {
    await writeXlsx(at('dup.xlsx'), (book) => {
      book.addWorksheet('订单').addRow(['订单号', 'SKU', '商品SKU', '数量']);
    });

    const run = await cli(['check', 'dup.xlsx', '--lang', 'zh']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('订单：「SKU」和「商品SKU」是同一列');
  });

  it('refuses a sheet whose first row holds no headers', async () => {
    await writeXlsx(at('headless.xlsx'), (book) => {
      const sheet = book.addWorksheet('订单');
      sheet.getCell('A2').value = '026-1';
      sheet.getCell('B2').value = 'CUP-01';
    });

    const run = await cli(['check', 'headless.xlsx']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('订单: row 1 holds no headers');
  });

  it('lists problems by sheet and cell and exits 1 when there are errors', async () => {
    await writeProducts(at('bad.xlsx'), [
      ['CUP-01', '陶瓷杯', 'HOME', '1', 'detail.1688.com', 'abc', 0.4, 'a', 'b'],
    ]);

    const run = await cli(['check', 'bad.xlsx']);

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^上新表 \(\d+ errors?, \d+ warnings?\)$/m);
    expect(run.stdout).toMatch(/^ {2}上新表!E2 \[WB\.type\] error: .*not a web address/m);
    expect(run.stdout).toMatch(/^ {2}上新表!F2 \[WB\.type\] error: .*"abc" is not a number/m);
  });

  it('prints findings as JSON with sheet, row, column, rule, severity and message', async () => {
    await writeProducts(at('bad.xlsx'), [
      [
        'CUP-01',
        '陶瓷杯',
        'HOME',
        '1',
        'https://detail.1688.com/offer/1.html',
        'abc',
        0.4,
        'a',
        'b',
      ],
    ]);

    const run = await cli(['check', 'bad.xlsx', '--json', '--lang', 'zh']);

    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    for (const finding of findings) {
      expect(Object.keys(finding)).toEqual(
        expect.arrayContaining(['sheet', 'row', 'column', 'rule', 'severity', 'message']),
      );
    }
    expect(findings).toContainEqual(
      expect.objectContaining({
        sheet: '上新表',
        row: 2,
        column: 'costCny',
        rule: 'WB.type',
        severity: 'error',
        message: expect.stringContaining('“abc”不是数字'),
      }),
    );
  });

  it('prints the reason as JSON too when the workbook is unusable', async () => {
    const run = await cli(['check', 'missing.xlsx', '--json']);

    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({ rule: 'FILE.missing', severity: 'error' }),
    ]);
  });

  it('passes a workbook that setup just made', async () => {
    await writeXlsx(at('blank.xlsx'), (book) => {
      book.addWorksheet('Sheet1');
    });
    await cli(['setup', 'blank.xlsx', '--out', 'fresh.xlsx']);

    const run = await cli(['check', 'fresh.xlsx']);

    expect(run.stdout).not.toMatch(/error:/);
    expect(run.code).toBe(0);
  });
});

describe('the command line', () => {
  it('prints the usage for --help, listing every command', async () => {
    const run = await cli(['--help']);

    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Usage: seller-sheets <command> [options]');
    for (const name of ['setup', 'check', 'demo']) expect(run.stdout).toContain(`  ${name} `);
  });

  it('names an unknown command and prints the usage', async () => {
    const run = await cli(['frobnicate']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown command: frobnicate');
    expect(run.stderr).toContain('Usage: seller-sheets');
  });

  it('speaks Chinese when the environment is Chinese, unless --lang says otherwise', async () => {
    const zh = await cli(['frobnicate'], { LANG: 'zh_CN.UTF-8' });
    const en = await cli(['frobnicate', '--lang', 'en'], { LC_ALL: 'zh_CN.UTF-8' });

    expect(zh.stderr).toContain('未知命令：frobnicate');
    expect(en.stderr).toContain('Unknown command: frobnicate');
  });

  it('refuses an option the command does not take', async () => {
    const run = await cli(['check', 'x.xlsx', '--out', 'y.xlsx']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown option --out');
  });

  it('refuses a language it does not speak', async () => {
    const run = await cli(['check', 'x.xlsx', '--lang', 'fr']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang must be zh or en');
  });
});
