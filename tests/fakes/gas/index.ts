import { join } from 'node:path';

import type { AuthModeName } from './auth-mode';
import { DEFAULT_BACKGROUND } from './cell-values';
import { FakeCharts } from './charts';
import type { ChartSnapshot } from './charts';
import { DEFAULT_NOW, FakeCloud } from './cloud';
import { expose } from './counting';
import type { ValidationSnapshot } from './data-validation';
import { DriveStore, FakeDriveApp } from './drive';
import type { DriveFileSnapshot } from './drive';
import { MimeType } from './enums';
import { FakeHtmlService } from './html';
import { FakeLanguageApp } from './language';
import type { TranslationCall } from './language';
import { FakeLockService, LockStates } from './lock';
import { FakeConsole, FakeLogger } from './logger';
import { FakeMailApp } from './mail';
import type { SentMail } from './mail';
import { FakePropertiesService, PropertyStores } from './properties';
import type { ProtectionSnapshot } from './protection';
import { FakeSession } from './session';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { FakeScriptApp, TriggerBook } from './triggers';
import type { TriggerRecord } from './triggers';
import { FakeUi, UiLog } from './ui';
import { FakeUtilities } from './utilities';

export type { AuthModeName } from './auth-mode';
export type { ChartSnapshot } from './charts';
export type { ValidationSnapshot } from './data-validation';
export type { DriveFileSnapshot } from './drive';
export type { TranslationCall } from './language';
export type { SentMail } from './mail';
export type { ProtectionSnapshot } from './protection';
export type { ClockSchedule, TriggerRecord } from './triggers';
export type { AlertRecord, MenuRecord, PromptRecord, SidebarRecord, UiLog } from './ui';

/** How to set up the fake Google side. Every field is optional. */
export interface GasOptions {
  /** Initial tabs and their values, row 1 first; default one empty tab ('工作表1' in zh). */
  sheets?: Record<string, unknown[][]>;
  /** The spreadsheet's time zone; default 'Asia/Shanghai'. */
  timeZone?: string;
  /** The script project's time zone; default the spreadsheet's. */
  scriptTimeZone?: string;
  /** The spreadsheet's locale; default 'zh_CN'. */
  locale?: string;
  /** What Session.getActiveUserLocale returns; default derived from locale ('zh-CN'). */
  userLocale?: string;
  /** The active user's email; '' is an unknown user. Default 'researcher@example.com'. */
  user?: string;
  /** The spreadsheet's owner; default the user (or 'owner@example.com' if the user is ''). */
  owner?: string;
  /** Others the spreadsheet is shared with; anyone who runs the add-on joins them. */
  editors?: string[];
  /** The authorization mode; default FULL (a menu click or sidebar call). */
  authMode?: AuthModeName;
  /** The clock; default a fixed Monday, 2025-01-06 09:00 in Shanghai. */
  now?: () => Date;
  /** Whether add-on rules apply to triggers (true, the default) or plain-script rules. */
  addOn?: boolean;
  /** The add-on menu's title; default 'Seller Sheets'. */
  addOnName?: string;
  /** Whether strings written to cells are parsed as Sheets parses typing; default true. */
  coerceStrings?: boolean;
  /** Where createHtmlOutputFromFile looks for '<name>.html'; default '<cwd>/dist'. */
  htmlDir?: string;
  /** MailApp's daily recipient quota; default 100 (a consumer account). */
  mailQuota?: number;
  /** The spreadsheet's (and its Drive file's) id. */
  spreadsheetId?: string;
  /** The spreadsheet's name; default 'Seller Sheets'. */
  spreadsheetName?: string;
  /** What ScriptApp.getScriptId returns. */
  scriptId?: string;
}

/** The calls that move cell data out of Sheets. */
export const READ_CALLS = new Set([
  'Range.getValues',
  'Range.getValue',
  'Range.getDisplayValues',
  'Range.getDisplayValue',
  'Range.getFormulas',
  'Range.getFormula',
  'Range.getNotes',
  'Range.getNote',
  'Range.getBackgrounds',
  'Range.getBackground',
  'Range.getDataValidations',
  'Range.getDataValidation',
]);

/** The calls that move cell data into Sheets, or add and remove whole tabs. */
export const WRITE_CALLS = new Set([
  'Range.setValues',
  'Range.setValue',
  'Range.setFormulas',
  'Range.setFormula',
  'Range.setNotes',
  'Range.setNote',
  'Range.setBackgrounds',
  'Range.setBackground',
  'Range.clear',
  'Range.clearContent',
  'Sheet.appendRow',
  'Sheet.clear',
  'Sheet.clearContents',
  'Spreadsheet.insertSheet',
  'Spreadsheet.deleteSheet',
]);

/** The globals the fake installs. */
const GLOBAL_NAMES = [
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'Session',
  'ScriptApp',
  'DriveApp',
  'MailApp',
  'LanguageApp',
  'Utilities',
  'Logger',
  'Charts',
  'MimeType',
  'console',
] as const;

