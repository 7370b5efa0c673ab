import { RoleError } from '../../src/core/roles';
import { monthReport, quarterReport, reportMail } from '../../src/workflows/month-report';
import { DIRECTOR, FINANCE, financeWorkbook, tab } from '../core/finance/finance-books';

const NOW = new Date('2026-12-01T02:00:00Z');

beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  jest.restoreAllMocks();
});

/** The finance books with a Staff tab. */
function withStaff(rows: Array<Record<string, string | number>>) {
  const workbook = financeWorkbook();
  workbook.tabs.set('Staff', {
    values: tab('staff', rows),
    notes: [],
    backgrounds: [],
    columns: new Map(),
    protections: [],
    charts: [],
  });
  return workbook;
}

describe('month-end report for finance', () => {
  it('reads every sheet once although it runs two workflows, and writes nothing', () => {
    const workbook = withStaff([
      { name: 'Li', month: '2026-11', baseSalary: 6000, workingDays: 20, erpScore: 80 },
    ]);

    monthReport(workbook, '2026-11', FINANCE, NOW);

    expect(workbook.applied).toHaveLength(0);
    for (const [tabName, reads] of workbook.reads) expect([tabName, reads]).toEqual([tabName, 1]);
    expect(workbook.reads.get('Settings')).toBe(1);
    expect(workbook.reads.get('Staff')).toBe(1);
  });

  it("appends the staff section for the month's people only, as a table and a CSV", () => {
    // 6,000 / 20 × 2 = 600.00 overtime; a score of 80 keeps the 600.00 bonus: 7,200.00.
    const workbook = withStaff([
      {
        name: 'Li',
        month: '2026-11',
        baseSalary: 6000,
        workingDays: 20,
        overtimeDays: 2,
        erpScore: 80,
      },
      { name: 'Li', month: '2026-10', baseSalary: 6000, workingDays: 22, erpScore: 90 },
    ]);

    const report = monthReport(workbook, '2026-11', FINANCE, NOW);

    const staff = report.tables[report.tables.length - 1];
    expect(staff.rows).toEqual([
      ['Li', 6000, 600, '否 No', 600, 7200],
      ['合计 Total', 6000, 600, '0 / 1', 600, 7200],
    ]);
    expect(report.files.map((file) => file.name)).toContain('month-end-2026-11 - 员工 Staff.csv');
    const values = report.sheet.blocks?.[0].values ?? [];
    expect(values.some((row) => row[0] === '员工月度汇总 Staff summary 2026-11 (CNY)')).toBe(true);
    expect(report.sheet.charts).toHaveLength(2);
  });

  it('leaves the staff section out when the Staff sheet has nobody in the month', () => {
    const report = monthReport(financeWorkbook(), '2026-11', FINANCE, NOW);

    expect(report.tables.map((table) => table.name)).not.toContain('员工 Staff');
  });

  it('protects the tab for the finance list and headlines the figures for the mail', () => {
    const report = monthReport(financeWorkbook(), '2026-11', FINANCE, NOW);

    expect(report.sheet.protect).toEqual([
      { description: 'Seller Sheets: 月报 2026-11', editors: [FINANCE] },
    ]);
    expect(report.headline).toEqual({
      currency: 'CNY',
      sales: 976,
      netSales: 809.27,
      profit: 102.49,
      margin: '12.66%',
    });
  });

  it('refuses a director who is not on the finance list before reading the books', () => {
    const workbook = financeWorkbook();

    expect(() => monthReport(workbook, '2026-11', DIRECTOR, NOW)).toThrow(RoleError);
    expect(() => quarterReport(workbook, '2026-Q4', '', NOW)).toThrow(RoleError);
    expect([...workbook.reads.keys()]).toEqual(['Settings']);
  });

  it('mails both languages, every link, and escapes what goes into the HTML', () => {
    const report = monthReport(financeWorkbook(), '2026-11', FINANCE, NOW);

    const mail = reportMail(report, {
      tab: 'https://sheet/#gid=1',
      folder: { name: 'Seller Sheets / 2026-12-01', url: 'https://folder' },
      files: [{ name: 'a<b>.csv', url: 'https://file?a=1&b=2' }],
    });

    expect(mail.to).toEqual([FINANCE]);
    expect(mail.subject).toBe('月报 2026-11 Month-end report 2026-11 · Seller Sheets');
    expect(mail.body).toContain('• a<b>.csv: https://file?a=1&b=2');
    expect(mail.htmlBody).toContain('<a href="https://file?a=1&amp;b=2">a&lt;b&gt;.csv</a>');
    expect(mail.body).toContain('File › Download');
  });
});
