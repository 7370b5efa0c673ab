import * as ExcelJS from 'exceljs';

import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import { bookMonthFromMenu } from '../../src/gas/book-month';
import { EXPORT_FOLDER_NAME } from '../../src/gas/export-folder';
import {
  getReportsView,
  LAST_MONTH_PROPERTY,
  makeMonthReport,
  makeQuarterReport,
  monthlyReport,
  periodChoices,
  showReports,
} from '../../src/gas/reports';
import type { ReportMade, ReportOutcome, ReportRefused } from '../../src/gas/reports';
import { computeStaffPayFromMenu } from '../../src/gas/staff';
import {
  DIRECTOR,
  EXPENSES,
  FINANCE,
  FX,
  ORDERS,
  PURCHASES,
  REFUNDS,
  SHIPPING_FEES,
  settingsRows,
  tab,
} from '../core/finance/finance-books';
import { installGas } from '../fakes/gas';
import type { FakeGas, GasOptions } from '../fakes/gas';
import { FakeBlob } from '../fakes/gas/blob';

/** 1 December 2026, 09:00 in Shanghai: November is over. */
const FIRST_OF_DECEMBER = new Date('2026-12-01T01:00:00Z');
const TAB = '月报 2026-11';

type Row = Record<string, Cell>;

const STAFF: Row[] = [
  // 6,000 / 20 days × 1 day = 300.00 overtime; score 85 keeps the 600.00 bonus: 6,900.00.
  {
    name: 'Li',
    month: '2026-11',
    baseSalary: 6000,
    workingDays: 20,
    overtimeDays: 1,
    erpScore: 85,
  },
  // 4 leave requests zero attendance; 79.9 loses the bonus: 5,000.00.
  {
    name: 'Wang',
    month: '2026-11',
    baseSalary: 5000,
    workingDays: 20,
    leaveRequests: 4,
    erpScore: 79.9,
  },
  { name: 'Zhang', month: '2026-10', baseSalary: 9000, workingDays: 21, erpScore: 90 },
];

function books(more: { fx?: Row[]; staff?: Row[]; settings?: unknown[][] } = {}) {
  return {
    Settings: more.settings ?? settingsRows(),
    'FX rates': tab('fx', more.fx ?? FX),
    Orders: tab('orders', ORDERS),
    Refunds: tab('refunds', REFUNDS),
    Purchases: tab('purchases', PURCHASES),
    'Shipping fees': tab('shippingFees', SHIPPING_FEES),
    Expenses: tab('expenses', EXPENSES),
    ...(more.staff ? { Staff: tab('staff', more.staff) } : {}),
  };
}

/** Host code reads the clock with `new Date()`: the fake's clock and jest's move together. */
function setClock(moment: Date): void {
  jest.setSystemTime(moment);
}

beforeEach(() => {
  jest.useFakeTimers({ now: FIRST_OF_DECEMBER });
});

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

function made(outcome: ReportOutcome): ReportMade {
  if (!outcome.ok) throw new Error(`refused: ${outcome.message} ${outcome.problems.join(' | ')}`);
  return outcome;
}

function refused(outcome: ReportOutcome): ReportRefused {
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A saved Drive file's bytes, read back through Drive as a person would download it. */
function savedBytes(id: string): Buffer {
  const bytes = DriveApp.getFileById(id).getBlob().getBytes();
  return Buffer.from(Uint8Array.from(bytes, (byte) => byte & 0xff));
}

/** A saved .xlsx opened with exceljs, independent of the code that wrote it. */
async function savedWorkbook(id: string): Promise<ExcelJS.Workbook> {
  const bytes = savedBytes(id);
  // exceljs unzips on timers that jest's fake clock would hold forever.
  jest.useRealTimers();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

/** The rows of a worksheet whose first cell is one of the labels, as arrays of values. */
function rowsLabelled(sheet: ExcelJS.Worksheet, labels: string[]): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (labels.includes(String(values[0]))) rows.push(values);
  });
  return rows;
}

