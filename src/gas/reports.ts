import { localDate, monthOf, previousMonth, wallClock } from '../core/dates';
import { isMonth } from '../core/finance/month-end';
import { quarterMonths } from '../core/finance/quarter';
import { reportHtml } from '../core/finance/report-html';
import { reportWorkbookParts } from '../core/xlsx/report-workbook';
import { XLSX_MIME } from '../core/xlsx/workbook';
import { UnusableInputError } from '../core/findings';
import type { Lang, Localized } from '../core/i18n';
import { hasRole, RoleError } from '../core/roles';
import { load } from '../workflows/load';
import { monthReport, quarterReport, reportMail } from '../workflows/month-report';
import type { FinanceReport } from '../workflows/month-report';
import type { OutgoingMail, OutputFile } from '../workbook/port';
import { folderNamed, openExportFolder, saveFiles } from './export-folder';
import type { SavedFile } from './export-folder';
import { audited } from './audit';
import { BUSY_MESSAGE, BusyError, withDocumentLock } from './lock';
import { userLang } from './locale';
import { SpreadsheetWorkbook } from './spreadsheet-workbook';

/** Document property: the latest month whose report was made after the month had ended. */
export const LAST_MONTH_PROPERTY = 'monthlyReport.lastMonth';

/** Document property: the month the monthly job last mailed its installer about a refusal. */
export const WARNED_MONTH_PROPERTY = 'monthlyReport.warnedMonth';

/** A trigger may wait longer for the lock than a person would: nobody is watching it. */
const TRIGGER_LOCK_WAIT_MS = 60_000;

/** Months and quarters the sidebar offers, newest first. */
const OFFERED_MONTHS = 24;
const OFFERED_QUARTERS = 8;

type Kind = FinanceReport['kind'];

/** One choice of the sidebar's month or quarter list. */
export interface PeriodOption {
  value: string;
  label: string;
}

/** Everything the reports sidebar shows before a report is made, in the user's language. */
export interface ReportsView {
  lang: Lang;
  months: PeriodOption[];
  quarters: PeriodOption[];
  /** The last month and the last quarter that have ended. */
  defaultMonth: string;
  defaultQuarter: string;
  /** '' for someone on the finance list; otherwise why the button will be refused. */
  financeNote: string;
  text: {
    title: string;
    intro: string;
    kindLegend: string;
    month: string;
    quarter: string;
    monthLabel: string;
    quarterLabel: string;
    make: string;
    making: string;
    seconds: string;
    madeHeading: string;
    sheet: string;
    folder: string;
    files: string;
    problemsHeading: string;
    close: string;
  };
}

/** A report made: where to open it, what was saved, who got the mail. */
export interface ReportMade {
  ok: true;
  kind: Kind;
  period: string;
  /** One sentence of what happened. */
  message: string;
  tab: SavedFile;
  folder: SavedFile;
  files: SavedFile[];
  mailedTo: string[];
  /** Why no mail went out, or ''. */
  mailNote: string;
}

/** A report refused: the reason, and each thing to fix (sheet, row, column, month, currency). */
export interface ReportRefused {
  ok: false;
  message: string;
  problems: string[];
}

export type ReportOutcome = ReportMade | ReportRefused;

/** The sidebar's words. */
const PAGE: Record<Lang, ReportsView['text']> = {
  zh: {
    title: '月报与季报',
    intro: '选择月份或季度后生成报表：会替换报表工作表、把文件存入导出文件夹，并邮件通知财务。',
    kindLegend: '报表类型',
    month: '月报',
    quarter: '季报',
    monthLabel: '月份',
    quarterLabel: '季度',
    make: '生成报表',
    making: '正在生成报表…',
    seconds: '秒',
    madeHeading: '已生成',
    sheet: '报表工作表',
    folder: '导出文件夹',
    files: '文件',
    problemsHeading: '请先修正：',
    close: '关闭',
  },
  en: {
    title: 'Month-end and quarterly reports',
    intro:
      'Choose a month or a quarter and make its report: the report sheet is replaced, the ' +
      'files are saved in the export folder and finance gets a mail.',
    kindLegend: 'Report',
    month: 'Month-end',
    quarter: 'Quarterly',
    monthLabel: 'Month',
    quarterLabel: 'Quarter',
    make: 'Make report',
    making: 'Making the report…',
    seconds: 's',
    madeHeading: 'Made',
    sheet: 'Report sheet',
    folder: 'Export folder',
    files: 'Files',
    problemsHeading: 'Please fix first:',
    close: 'Close',
  },
};

