import type { Cell } from '../core/cells';
import type { StaffRow } from '../core/contract/rows';
import { isMonth } from '../core/finance/month-end';
import { quarterMonths } from '../core/finance/quarter';
import { percentText } from '../core/finance/tables';
import type { ReportTable } from '../core/finance/tables';
import { UnusableInputError } from '../core/findings';
import type { Finding } from '../core/findings';
import { t } from '../core/i18n';
import { fromCents } from '../core/money';
import type { Cents } from '../core/money';
import type { SheetRead } from '../core/reader';
import { reportTableCsv } from '../core/report-csv';
import { requireRole } from '../core/roles';
import type { Settings } from '../core/settings';
import { staffMonths } from '../core/staff';
import { staffTable } from '../core/staff-report';
import type { OutgoingMail, OutputFile, TabEdit, Workbook } from '../workbook/port';
import { load } from './load';
import { monthEnd, monthEndTabName, reportSheet } from './month-end';
import { quarter, quarterTabName } from './quarter';
import { staffFindings } from './staff';
import { escapeHtml } from '../core/html';

/** A finance report ready for its host: the generated tab, its files and the mail's figures. */
export interface FinanceReport {
  kind: 'month' | 'quarter';
  /** `YYYY-MM` or `YYYY-Qn`. */
  period: string;
  /** The generated tab: `月报 YYYY-MM` or `季报 YYYY-Qn`. */
  tab: string;
  /** The tab replaced whole, with its charts, protected against edits by anyone not in finance. */
  sheet: TabEdit;
  tables: ReportTable[];
  /** The report's JSON and one CSV per table. */
  files: OutputFile[];
  /** The figures a mail leads with, in base currency. */
  headline: { currency: string; sales: number; netSales: number; profit: number; margin: string };
  /** The Settings finance list: the tab's editors and the mail's recipients. */
  finance: string[];
}

/**
 * A Workbook that reads each tab once however many workflows it is handed to, so that a
 * report composed of several workflows still reads every sheet a single time.
 */
class ReadOnce implements Workbook {
  private readonly values = new Map<string, Cell[][]>();

  constructor(private readonly workbook: Workbook) {}

  timeZone(): string {
    return this.workbook.timeZone();
  }

  cellTimeZone(): string {
    return this.workbook.cellTimeZone();
  }

  tabNames(): string[] {
    return this.workbook.tabNames();
  }

  read(tab: string): Cell[][] {
    let values = this.values.get(tab);
    if (!values) {
      values = this.workbook.read(tab);
      this.values.set(tab, values);
    }
    return values;
  }

  readNotes(tab: string): string[][] {
    return this.workbook.readNotes(tab);
  }

  readBackgrounds(tab: string): string[][] {
    return this.workbook.readBackgrounds(tab);
  }

  apply(edits: TabEdit[]): void {
    this.workbook.apply(edits);
    for (const edit of edits) this.values.delete(edit.tab);
  }
}

/** The description of a report tab's protection: a re-run finds and replaces it. */
export function reportProtection(tab: string): string {
  return `Seller Sheets: ${tab}`;
}

/** Checks the acting user is on the finance list before anything is computed. */
function financeOnly(workbook: Workbook, user: string | null | undefined, what: string): Settings {
  const { settings } = load(workbook, []);
  requireRole(settings, user, 'finance', t(`生成${what}`, `Making the ${what} report`));
  return settings;
}

/**
 * The Staff sheet's errors that would make the month's staff section wrong: those on rows of
 * the month, and on rows whose month cannot be read (they may belong to it).
 */
function staffErrorsOf(read: SheetRead<StaffRow>, month: string): Finding[] {
  const rows = new Set(
    read.rows.filter((row) => row.month === null || row.month === month).map((r) => r.rowNumber),
  );
  return [...read.findings, ...staffFindings(read)].filter(
    (finding) => finding.severity === 'error' && finding.row !== null && rows.has(finding.row),
  );
}

/** One file per table, `<base> - <table name>.csv`. */
function csvFiles(base: string, tables: readonly ReportTable[]): OutputFile[] {
  return tables.map((table) => ({
    name: `${base} - ${table.name}.csv`,
    mimeType: 'text/csv',
    content: reportTableCsv(table),
  }));
}

function protectedSheet(sheet: TabEdit, finance: string[]): TabEdit {
  return { ...sheet, protect: [{ description: reportProtection(sheet.tab), editors: finance }] };
}

function headlineOf(
  currency: string,
  figures: { sales: Cents; netSales: Cents; profit: Cents; margin: number | null },
): FinanceReport['headline'] {
  return {
    currency,
    sales: fromCents(figures.sales),
    netSales: fromCents(figures.netSales),
    profit: fromCents(figures.profit),
    margin: percentText(figures.margin),
  };
}

/**
 * The month-end report of a month for finance (R7.1): the month-end workflow's tables plus the
 * staff section (R1.16–R1.18) when the Staff sheet has rows of the month, on the `月报` tab
 * that only finance may edit, with the JSON and a CSV per table. Refused with a RoleError
 * for anyone not on the finance list, and with an UnusableInputError naming every cell,
 * missing FX rate (month and currency) and staff row to fix. Writes nothing itself.
 */