describe('month-end report in Sheets', () => {
  let fake: FakeGas;

  function open(options: GasOptions = {}, sheets = books()): FakeGas {
    fake = installGas({
      user: FINANCE,
      userLocale: 'en-GB',
      now: () => new Date(),
      sheets,
      ...options,
    });
    return fake;
  }

  afterEach(() => fake.uninstall());

  it('makes the 月报 tab with its two charts, protected for finance', () => {
    open();

    const outcome = made(makeMonthReport('2026-11'));

    expect(fake.sheetNames.filter((name) => name === TAB)).toHaveLength(1);
    const values = fake.values(TAB);
    expect(values[0].slice(0, 2)).toEqual([TAB, '生成于 Generated 2026-12-01 09:00:00']);
    // Profit of November, checked by hand in tests/core/finance/month-end.test.ts.
    expect(values.find((row) => row[0] === '利润 Profit')?.[1]).toBe(102.49);
    expect(fake.charts(TAB).map((chart) => [chart.type, chart.options.title])).toEqual([
      ['COLUMN', '各站点销售额与利润 Sales and profit by site 2026-11'],
      ['LINE', '每日销售额 Daily sales 2026-11'],
    ]);
    const protections = fake.protections(TAB);
    expect(protections).toHaveLength(1);
    expect(protections[0]).toEqual(
      expect.objectContaining({ type: 'SHEET', editors: [FINANCE], domainEdit: false }),
    );
    expect(outcome.tab.name).toBe(TAB);
    expect(outcome.tab.url).toMatch(/\/edit#gid=\d+$/);
  });

  it("saves the JSON, a PDF and an .xlsx in the export folder's dated subfolder", async () => {
    open();

    const outcome = made(makeMonthReport('2026-11'));

    const saved = fake.files.filter((file) => !file.trashed && file.folder === '2026-12-01');
    expect(saved.map((file) => [file.name, file.mimeType])).toEqual([
      ['month-end-2026-11.json', 'application/json'],
      ['month-end-2026-11.pdf', 'application/pdf'],
      ['month-end-2026-11.xlsx', XLSX_MIME],
    ]);
    const dayFolder = DriveApp.getFolderById(saved[0].folderId);
    const root = dayFolder.getParents().next();
    expect(root.getName()).toBe(EXPORT_FOLDER_NAME);
    expect(JSON.parse(saved[0].content)).toEqual(
      expect.objectContaining({ month: '2026-11', profit: 102.49 }),
    );
    expect(outcome.files.map((file) => file.name)).toEqual(saved.map((file) => file.name));
    expect(outcome.folder).toEqual({ name: 'Seller Sheets / 2026-12-01', url: dayFolder.getUrl() });
  });

  it("converts the report's HTML to the PDF, titled after the report", () => {
    open();

    made(makeMonthReport('2026-11'));

    const pdf = fake.files.find((file) => file.name === 'month-end-2026-11.pdf')!;
    const text = savedBytes(pdf.id).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const title = Buffer.from('月报 2026-11 Month-end report', 'utf16le').swap16();
    expect(text).toContain(`/Title <FEFF${title.toString('hex').toUpperCase()}>`);
    expect(fake.calls['Blob.getAs']).toBe(1);
  });

  it('saves an .xlsx that opens in a spreadsheet program, one worksheet per table', async () => {
    open();

    made(makeMonthReport('2026-11'));

    const xlsx = fake.files.find((file) => file.name === 'month-end-2026-11.xlsx')!;
    const book = await savedWorkbook(xlsx.id);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      '汇总 Summary',
      '按站点 By site',
      '按SKU By SKU',
      '图表按站点 Chart by site',
      '每日销售 Daily sales',
      '对账 Reconciliation',
    ]);
    const summary = book.getWorksheet('汇总 Summary')!;
    expect(summary.getCell('A1').value).toBe('月报 2026-11 Month-end report (CNY)');
    // Profit of November, checked by hand in tests/core/finance/month-end.test.ts.
    const [profit] = rowsLabelled(summary, ['利润 Profit']);
    expect(profit.slice(0, 2)).toEqual(['利润 Profit', 102.49]);
    expect(fake.calls['Utilities.zip']).toBe(1);
  });

  it('makes nothing when the PDF cannot be made: no tab, no file, no mail', () => {
    open();
    const settingsBefore = fake.values('Settings');
    jest.spyOn(FakeBlob.prototype, 'getAs').mockImplementation(() => {
      throw new Error('Service invoked too many times for one day: conversion.');
    });

    expect(() => makeMonthReport('2026-11')).toThrow('Service invoked too many times');

    expect(fake.sheetNames).not.toContain(TAB);
    expect(fake.files).toHaveLength(1);
    expect(fake.sentMails).toHaveLength(0);
    expect(fake.values('Settings')).toEqual(settingsBefore);
  });

  it('creates its export folder once and records it in Settings with one cell', () => {
    open();

    made(makeMonthReport('2026-11'));
    made(makeMonthReport('2026-11'));

    const folders = DriveApp.getFoldersByName(EXPORT_FOLDER_NAME);
    const folder = folders.next();
    expect(folders.hasNext()).toBe(false);
    expect(fake.values('Settings').find((row) => row[0] === 'exportFolderId')).toEqual([
      'exportFolderId',
      folder.getId(),
    ]);
  });

  it('uses the export folder Settings names, and replaces one it cannot open', () => {
    open();
    const named = DriveApp.createFolder('Finance exports');
    const settings = SpreadsheetApp.getActive().getSheetByName('Settings')!;
    settings.appendRow(['exportFolderId', named.getId()]);
    const row = settings.getLastRow();

    made(makeMonthReport('2026-11'));

    const saved = fake.files.filter((file) => file.folder === '2026-12-01');
    expect(saved).toHaveLength(3);
    const root = DriveApp.getFolderById(saved[0].folderId).getParents().next();
    expect(root.getId()).toBe(named.getId());
    expect(DriveApp.getFoldersByName(EXPORT_FOLDER_NAME).hasNext()).toBe(false);

    // A folder this person's Drive access cannot reach: the add-on makes its own, records it.
    settings.getRange(row, 2).setValue('someone-elses-folder');
    made(makeMonthReport('2026-11'));

    const created = DriveApp.getFoldersByName(EXPORT_FOLDER_NAME).next();
    expect(fake.values('Settings')[row - 1]).toEqual(['exportFolderId', created.getId()]);
  });

  it('mails the finance list the figures and the links to the tab and every file', () => {
    open();

    const outcome = made(makeMonthReport('2026-11'));

    expect(fake.sentMails).toHaveLength(1);
    const mail = fake.sentMails[0];
    expect(mail.to).toBe(FINANCE);
    expect(mail.subject).toContain('月报 2026-11');
    expect(mail.body).toContain('利润 Profit: 102.49 CNY');
    expect(mail.body).toContain(outcome.tab.url);
    for (const file of outcome.files) expect(mail.body).toContain(file.url);
    const pdf = outcome.files.find((file) => file.name === 'month-end-2026-11.pdf')!;
    const xlsx = outcome.files.find((file) => file.name === 'month-end-2026-11.xlsx')!;
    expect(mail.body).toContain(`• month-end-2026-11.pdf: ${pdf.url}`);
    expect(mail.body).toContain(`• month-end-2026-11.xlsx: ${xlsx.url}`);
    expect(mail.htmlBody).toContain(`<a href="${pdf.url}">month-end-2026-11.pdf</a>`);
    expect(mail.htmlBody).toContain(`<a href="${xlsx.url}">month-end-2026-11.xlsx</a>`);
    expect(outcome.mailedTo).toEqual([FINANCE]);
    expect(outcome.mailNote).toBe('');
  });

  it('still makes the report when the mail quota is used up, and says no mail went out', () => {
    open({ mailQuota: 0 });

    const outcome = made(makeMonthReport('2026-11'));

    expect(fake.sheetNames).toContain(TAB);
    expect(fake.sentMails).toHaveLength(0);
    expect(outcome.mailedTo).toEqual([]);
    expect(outcome.mailNote).toBe("No mail was sent: today's mail quota is used up");
  });

  it('replaces the tab whole on a second run: one tab, no leftover rows, no extra charts', () => {
    open();
    made(makeMonthReport('2026-11'));
    const first = fake.values(TAB);
    SpreadsheetApp.getActive()
      .getSheetByName(TAB)!
      .getRange(first.length + 40, 1)
      .setValue('x');
    const savedOnce = fake.files.filter((file) => !file.trashed).length;

    made(makeMonthReport('2026-11'));

    expect(fake.sheetNames.filter((name) => name === TAB)).toHaveLength(1);
    expect(fake.values(TAB)).toEqual(first);
    expect(fake.charts(TAB)).toHaveLength(2);
    expect(fake.protections(TAB)).toHaveLength(1);
    expect(fake.files.filter((file) => !file.trashed)).toHaveLength(savedOnce);
  });

  it('adds the staff section: base, overtime, attendance, bonus and total per person', async () => {
    open({}, books({ staff: STAFF }));

    const outcome = made(makeMonthReport('2026-11'));

    const values = fake.values(TAB);
    const title = values.findIndex((row) => row[0] === '员工月度汇总 Staff summary 2026-11 (CNY)');
    expect(title).toBeGreaterThan(0);
    expect(values.slice(title + 1, title + 5).map((row) => row.slice(0, 6))).toEqual([
      [
        '姓名 Name',
        '基本工资 Base salary',
        '加班费 Overtime pay',
        '考勤清零 Attendance zeroed',
        '绩效奖金 Bonus',
        '合计 Total',
      ],
      ['Li', 6000, 300, '否 No', 600, 6900],
      ['Wang', 5000, 0, '是 Yes', 0, 5000],
      ['合计 Total', 11000, 300, '1 / 2', 600, 11900],
    ]);
    expect(fake.charts(TAB)).toHaveLength(2);
    expect(outcome.files.map((file) => file.name)).toContain('month-end-2026-11.xlsx');
    const xlsx = fake.files.find((file) => file.name === 'month-end-2026-11.xlsx')!;
    const staff = (await savedWorkbook(xlsx.id)).getWorksheet('员工 Staff')!;
    expect(rowsLabelled(staff, ['Li', 'Wang', '合计 Total'])).toEqual([
      ['Li', 6000, 300, '否 No', 600, 6900],
      ['Wang', 5000, 0, '是 Yes', 0, 5000],
      ['合计 Total', 11000, 300, '1 / 2', 600, 11900],
    ]);
  });

  it("refuses for an error on a staff row of the month, not for another month's row", () => {
    const wrongOctober = [
      ...STAFF,
      { name: 'Zhao', month: '2026-10', baseSalary: 1, workingDays: 40 },
    ];
    open({}, books({ staff: wrongOctober }));
    made(makeMonthReport('2026-11'));
    fake.uninstall();

    const wrongNovember = [
      ...STAFF,
      { name: 'Zhao', month: '2026-11', baseSalary: 1, workingDays: 40 },
    ];
    open({}, books({ staff: wrongNovember }));
    const outcome = refused(makeMonthReport('2026-11'));

    expect(outcome.problems).toEqual([
      expect.stringContaining('Staff row 5, column "Working days"'),
    ]);
    expect(fake.sheetNames).not.toContain(TAB);
  });

  it('refuses someone not on the finance list, and writes, saves and mails nothing', () => {
    open({ user: DIRECTOR });
    const settingsBefore = fake.values('Settings');

    const outcome = refused(makeMonthReport('2026-11'));

    expect(outcome.message).toBe(
      `Making the 2026-11 月报 month-end report needs the finance role (set in Settings); ` +
        `${DIRECTOR} does not have it`,
    );
    expect(fake.sheetNames).not.toContain(TAB);
    expect(fake.files).toHaveLength(1);
    expect(fake.sentMails).toHaveLength(0);
    expect(fake.values('Settings')).toEqual(settingsBefore);
  });

  it('stops at a missing FX rate, naming the month and the currency, with nothing written', () => {
    const noNovemberEuro = FX.filter(
      (rate) => !(rate.month === '2026-11' && rate.currency === 'EUR'),
    );
    open({}, books({ fx: noNovemberEuro }));

    const outcome = refused(makeMonthReport('2026-11'));

    expect(outcome.message).toBe('The report was not made and nothing was changed.');
    expect(outcome.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /no EUR rate for 2026-11.*add a row with month 2026-11 and currency EUR/,
        ),
      ]),
    );
    expect(fake.sheetNames).not.toContain(TAB);
    expect(fake.files).toHaveLength(1);
    expect(fake.sentMails).toHaveLength(0);
  });

  it('answers in Chinese to a Chinese user', () => {
    const noNovemberEuro = FX.filter(
      (rate) => !(rate.month === '2026-11' && rate.currency === 'EUR'),
    );
    open({ userLocale: 'zh-CN' }, books({ fx: noNovemberEuro }));

    const outcome = refused(makeMonthReport('2026-11'));

    expect(outcome.message).toBe('报表未生成，也没有任何更改。');
    expect(outcome.problems.join('\n')).toContain('缺少 2026-11 EUR 的汇率');
  });

  it('says someone else is working when the document lock stays taken', () => {
    open();
    fake.holdDocumentLock('other@shop.cn');

    const outcome = refused(makeMonthReport('2026-11'));

    expect(outcome.message).toMatch(/Someone else is running an action/);
    expect(fake.sheetNames).not.toContain(TAB);
  });

  it('refuses a period that is not a month or a quarter, touching nothing', () => {
    open();

    expect(refused(makeMonthReport('2026-13')).message).toMatch(/choose a month/);
    expect(refused(makeMonthReport({ month: '2026-11' })).message).toMatch(/choose a month/);
    expect(refused(makeQuarterReport('2026-Q5')).message).toMatch(/choose a month/);
    expect(fake.callSummary().writes).toBe(0);
  });

  it('makes the quarterly statement on its 季报 tab with its files', () => {
    open();

    const outcome = made(makeQuarterReport('2026-Q4'));

    expect(fake.sheetNames).toContain('季报 2026-Q4');
    expect(fake.charts('季报 2026-Q4')).toHaveLength(1);
    expect(outcome.files.map((file) => file.name)).toEqual([
      'quarter-2026-Q4.json',
      'quarter-2026-Q4.pdf',
      'quarter-2026-Q4.xlsx',
    ]);
    expect(fake.sentMails[0].subject).toContain('季报 2026-Q4');
  });
});