/** What the server says back. */
const MESSAGES = {
  zh: {
    financeNote: '只有“设置”中财务名单上的人可以生成报表；您不在名单上。',
    badPeriod: '请选择一个月份（YYYY-MM）或季度（YYYY-Qn）。',
    refusedIntro: '报表未生成，也没有任何更改。',
    noMail: '没有发送邮件：',
    quota: '今天的邮件配额已用完',
  },
  en: {
    financeNote:
      'Only people on the finance list in Settings may make reports, and you are not on it.',
    badPeriod: 'Please choose a month (YYYY-MM) or a quarter (YYYY-Qn).',
    refusedIntro: 'The report was not made and nothing was changed.',
    noMail: 'No mail was sent: ',
    quota: "today's mail quota is used up",
  },
};

function quarterOf(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${year}-Q${Math.floor((number - 1) / 3) + 1}`;
}

function previousQuarter(quarter: string): string {
  const [year, number] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  return number === 1 ? `${year - 1}-Q4` : `${year}-Q${number - 1}`;
}

/** The months and quarters up to today's, newest first; by default the last ended ones. */
export function periodChoices(
  today: string,
): Pick<ReportsView, 'months' | 'quarters' | 'defaultMonth' | 'defaultQuarter'> {
  const months: PeriodOption[] = [];
  for (let month = monthOf(today); months.length < OFFERED_MONTHS; month = previousMonth(month)) {
    months.push({ value: month, label: month });
  }
  const quarters: PeriodOption[] = [];
  let quarter = quarterOf(monthOf(today));
  for (; quarters.length < OFFERED_QUARTERS; quarter = previousQuarter(quarter)) {
    quarters.push({ value: quarter, label: quarter });
  }
  return {
    months,
    quarters,
    defaultMonth: previousMonth(monthOf(today)),
    defaultQuarter: previousQuarter(quarterOf(monthOf(today))),
  };
}

/** The person at the keyboard; '' when Google does not say, which holds no role. */
function activeUser(): string {
  return Session.getActiveUser().getEmail();
}

/** Sends the report mail within the day's quota; the reason when it could not. */
function sendReportMail(mail: OutgoingMail): { sentTo: string[]; problem: Localized | null } {
  if (MailApp.getRemainingDailyQuota() < mail.to.length) {
    return { sentTo: [], problem: { zh: MESSAGES.zh.quota, en: MESSAGES.en.quota } };
  }
  try {
    MailApp.sendEmail({
      to: mail.to.join(','),
      subject: mail.subject,
      body: mail.body,
      htmlBody: mail.htmlBody,
    });
    return { sentTo: [...mail.to], problem: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { sentTo: [], problem: { zh: message, en: message } };
  }
}

/** What making a report did, before it is put in words. */
interface MadeRun {
  report: FinanceReport;
  tab: SavedFile;
  folder: SavedFile;
  files: SavedFile[];
  mail: { sentTo: string[]; problem: Localized | null };
}

/** A blob's bytes as a file to save (Apps Script's bytes are signed). */
function fileOf(blob: GoogleAppsScript.Base.Blob, name: string, mimeType: string): OutputFile {
  return { name, mimeType, content: Uint8Array.from(blob.getBytes(), (byte) => byte & 0xff) };
}

/**
 * The report as a PDF and an .xlsx, from the same tables as its tab, without the wide
 * `script.external_request` scope that the tab's export address would need: Apps Script
 * converts the report's HTML to PDF, and zips the SpreadsheetML parts into the .xlsx.
 */
function printedFiles(report: FinanceReport, generated: string): OutputFile[] {
  const base = report.kind === 'month' ? `month-end-${report.period}` : `quarter-${report.period}`;
  const html = reportHtml({
    kind: report.kind,
    period: report.period,
    currency: report.headline.currency,
    generated,
    tables: report.tables,
  });
  const pdf = Utilities.newBlob(html, 'text/html', `${base}.html`).getAs('application/pdf');
  const parts = reportWorkbookParts(report.tables).map((part) =>
    Utilities.newBlob(part.content, 'application/xml', part.path),
  );
  const xlsx = Utilities.zip(parts, `${base}.xlsx`).setContentType(XLSX_MIME);
  return [fileOf(pdf, `${base}.pdf`, 'application/pdf'), fileOf(xlsx, `${base}.xlsx`, XLSX_MIME)];
}

/**
 * Makes a report, to be called under the document lock: computes it (refused before anything
 * is written for a non-finance user or input to fix) with its PDF and .xlsx, opens or makes
 * the export folder, replaces the report tab, saves the JSON, PDF and .xlsx in today's dated
 * subfolder and mails finance.
 */
function makeReport(kind: Kind, period: string, user: string, now: Date): MadeRun {
  const spreadsheet = SpreadsheetApp.getActive();
  const workbook = new SpreadsheetWorkbook(spreadsheet);
  const report =
    kind === 'month'
      ? monthReport(workbook, period, user, now)
      : quarterReport(workbook, period, user, now);
  const generated = wallClock(now, workbook.timeZone()).replace('T', ' ');
  // The .xlsx holds every table the per-table CSVs held: only the JSON is kept beside it.
  const saved = [
    ...report.files.filter((file) => file.mimeType !== 'text/csv'),
    ...printedFiles(report, generated),
  ];

  const { folder: root } = openExportFolder(workbook);
  workbook.apply([report.sheet]);
  const today = localDate(now, workbook.timeZone());
  const day = folderNamed(root, today);
  const files = saveFiles(day, saved);
  const sheetId = spreadsheet.getSheetByName(report.tab)!.getSheetId();
  const tab = { name: report.tab, url: `${spreadsheet.getUrl()}#gid=${sheetId}` };
  const folder = { name: `${root.getName()} / ${today}`, url: day.getUrl() };
  const mail = sendReportMail(reportMail(report, { tab: tab.url, folder, files }));

  // Only a report of a month that is over counts as that month's report for the monthly job.
  const properties = PropertiesService.getDocumentProperties();
  const last = properties.getProperty(LAST_MONTH_PROPERTY);
  if (kind === 'month' && period < monthOf(today) && (last === null || last < period)) {
    properties.setProperty(LAST_MONTH_PROPERTY, period);
  }
  return { report, tab, folder, files, mail };
}

