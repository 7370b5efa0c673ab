import { parseA1 } from './a1-notation';
import type { GridRect } from './a1-notation';
import type { FakeCloud } from './cloud';
import { GasObject, fakeOf, unwrap } from './counting';
import type { Implements } from './counting';
import { FakeDataValidationBuilder } from './data-validation';
import {
  BorderStyle,
  DataValidationCriteria,
  Dimension,
  ProtectionType,
  WrapStrategy,
} from './enums';
import type { FakeProtection } from './protection';
import { FakeRange } from './range';
import { FakeUser } from './session';
import { FakeSheet } from './sheet';
import type { FakeUi, ToastRecord } from './ui';

type SpreadsheetMethods =
  | 'addEditor'
  | 'addEditors'
  | 'deleteSheet'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getDataRange'
  | 'getEditors'
  | 'getId'
  | 'getName'
  | 'getNumSheets'
  | 'getOwner'
  | 'getProtections'
  | 'getRange'
  | 'getRangeByName'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'removeEditor'
  | 'removeNamedRange'
  | 'rename'
  | 'setActiveSheet'
  | 'setNamedRange'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast';

/** A named range: the sheet and the block it names. */
export interface NamedRange {
  sheet: FakeSheet;
  rect: GridRect;
}

/** The open spreadsheet (`Spreadsheet`): its tabs, protections, named ranges and editors. */
export class FakeSpreadsheet
  extends GasObject
  implements Implements<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetMethods>
{
  readonly gasType = 'Spreadsheet';
  readonly sheets: FakeSheet[] = [];
  readonly protections: FakeProtection[] = [];
  readonly namedRanges = new Map<string, NamedRange>();
  name: string;
  timeZone: string;
  locale: string;
  private active: FakeSheet | null = null;
  private activeRange: FakeRange | null = null;

  constructor(
    cloud: FakeCloud,
    private readonly toasts: ToastRecord[],
    tabs: Record<string, unknown[][]> | undefined,
  ) {
    super(cloud);
    this.name = cloud.settings.spreadsheetName;
    this.timeZone = cloud.settings.timeZone;
    this.locale = cloud.settings.locale;

    const initial = tabs && Object.keys(tabs).length > 0 ? tabs : { [this.defaultName()]: [] };
    for (const [name, values] of Object.entries(initial)) this.addSheet(name).seed(values);
    this.active = this.sheets[0];
  }

  /** Sheets' own name for a new tab: 'Sheet3', or '工作表3' in a Chinese spreadsheet. */
  private defaultName(): string {
    const stem = this.locale.startsWith('zh') ? '工作表' : 'Sheet';
    for (let n = this.sheets.length + 1; ; n++) {
      if (!this.sheetNamed(`${stem}${n}`)) return `${stem}${n}`;
    }
  }

  private addSheet(name: string, index = this.sheets.length): FakeSheet {
    if (this.sheetNamed(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheetId = this.sheets.length === 0 ? 0 : this.cloud.next('sheetId') * 1000003;
    const sheet = new FakeSheet(this.cloud, this, name, sheetId);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  /** The tab with this name (case-sensitive, as in Apps Script), if any. */
  sheetNamed(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  /** The tab with this name, or an error naming it (for the test helpers). */
  tab(name: string): FakeSheet {
    const sheet = this.sheetNamed(name);
    if (!sheet) {
      const names = this.sheets.map((each) => each.name).join(', ');
      throw new Error(`No tab named "${name}" (tabs: ${names})`);
    }
    return sheet;
  }

  /** Selects a sheet, and a range on it. */
  activate(sheet: FakeSheet, range: FakeRange | null = null): void {
    this.active = sheet;
    this.activeRange = range;
  }

  /** Every tab's values, as a copy of the file would hold them. */
  snapshot(): Record<string, unknown[][]> {
    return Object.fromEntries(this.sheets.map((sheet) => [sheet.name, sheet.valueSnapshot()]));
  }

  // --- Spreadsheet API -----------------------------------------------------------------------

  /** Shares the spreadsheet with an editor. */
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    return this.addEditors([emailAddress as string]);
  }

  /** Shares the spreadsheet with editors. */
  addEditors(emailAddresses: string[]): this {
    for (const email of emailAddresses.map((each) => unwrap(each))) {
      this.cloud.meet(email instanceof FakeUser ? email.getEmail() : String(email));
    }
    return this;
  }

  /** Stops sharing with an editor (the owner stays). */
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    const user = unwrap(emailAddress);
    const email = user instanceof FakeUser ? user.getEmail() : String(user);
    const editors = this.cloud.settings.editors;
    if (editors.includes(email)) editors.splice(editors.indexOf(email), 1);
    return this;
  }

  /** Deletes a tab; the last one cannot go. */
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const fake = fakeOf(sheet, FakeSheet, 'sheet');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    fake.assertCanEditSheet();
    this.sheets.splice(this.sheets.indexOf(fake), 1);
    for (let i = this.protections.length - 1; i >= 0; i--) {
      if (this.protections[i].sheet === fake) this.protections.splice(i, 1);
    }
    for (const [name, named] of this.namedRanges) {
      if (named.sheet === fake) this.namedRanges.delete(name);
    }
    if (this.active === fake) this.activate(this.sheets[0]);
  }

  /** The selected range: A1 of the active sheet unless a range was activated. */
  getActiveRange(): FakeRange {
    const sheet = this.getActiveSheet();
    if (this.activeRange && this.activeRange.sheet === sheet) return this.activeRange;
    return sheet.rangeAt(1, 1);
  }

  /** The tab the user is on. */
  getActiveSheet(): FakeSheet {
    return this.active ?? this.sheets[0];
  }

  /** The active sheet's data range. */
  getDataRange(): FakeRange {
    return this.getActiveSheet().getDataRange();
  }

  /** The owner and everyone the spreadsheet is shared with for editing. */
  getEditors(): FakeUser[] {
    const { owner, editors } = this.cloud.settings;
    return [...new Set([owner, ...editors])].map((email) => new FakeUser(this.cloud, email));
  }

  /** The file id. */
  getId(): string {
    return this.cloud.settings.spreadsheetId;
  }

  /** The file name. */
  getName(): string {
    return this.name;
  }

  /** Number of tabs. */
  getNumSheets(): number {
    return this.sheets.length;
  }

  /** The owner. */
  getOwner(): FakeUser {
    return new FakeUser(this.cloud, this.cloud.settings.owner);
  }

  /** Every protection of one type, across tabs. */
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    return this.protections.filter((protection) => protection.type === String(type));
  }

  /** A range in A1 notation, with or without a sheet name ("'上新表'!B5"). */
  getRange(a1Notation: string): FakeRange {
    const reference = parseA1(a1Notation);
    const sheet =
      reference.sheetName === null ? this.getActiveSheet() : this.sheetNamed(reference.sheetName);
    if (!sheet) throw new Error('Range not found');
    const rect = reference.resolve(sheet.maxRows, sheet.maxColumns);
    return sheet.rangeAt(rect.row, rect.column, rect.numRows, rect.numColumns);
  }

  /** A named range, or null. */
  getRangeByName(name: string): FakeRange | null {
    const named = this.namedRanges.get(name);
    return named ? new FakeRange(this.cloud, named.sheet, { ...named.rect }) : null;
  }

  /** Names a range. */
  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range): void {
    const fake = fakeOf(range, FakeRange, 'range');
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new Error('Invalid argument: name');
    }
    this.namedRanges.set(name, { sheet: fake.sheet, rect: { ...fake.rect } });
  }

  /** Forgets a named range. */
  removeNamedRange(name: string): void {
    this.namedRanges.delete(name);
  }

  /** The tab with a numeric id, or null. */
  getSheetById(id: number): FakeSheet | null {
    return this.sheets.find((sheet) => sheet.sheetId === id) ?? null;
  }

  /** The tab with this name, or null. */
  getSheetByName(name: string): FakeSheet | null {
    return this.sheetNamed(name) ?? null;
  }

  /** The tabs in order. */
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }

  /** The spreadsheet's locale, e.g. 'zh_CN'. */
  getSpreadsheetLocale(): string {
    return this.locale;
  }

  /** Changes the locale. */
  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }

  /** The spreadsheet's time zone, e.g. 'Asia/Shanghai'. */
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  /** Changes the time zone. */
  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = timezone;
  }

  /** The address people open. */
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.getId()}/edit`;
  }

  /**
   * insertSheet(), insertSheet(index), insertSheet(name) or insertSheet(name, index), the
   * index 0-based; the new tab becomes active. A taken name throws as in Sheets.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.defaultName();
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? this.sheets.length);
    if (at < 0 || at > this.sheets.length) throw new Error('Invalid argument: sheetIndex');
    const sheet = this.addSheet(name, at);
    this.activate(sheet);
    return sheet;
  }

  /** Renames the file. */
  rename(newName: string): void {
    this.name = newName;
  }

  /** Makes a tab the active one. */
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): FakeSheet {
    const fake = fakeOf(sheet, FakeSheet, 'sheet');
    this.activate(fake);
    return fake;
  }

  /** Shows a small message at the bottom right (recorded in `fake.ui.toasts`). */
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}

type AppMethods =
  | 'flush'
  | 'getActive'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newDataValidation'
  | 'openById';

/** The `SpreadsheetApp` global, bound to one open spreadsheet. */
export class FakeSpreadsheetApp
  extends GasObject
  implements Implements<GoogleAppsScript.Spreadsheet.SpreadsheetApp, AppMethods>
{
  readonly gasType = 'SpreadsheetApp';
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly Dimension = Dimension;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;

  constructor(
    cloud: FakeCloud,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
  ) {
    super(cloud);
  }

  /** Writes are applied at once in the fake, so there is nothing to flush. */
  flush(): void {}

  /** The open spreadsheet. */
  getActive(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  /** The open spreadsheet. */
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  /** The open spreadsheet's active sheet. */
  getActiveSheet(): FakeSheet {
    return this.spreadsheet.getActiveSheet();
  }

  /** The open spreadsheet's selected range. */
  getActiveRange(): FakeRange {
    return this.spreadsheet.getActiveRange();
  }

  /** The spreadsheet's user interface: menus, sidebars, dialogs. */
  getUi(): FakeUi {
    return this.ui;
  }

  /** A builder for a data-validation rule. */
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.cloud);
  }

  /** Only the open spreadsheet exists in the fake; another id throws as a missing file does. */
  openById(id: string): FakeSpreadsheet {
    if (id !== this.spreadsheet.getId()) {
      throw new Error(
        'Unexpected error while getting the method or property openById on object ' +
          'SpreadsheetApp.',
      );
    }
    return this.spreadsheet;
  }
}