describe('monthly report job', () => {
  let fake: FakeGas;

  function open(sheets = books()): void {
    fake = installGas({ user: FINANCE, userLocale: 'en-GB', now: () => new Date(), sheets });
  }

  afterEach(() => fake.uninstall());

  it("makes last month's report on the 1st, once however often it runs", () => {
    open();

    monthlyReport();
    monthlyReport();
    setClock(new Date('2026-12-02T01:00:00Z'));
    monthlyReport();

    expect(fake.sheetNames.filter((name) => name.startsWith('月报'))).toEqual([TAB]);
    expect(fake.sentMails).toHaveLength(1);
    expect(fake.documentProperties[LAST_MONTH_PROPERTY]).toBe('2026-11');
  });

  it('makes the next month when the next month is over', () => {
    open();
    monthlyReport();

    setClock(new Date('2027-01-01T01:00:00Z'));
    monthlyReport();

    expect(fake.sheetNames).toContain('月报 2026-12');
    expect(fake.documentProperties[LAST_MONTH_PROPERTY]).toBe('2026-12');
  });

  it('rests when finance made the report by hand after the month was over', () => {
    open();
    made(makeMonthReport('2026-11'));

    monthlyReport();

    expect(fake.sentMails).toHaveLength(1);
  });

  it('still makes the report when the only one made by hand was before the month ended', () => {
    setClock(new Date('2026-11-25T01:00:00Z'));
    open();
    made(makeMonthReport('2026-11'));

    setClock(FIRST_OF_DECEMBER);
    monthlyReport();

    expect(fake.sentMails).toHaveLength(2);
    expect(fake.documentProperties[LAST_MONTH_PROPERTY]).toBe('2026-11');
  });

  it('mails its installer once what to fix when the report is refused', () => {
    const noNovemberEuro = FX.filter(
      (rate) => !(rate.month === '2026-11' && rate.currency === 'EUR'),
    );
    open(books({ fx: noNovemberEuro }));

    monthlyReport();
    monthlyReport();

    expect(fake.sheetNames).not.toContain(TAB);
    expect(fake.sentMails).toHaveLength(1);
    expect(fake.sentMails[0].to).toBe(FINANCE);
    expect(fake.sentMails[0].subject).toContain('Month-end report 2026-11 not made');
    expect(fake.sentMails[0].body).toContain('缺少 2026-11 EUR 的汇率');
    expect(fake.sentMails[0].body).toContain('no EUR rate for 2026-11');
    expect(fake.documentProperties[LAST_MONTH_PROPERTY]).toBeUndefined();
  });
});