/** The fake services behind the globals, for the inspection helpers. */
interface Services {
  spreadsheet: FakeSpreadsheet;
  stores: PropertyStores;
  locks: LockStates;
  triggers: TriggerBook;
  drive: DriveStore;
  sentMails: SentMail[];
  translations: TranslationCall[];
  ui: UiLog;
}

/**
 * A running fake of the Apps Script services: inspect what the host did, steer who runs it
 * and when, and `uninstall()` it after each test.
 */
export class FakeGas {
  private readonly previous = new Map<string, PropertyDescriptor | undefined>();
  private lockHolder: string | null = null;

  constructor(
    private readonly cloud: FakeCloud,
    private readonly services: Services,
    globals: Record<(typeof GLOBAL_NAMES)[number], unknown>,
  ) {
    for (const name of GLOBAL_NAMES) {
      this.previous.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
      Object.defineProperty(globalThis, name, {
        value: globals[name],
        configurable: true,
        writable: true,
        enumerable: false,
      });
    }
  }

  /** Removes the globals, restoring whatever was there before. */
  uninstall(): void {
    for (const [name, descriptor] of this.previous) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
    this.previous.clear();
  }

  // --- call counting --------------------------------------------------------------------------

  /** Calls made so far, by 'Service.method' (e.g. 'Range.getValues'). */
  get calls(): Readonly<Record<string, number>> {
    return this.cloud.calls;
  }

  /** Forgets the calls counted so far. */
  resetCalls(): void {
    for (const key of Object.keys(this.cloud.calls)) delete this.cloud.calls[key];
  }

  /** All calls, and the data-moving reads and writes among them (see READ_CALLS, WRITE_CALLS). */
  callSummary(): { total: number; reads: number; writes: number } {
    let total = 0;
    let reads = 0;
    let writes = 0;
    for (const [key, count] of Object.entries(this.cloud.calls)) {
      total += count;
      if (READ_CALLS.has(key)) reads += count;
      if (WRITE_CALLS.has(key)) writes += count;
    }
    return { total, reads, writes };
  }

  // --- the spreadsheet, uncounted ---------------------------------------------------------

  /** A tab's values as getDataRange().getValues() returns them. */
  values(tab: string): unknown[][] {
    return this.services.spreadsheet.tab(tab).valueSnapshot();
  }

  /** A tab's formulas ('' where none), over its used area. */
  formulas(tab: string): string[][] {
    return this.services.spreadsheet.tab(tab).grid(
      (cell) => cell?.formula ?? '',
      (cell) => Boolean(cell.formula),
    );
  }

  /** A tab's notes ('' where none), over its used area and every note. */
  notes(tab: string): string[][] {
    return this.services.spreadsheet.tab(tab).grid(
      (cell) => cell?.note ?? '',
      (cell) => Boolean(cell.note),
    );
  }

  /** A tab's backgrounds ('#ffffff' where none), over its used area and every colour. */
  backgrounds(tab: string): string[][] {
    return this.services.spreadsheet.tab(tab).grid(
      (cell) => cell?.background ?? DEFAULT_BACKGROUND,
      (cell) => Boolean(cell.background),
    );
  }

  /** A tab's validation rules (null where none), over its used area and every rule. */
  validations(tab: string): Array<Array<ValidationSnapshot | null>> {
    return this.services.spreadsheet.tab(tab).grid(
      (cell) => cell?.validation?.snapshot() ?? null,
      (cell) => Boolean(cell.validation),
    );
  }

  /** A tab's protections, range and sheet. */
  protections(tab: string): ProtectionSnapshot[] {
    const sheet = this.services.spreadsheet.tab(tab);
    return this.services.spreadsheet.protections
      .filter((protection) => protection.sheet === sheet)
      .map((protection) => protection.snapshot());
  }

  /** A tab's charts. */
  charts(tab: string): ChartSnapshot[] {
    return this.services.spreadsheet.tab(tab).chartSnapshots();
  }

  /** The tab names, in order. */
  get sheetNames(): string[] {
    return this.services.spreadsheet.sheets.map((sheet) => sheet.name);
  }

  // --- other services ------------------------------------------------------------------------

  /** Mails sent, oldest first. */
  get sentMails(): readonly SentMail[] {
    return this.services.sentMails;
  }

  /** Drive files: the spreadsheet itself first, then what the add-on made. */
  get files(): DriveFileSnapshot[] {
    return this.services.drive.snapshot();
  }

  /** Installed triggers of every user. */
  get triggers(): readonly TriggerRecord[] {
    return this.services.triggers.records;
  }

  /** The document properties, shared by the spreadsheet's users. */
  get documentProperties(): Record<string, string> {
    return Object.fromEntries(this.services.stores.document);
  }

  /** The running user's properties. */
  get userProperties(): Record<string, string> {
    return Object.fromEntries(this.services.stores.user(this.cloud.user));
  }

  /** The script properties. */
  get scriptProperties(): Record<string, string> {
    return Object.fromEntries(this.services.stores.script);
  }