function madeView(run: MadeRun, lang: Lang): ReportMade {
  const zh = lang === 'zh';
  const { report, mail } = run;
  const mailed = mail.sentTo.length > 0;
  const message = zh
    ? `已生成「${report.tab}」，保存了 ${run.files.length} 个文件` +
      (mailed ? `，并已邮件通知 ${mail.sentTo.length} 位财务。` : '。')
    : `Made "${report.tab}" and saved ${run.files.length} files` +
      (mailed ? `; ${mail.sentTo.length} on the finance list got a mail.` : '.');
  return {
    ok: true,
    kind: report.kind,
    period: report.period,
    message,
    tab: run.tab,
    folder: run.folder,
    files: run.files,
    mailedTo: mail.sentTo,
    mailNote: mail.problem ? `${MESSAGES[lang].noMail}${mail.problem[lang]}` : '',
  };
}

/** A refusal in words, or null for an error no one planned for (it is let through). */
function refusedView(error: unknown, lang: Lang): ReportRefused | null {
  if (error instanceof RoleError) return { ok: false, message: error.text(lang), problems: [] };
  if (error instanceof BusyError) return { ok: false, message: BUSY_MESSAGE[lang], problems: [] };
  if (error instanceof UnusableInputError) {
    return {
      ok: false,
      message: MESSAGES[lang].refusedIntro,
      problems: error.findings.map((finding) => finding.message[lang]),
    };
  }
  return null;
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

/** What the Audit log calls making each kind of report. */
const REPORT_ACTIONS: Record<Kind, Localized> = {
  month: { zh: '生成月报', en: 'Making the month-end report' },
  quarter: { zh: '生成季报', en: 'Making the quarterly statement' },
};

/** Makes a report for a person at the sidebar, answering in their language. */
function answer(kind: Kind, period: string): ReportOutcome {
  const started = Date.now();
  const lang = userLang();
  const name = kind === 'month' ? 'month-report' : 'quarter-report';
  try {
    const action = kind === 'month' ? REPORT_ACTIONS.month : REPORT_ACTIONS.quarter;
    const run = withDocumentLock(() =>
      audited(
        action,
        (user) => makeReport(kind, period, user, new Date()),
        (made) => ({
          counts: `${made.files.length} files, ${made.mail.sentTo.length} mailed`,
          sheet: made.report.tab,
        }),
      ),
    );
    console.log(
      `${name} ${run.report.period}: ${run.files.length} files, ` +
        `${run.mail.sentTo.length} mailed, ${seconds(started)} s`,
    );
    return madeView(run, lang);
  } catch (error) {
    const refused = refusedView(error, lang);
    if (!refused) throw error;
    console.log(
      `${name} ${period}: refused, ${refused.problems.length} problems, ${seconds(started)} s`,
    );
    return refused;
  }
}

/** Server function of the reports sidebar: what it offers, in the user's language. */
export function getReportsView(): ReportsView {
  const lang = userLang();
  const workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActive());
  const today = localDate(new Date(), workbook.timeZone());
  let financeNote = '';
  try {
    const { settings } = load(workbook, []);
    if (!hasRole(settings, activeUser(), 'finance')) financeNote = MESSAGES[lang].financeNote;
  } catch (error) {
    if (!(error instanceof UnusableInputError)) throw error;
    financeNote = error.findings.map((finding) => finding.message[lang]).join('\n');
  }
  return { lang, ...periodChoices(today), financeNote, text: PAGE[lang] };
}

