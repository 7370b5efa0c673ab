import type { ReportTable } from '../../src/core/finance/tables';
import { reportTableCsv } from '../../src/core/report-csv';

const TABLE: ReportTable = {
  name: 'Test',
  title: 'Test',
  headers: ['SKU', '销售额 Sales', 'Note'],
  money: [1],
  rows: [
    ['LAMP-01', 682.87, 'plain'],
    ['MUG-02', 12.5, 'says "hi", twice'],
    ['=HYPERLINK("x")', -3, '+1 line\nbreak'],
    ['@SUM', null, ' padded'],
  ],
};

describe('report table as CSV', () => {
  it('starts with the byte order mark Excel needs to show Chinese, lines end in CRLF', () => {
    const csv = reportTableCsv(TABLE);

    expect(csv.startsWith('\uFEFFSKU,销售额 Sales,Note\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes money with two decimals and quotes commas, quotes and line breaks', () => {
    const lines = reportTableCsv(TABLE).slice(1).split('\r\n');

    expect(lines[1]).toBe('LAMP-01,682.87,plain');
    expect(lines[2]).toBe('MUG-02,12.50,"says ""hi"", twice"');
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    const lines = reportTableCsv(TABLE).slice(1).split('\r\n');

    expect(lines[3]).toBe(`"'=HYPERLINK(""x"")",-3.00,"'+1 line\nbreak"`);
    expect(lines[4]).toBe(`'@SUM,," padded"`);
  });
});