  /** LanguageApp.translate calls, oldest first. */
  get translations(): readonly TranslationCall[] {
    return this.services.translations;
  }

  /** Lines from Logger.log and console. */
  get logs(): readonly string[] {
    return this.cloud.logs;
  }

  /** Menus, sidebars, dialogs, alerts, prompts and toasts shown, and the answers to give. */
  get ui(): UiLog {
    return this.services.ui;
  }

  // --- steering ------------------------------------------------------------------------------

  /** The running user's email ('' when unknown). */
  get user(): string {
    return this.cloud.user;
  }

  /** Changes who runs the current execution. */
  setUser(email: string): void {
    this.cloud.execution.user = email;
    this.cloud.meet(email);
  }

  /** Changes the authorization mode of the current execution. */
  setAuthMode(mode: AuthModeName): void {
    this.cloud.execution.authMode = mode;
  }

  /** Replaces the clock. */
  setNow(now: () => Date): void {
    this.cloud.setClock(now);
  }

  /** The fake time now. */
  now(): Date {
    return this.cloud.now();
  }

  /**
   * Runs fn as another execution by `email`, as when a second person presses a button in the
   * same spreadsheet: the spreadsheet, document properties and document lock are shared; user
   * properties, user lock and triggers are theirs. Locks fn took are released when it ends.
   */
  runAs<T>(email: string, fn: () => T): T {
    return this.cloud.runAs(email, fn);
  }

  /** Makes another execution of `email` hold the document lock until releaseDocumentLock. */
  holdDocumentLock(email: string): void {
    if (this.services.locks.document.holder !== null) {
      throw new Error('The document lock is already held.');
    }
    this.services.locks.document.holder = this.cloud.next('execution');
    this.lockHolder = email;
  }

  /** Frees the document lock, whoever holds it. */
  releaseDocumentLock(): void {
    this.services.locks.document.holder = null;
    this.lockHolder = null;
  }

  /** Who holds the document lock through holdDocumentLock, or null. */
  get documentLockHolder(): string | null {
    return this.lockHolder;
  }
}

/** Installs the fake Apps Script globals on globalThis and returns the handle to inspect them. */
export function installGas(options: GasOptions = {}): FakeGas {
  const user = options.user ?? 'researcher@example.com';
  const locale = options.locale ?? 'zh_CN';
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const owner = options.owner ?? (user === '' ? 'owner@example.com' : user);
  const cloud = new FakeCloud(
    {
      timeZone,
      scriptTimeZone: options.scriptTimeZone ?? timeZone,
      locale,
      userLocale: options.userLocale ?? locale.replace('_', '-'),
      owner,
      editors: [...(options.editors ?? [])],
      addOn: options.addOn ?? true,
      addOnName: options.addOnName ?? 'Seller Sheets',
      coerceStrings: options.coerceStrings ?? true,
      htmlDir: options.htmlDir ?? join(process.cwd(), 'dist'),
      mailQuota: options.mailQuota ?? 100,
      spreadsheetId: options.spreadsheetId ?? '1FakeSellerSheetsSpreadsheet0000000000000000',
      spreadsheetName: options.spreadsheetName ?? 'Seller Sheets',
      scriptId: options.scriptId ?? '1FakeSellerSheetsScript000000000000000000000000',
    },
    user,
    options.authMode ?? 'FULL',
    options.now ?? (() => new Date(DEFAULT_NOW)),
  );

  const ui = new UiLog();
  const spreadsheet = new FakeSpreadsheet(cloud, ui.toasts, options.sheets);
  const stores = new PropertyStores();
  const locks = new LockStates();
  const triggers = new TriggerBook(cloud);
  const drive = new DriveStore(cloud, spreadsheet);
  const sentMails: SentMail[] = [];
  const translations: TranslationCall[] = [];
  cloud.whenExecutionEnds((ended) => locks.releaseAllOf(ended.id));

  const fakeUi = new FakeUi(cloud, ui);
  return new FakeGas(
    cloud,
    { spreadsheet, stores, locks, triggers, drive, sentMails, translations, ui },
    {
      SpreadsheetApp: expose(new FakeSpreadsheetApp(cloud, spreadsheet, fakeUi)),
      HtmlService: expose(new FakeHtmlService(cloud)),
      PropertiesService: expose(new FakePropertiesService(cloud, stores)),
      LockService: expose(new FakeLockService(cloud, locks)),
      Session: expose(new FakeSession(cloud)),
      ScriptApp: expose(new FakeScriptApp(cloud, triggers, spreadsheet)),
      DriveApp: expose(new FakeDriveApp(cloud, drive)),
      MailApp: expose(new FakeMailApp(cloud, sentMails, cloud.settings.mailQuota)),
      LanguageApp: expose(new FakeLanguageApp(cloud, translations)),
      Utilities: expose(new FakeUtilities(cloud)),
      Logger: expose(new FakeLogger(cloud)),
      Charts: expose(new FakeCharts(cloud)),
      MimeType,
      console: expose(new FakeConsole(cloud)),
    },
  );
}