/**
 * Server function of the reports sidebar: makes the month-end report of a month (`YYYY-MM`),
 * for finance only, under the document lock. A refusal comes back as words, not an error.
 */
export function makeMonthReport(month: unknown): ReportOutcome {
  if (typeof month !== 'string' || !isMonth(month)) {
    return { ok: false, message: MESSAGES[userLang()].badPeriod, problems: [] };
  }
  return answer('month', month);
}

/** Server function of the reports sidebar: makes the quarterly statement (`YYYY-Qn`). */
export function makeQuarterReport(quarter: unknown): ReportOutcome {
  if (typeof quarter !== 'string' || !/^\d{4}-Q[1-4]$/.test(quarter) || !quarterMonths(quarter)) {
    return { ok: false, message: MESSAGES[userLang()].badPeriod, problems: [] };
  }
  return answer('quarter', quarter);
}

/** Menu "Reports…": opens the reports sidebar. */
export function showReports(): void {
  const page = HtmlService.createHtmlOutputFromFile('reports').setTitle(PAGE[userLang()].title);
  SpreadsheetApp.getUi().showSidebar(page);
}

/** Both languages of a refusal, for a mail nobody asked for in a language of their own. */
function bilingual(error: unknown): string | null {
  const zh = refusedView(error, 'zh');
  const en = refusedView(error, 'en');
  if (!zh || !en) return null;
  const lines = (view: ReportRefused) => [view.message, ...view.problems.map((p) => `• ${p}`)];
  return [...lines(zh), '', ...lines(en)].join('\n');
}

/**
 * Trigger handler: makes last month's report once it is over, running as the person who
 * installed the trigger, who must be on the finance list. Safe to run every day: a month whose
 * report was made (by this job or by hand after the month ended) is not made again. When the
 * report is refused, that person gets one mail a month saying what to fix.
 */
export function monthlyReport(): void {
  const started = Date.now();
  const now = new Date();
  const today = localDate(now, SpreadsheetApp.getActive().getSpreadsheetTimeZone());
  const month = previousMonth(monthOf(today));
  const properties = PropertiesService.getDocumentProperties();
  const last = properties.getProperty(LAST_MONTH_PROPERTY);
  if (last !== null && last >= month) {
    console.log(`monthly-report ${month}: made already, nothing to do`);
    return;
  }

  const user = Session.getEffectiveUser().getEmail();
  try {
    const run = withDocumentLock(() => makeReport('month', month, user, now), TRIGGER_LOCK_WAIT_MS);
    console.log(
      `monthly-report ${month}: ${run.files.length} files, ${run.mail.sentTo.length} mailed, ` +
        `${seconds(started)} s`,
    );
  } catch (error) {
    if (error instanceof BusyError) {
      console.log(`monthly-report ${month}: busy, left for the next run, ${seconds(started)} s`);
      return;
    }
    const text = bilingual(error);
    if (text === null) throw error;
    console.log(`monthly-report ${month}: refused, ${seconds(started)} s`);
    if (user === '' || properties.getProperty(WARNED_MONTH_PROPERTY) === month) return;
    MailApp.sendEmail({
      to: user,
      subject: `月报 ${month} 未生成 · Month-end report ${month} not made · Seller Sheets`,
      body: text,
    });
    properties.setProperty(WARNED_MONTH_PROPERTY, month);
  }
}