export function monthReport(
  workbook: Workbook,
  month: string,
  user: string | null | undefined,
  now: Date,
): FinanceReport {
  if (!isMonth(month)) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  const books = new ReadOnce(workbook);
  const settings = financeOnly(books, user, `${month} 月报 month-end`);
  const staffRead = load(books, ['staff']).reads.staff;
  const staffErrors = staffRead ? staffErrorsOf(staffRead, month) : [];

  let run: ReturnType<typeof monthEnd>;
  try {
    run = monthEnd(books, month, now);
  } catch (error) {
    if (error instanceof UnusableInputError && staffErrors.length > 0) {
      throw new UnusableInputError([...error.findings, ...staffErrors]);
    }
    throw error;
  }
  if (staffErrors.length > 0) throw new UnusableInputError(staffErrors);

  const { report } = run;
  const staff = staffRead
    ? staffTable(staffMonths(staffRead).months, month, report.currency)
    : null;
  const tables = staff ? [...run.tables, staff] : run.tables;
  const tab = monthEndTabName(month);
  const subtitle = String(run.sheet.blocks?.[0]?.values[0]?.[1] ?? '');
  const sheet = staff ? reportSheet(books, tab, tables, subtitle) : run.sheet;
  return {
    kind: 'month',
    period: month,
    tab,
    sheet: protectedSheet(sheet, settings.finance),
    tables,
    files: [...run.files, ...csvFiles(`month-end-${month}`, tables)],
    headline: headlineOf(report.currency, {
      sales: report.sales.total,
      netSales: report.netSales,
      profit: report.profit,
      margin: report.margin,
    }),
    finance: settings.finance,
  };
}

/**
 * The quarterly statement for shareholders (R7.7) for finance: the quarter workflow's tab,
 * protected like the month's, with the JSON and a CSV per table. Refused like monthReport.
 */
export function quarterReport(
  workbook: Workbook,
  quarterText: string,
  user: string | null | undefined,
  now: Date,
): FinanceReport {
  if (!quarterMonths(quarterText)) throw new RangeError(`not a quarter (YYYY-Qn): ${quarterText}`);
  const books = new ReadOnce(workbook);
  const settings = financeOnly(books, user, `${quarterText.toUpperCase()} 季报 quarterly`);
  const run = quarter(books, quarterText, now);
  const { statement } = run;
  return {
    kind: 'quarter',
    period: statement.quarter,
    tab: quarterTabName(statement.quarter),
    sheet: protectedSheet(run.sheet, settings.finance),
    tables: run.tables,
    files: [...run.files, ...csvFiles(`quarter-${statement.quarter}`, run.tables)],
    headline: headlineOf(statement.currency, statement.total),
    finance: settings.finance,
  };
}

/** A link the report mail carries. */
export interface ReportLink {
  name: string;
  url: string;
}

/** The mail to the finance list: the headline figures, the tab and every saved file, zh and en. */
export function reportMail(
  report: FinanceReport,
  links: { tab: string; folder: ReportLink | null; files: readonly ReportLink[] },
): OutgoingMail {
  const { headline: h, period } = report;
  const title =
    report.kind === 'month'
      ? { zh: `月报 ${period}`, en: `Month-end report ${period}` }
      : { zh: `季报 ${period}`, en: `Quarterly statement ${period}` };
  const figures = [
    `销售额 Sales: ${h.sales.toFixed(2)} ${h.currency}`,
    `净销售额 Net sales: ${h.netSales.toFixed(2)} ${h.currency}`,
    `利润 Profit: ${h.profit.toFixed(2)} ${h.currency}`,
    `利润率 Margin: ${h.margin}`,
  ];
  const opening = `${title.zh}已生成。${title.en} is ready.`;
  const body = [
    opening,
    '',
    ...figures,
    '',
    `工作表 Sheet "${report.tab}": ${links.tab}`,
    ...(links.folder ? [`文件夹 Folder "${links.folder.name}": ${links.folder.url}`] : []),
    ...links.files.map((file) => `• ${file.name}: ${file.url}`),
    '',
    '如需 PDF 或 Excel：打开工作表，选择“文件 › 下载”，并选“当前工作表”。',
    'For a PDF or Excel file: open the sheet, File › Download, and choose "Current sheet".',
  ].join('\n');
  const anchor = (link: ReportLink) =>
    `<a href="${escapeHtml(link.url)}">${escapeHtml(link.name)}</a>`;
  const htmlBody = [
    `<p>${escapeHtml(opening)}</p>`,
    `<p>${figures.map(escapeHtml).join('<br>')}</p>`,
    `<p>${anchor({ name: `工作表 Sheet ${report.tab}`, url: links.tab })}</p>`,
    ...(links.folder ? [`<p>${anchor(links.folder)}</p>`] : []),
    `<ul>${links.files.map((file) => `<li>${anchor(file)}</li>`).join('')}</ul>`,
    '<p>如需 PDF 或 Excel：打开工作表，选择“文件 › 下载”，并选“当前工作表”。<br>' +
      'For a PDF or Excel file: open the sheet, File › Download, and choose "Current sheet".</p>',
  ].join('\n');
  return {
    to: report.finance,
    subject: `${title.zh} ${title.en} · Seller Sheets`,
    body,
    htmlBody,
  };
}
