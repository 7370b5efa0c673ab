import type { ReportTable } from '../../../src/core/finance/tables';
import { reportWorkbookParts } from '../../../src/core/xlsx/report-workbook';
import { demoTabs } from '../../../src/demo/demo-workbook';
import { TEAM } from '../../../src/demo/team';
import { monthReport, quarterReport } from '../../../src/workflows/month-report';
import { MemoryWorkbook } from '../../support/memory-workbook';
import { openParts, sheetValues } from './open-parts';

const NOW = new Date('2026-12-01T01:00:00Z');

beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  jest.restoreAllMocks();
});

function demo(): MemoryWorkbook {
  return new MemoryWorkbook(Object.fromEntries(demoTabs().map((tab) => [tab.name, tab.values])));
}

/** What a worksheet should hold: title, header, rows, padded to the widest row. */
function expectedValues(table: ReportTable): unknown[][] {
  const width = table.headers.length;
  const pad = (row: unknown[]) => [...row, ...new Array(width - row.length).fill(null)];
  return [pad([table.title]), table.headers, ...table.rows.map(pad)];
}

describe('the report as an .xlsx', () => {
  it("holds every table of the demo's November report, cell for cell, staff included", async () => {
    const report = monthReport(demo(), '2026-11', TEAM.zhaoMin, NOW);

    const book = await openParts(reportWorkbookParts(report.tables));

    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      '汇总 Summary',
      '按站点 By site',
      '按SKU By SKU',
      '图表按站点 Chart by site',
      '每日销售 Daily sales',
      '对账 Reconciliation',
      '员工 Staff',
    ]);
    report.tables.forEach((table, i) => {
      expect(sheetValues(book.worksheets[i])).toEqual(expectedValues(table));
    });
  });

  it('formats the money columns and only those, below the header', async () => {
    const report = monthReport(demo(), '2026-11', TEAM.zhaoMin, NOW);

    const book = await openParts(reportWorkbookParts(report.tables));

    report.tables.forEach((table, i) => {
      const sheet = book.worksheets[i];
      table.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          const format = sheet.getCell(r + 3, c + 1).numFmt;
          const money = typeof cell === 'number' && table.money.includes(c);
          expect([table.name, r, c, format ?? null]).toEqual([
            table.name,
            r,
            c,
            money ? '#,##0.00' : null,
          ]);
        });
      });
    });
  });

  it('sums to the profit on the summary sheet, read back from the file', async () => {
    const report = monthReport(demo(), '2026-11', TEAM.zhaoMin, NOW);

    const book = await openParts(reportWorkbookParts(report.tables));

    // Profit = net sales − Amazon fees − purchases − shipping fees − expenses (R7.1), in cents.
    const amount = (label: string) => {
      const row = sheetValues(book.getWorksheet('汇总 Summary')!).find((r) => r[0] === label);
      return Math.round((row?.[1] as number) * 100);
    };
    expect(amount('利润 Profit')).toBe(
      amount('净销售额 Net sales') -
        amount('亚马逊费用 Amazon fees') -
        amount('采购 Purchases') -
        amount('物流运费 Shipping fees') -
        amount('费用 Expenses'),
    );
    // The unapproved office chair planted in the demo, by hand: 1,150.00 CNY.
    const mismatches = sheetValues(book.getWorksheet('对账 Reconciliation')!);
    expect(mismatches.some((row) => String(row[3]).includes('1150.00 CNY'))).toBe(true);
  });

  it('holds the quarterly statement, its note, chart data and mismatches', async () => {
    const report = quarterReport(demo(), '2026-Q4', TEAM.zhaoMin, NOW);

    const book = await openParts(reportWorkbookParts(report.tables));

    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(
      report.tables.map((table) => table.name),
    );
    report.tables.forEach((table, i) => {
      expect(sheetValues(book.worksheets[i])).toEqual(expectedValues(table));
    });
  });

  it('widens a column for its longest text, Chinese counting double, within limits', async () => {
    const table: ReportTable = {
      name: 'W',
      title: 'W',
      headers: ['站点', 'A', 'Message'],
      money: [1],
      rows: [['英国英国英国英国', 1234567.5, 'x'.repeat(200)]],
    };

    const book = await openParts(reportWorkbookParts([table]));
    const sheet = book.worksheets[0];

    // 8 Chinese characters are 16 columns wide, plus 2; "1,234,567.50" is 12, plus 2.
    expect(sheet.getColumn(1).width).toBe(18);
    expect(sheet.getColumn(2).width).toBe(14);
    expect(sheet.getColumn(3).width).toBe(60);
  });
});