describe('report periods', () => {
  it('offers the months and quarters up to now, the last ended ones chosen', () => {
    const choices = periodChoices('2027-01-15');

    expect(choices.defaultMonth).toBe('2026-12');
    expect(choices.defaultQuarter).toBe('2026-Q4');
    expect(choices.months.slice(0, 3).map((month) => month.value)).toEqual([
      '2027-01',
      '2026-12',
      '2026-11',
    ]);
    expect(choices.months).toHaveLength(24);
    expect(choices.quarters.slice(0, 3).map((quarter) => quarter.value)).toEqual([
      '2027-Q1',
      '2026-Q4',
      '2026-Q3',
    ]);
  });
});

describe('reports sidebar', () => {
  let fake: FakeGas;
  afterEach(() => fake.uninstall());

  it('tells someone not on the finance list, in their language, before they press', () => {
    fake = installGas({
      user: DIRECTOR,
      userLocale: 'zh-CN',
      now: () => new Date(),
      sheets: books(),
    });

    const view = getReportsView();

    expect(view.lang).toBe('zh');
    expect(view.text.make).toBe('生成报表');
    expect(view.financeNote).toContain('财务名单');
    expect(view.defaultMonth).toBe('2026-11');
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('says nothing of the finance list to someone on it, and opens from the menu', () => {
    fake = installGas({
      user: FINANCE,
      userLocale: 'en-GB',
      now: () => new Date(),
      sheets: books(),
    });

    expect(getReportsView().financeNote).toBe('');
    showReports();
    expect(fake.ui.sidebars.map((sidebar) => sidebar.title)).toEqual([
      'Month-end and quarterly reports',
    ]);
  });
});

describe('Book month from the menu', () => {
  let fake: FakeGas;
  afterEach(() => fake.uninstall());

  it('stamps the month on its refunds and says which rows, once', () => {
    fake = installGas({
      user: FINANCE,
      userLocale: 'en-GB',
      now: () => new Date(),
      sheets: books(),
    });
    fake.ui.answerNextPrompt('2026-11');
    fake.ui.answerNextPrompt('');

    bookMonthFromMenu();
    bookMonthFromMenu();

    const refunds = fake.values('Refunds');
    const booked = refunds[0].indexOf(
      SHEETS.refunds.columns.find((c) => c.id === 'bookedMonth')!.label.en,
    );
    expect(refunds.slice(1).map((row) => row[booked])).toEqual(['', '2026-11', '2026-11', '']);
    expect(fake.ui.alerts.map((alert) => alert.prompt)).toEqual([
      'Booked 2 refunds in 2026-11 (Refunds rows 3, 4).',
      'Nothing to book for 2026-11: its refunds are booked already, or there are none.',
    ]);
  });

  it('tells someone not on the finance list, and stamps nothing', () => {
    fake = installGas({
      user: DIRECTOR,
      userLocale: 'en-GB',
      now: () => new Date(),
      sheets: books(),
    });
    const before = fake.values('Refunds');
    fake.ui.answerNextPrompt('2026-11');

    bookMonthFromMenu();

    expect(fake.values('Refunds')).toEqual(before);
    expect(fake.ui.alerts[0].prompt).toMatch(/needs the finance role/);
  });

  it('does nothing when the prompt is cancelled, and explains a month it cannot read', () => {
    fake = installGas({
      user: FINANCE,
      userLocale: 'en-GB',
      now: () => new Date(),
      sheets: books(),
    });
    const before = fake.values('Refunds');
    fake.ui.answerNextPrompt('2026-11', 'CANCEL');
    fake.ui.answerNextPrompt('November');

    bookMonthFromMenu();
    bookMonthFromMenu();

    expect(fake.values('Refunds')).toEqual(before);
    expect(fake.ui.alerts.map((alert) => alert.prompt)).toEqual([
      '"November" is not a month: enter it as YYYY-MM, e.g. 2026-11.',
    ]);
  });
});

describe('Compute staff pay from the menu', () => {
  let fake: FakeGas;
  afterEach(() => fake.uninstall());

  it('writes the computed columns and says so', () => {
    fake = installGas({
      user: FINANCE,
      userLocale: 'en-GB',
      sheets: { Settings: settingsRows(), Staff: tab('staff', STAFF) },
    });

    computeStaffPayFromMenu();

    const values = fake.values('Staff');
    const at = values[0].indexOf('Overtime pay');
    expect(values.slice(1).map((row) => row.slice(at, at + 3))).toEqual([
      [300, 'N', 'N'],
      [0, 'Y', 'Y'],
      [0, 'N', 'N'],
    ]);
    expect(fake.ui.alerts[0].prompt).toBe(
      'Wrote overtime pay, attendance zeroed and bonus lost for 3 people-months ' +
        '(handbook R1.16–R1.18).',
    );
  });
});
