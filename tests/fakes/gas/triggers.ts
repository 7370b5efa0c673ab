import type { FakeCloud } from './cloud';
import { GasObject, unwrap } from './counting';
import type { Implements } from './counting';
import { AuthMode, AuthorizationStatus, EventType, TriggerSource, WeekDay } from './enums';
import { FakeSpreadsheet } from './spreadsheet';

type EventTypeName = keyof typeof EventType;
type TriggerSourceName = keyof typeof TriggerSource;

/** When a time-driven trigger runs, as its builder described it. */
export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onMonthDay?: number;
  onWeekDay?: string;
  /** For one-off triggers: when it fires (after(ms) or at(date)). */
  runAt?: Date;
  timeZone?: string;
}

/** One installed trigger, as `fake.triggers` lists it. */
export interface TriggerRecord {
  id: string;
  /** Who created it: it runs as them, and only they see it. */
  user: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** The spreadsheet the trigger belongs to (add-on clock triggers belong to it too). */
  documentId: string | null;
  schedule: ClockSchedule | null;
  created: Date;
}

/** The most installable triggers one user may have in one script. */
export const MAX_TRIGGERS_PER_USER = 20;

const EVENT_WORDS: Record<EventTypeName, string> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
  ON_FORM_SUBMIT: 'form submit',
};

/** Every trigger of the project, whoever made it. */
export class TriggerBook {
  readonly records: TriggerRecord[] = [];

  constructor(private readonly cloud: FakeCloud) {}

  /** Installs a trigger for the running user, within the per-user and add-on limits. */
  install(
    handler: string,
    eventType: EventTypeName,
    documentId: string | null,
    schedule: ClockSchedule | null,
  ): TriggerRecord {
    const user = this.cloud.user;
    if (typeof handler !== 'string' || handler === '')
      throw new Error('Invalid argument: functionName');

    const mine = this.records.filter((record) => record.user === user);
    if (mine.length >= MAX_TRIGGERS_PER_USER) {
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before ' +
          'more can be added.',
      );
    }
    const { addOn } = this.cloud.settings;
    if (
      addOn &&
      mine.some((record) => record.eventType === eventType && record.documentId === documentId)
    ) {
      throw new Error(
        `This add-on has created too many ${EVENT_WORDS[eventType]} triggers in this document ` +
          'for this Google Account user.',
      );
    }

    const record: TriggerRecord = {
      id: String(this.cloud.next('trigger')),
      user,
      handler,
      eventType,
      source: eventType === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS',
      documentId,
      schedule,
      created: this.cloud.now(),
    };
    this.records.push(record);
    return record;
  }
}

/** An installed trigger (`Trigger`). */
export class FakeTrigger
  extends GasObject
  implements
    Implements<
      GoogleAppsScript.Script.Trigger,
      | 'getEventType'
      | 'getHandlerFunction'
      | 'getTriggerSource'
      | 'getTriggerSourceId'
      | 'getUniqueId'
    >
{
  readonly gasType = 'Trigger';

  constructor(
    cloud: FakeCloud,
    readonly record: TriggerRecord,
  ) {
    super(cloud);
  }

  /** CLOCK, ON_OPEN, ON_EDIT… */
  getEventType(): EventTypeName {
    return this.record.eventType;
  }

  /** The function it runs. */
  getHandlerFunction(): string {
    return this.record.handler;
  }

  /** CLOCK or SPREADSHEETS. */
  getTriggerSource(): TriggerSourceName {
    return this.record.source;
  }

  /** The spreadsheet id for spreadsheet triggers, null for clock triggers. */
  getTriggerSourceId(): string | null {
    return this.record.source === 'CLOCK' ? null : this.record.documentId;
  }

  /** A stable id. */
  getUniqueId(): string {
    return this.record.id;
  }
}

const EVERY_MINUTES = [1, 5, 10, 15, 30];
const EVERY_HOURS = [1, 2, 4, 6, 8, 12];

type ClockMethods =
  | 'after'
  | 'at'
  | 'atHour'
  | 'create'
  | 'everyDays'
  | 'everyHours'
  | 'everyMinutes'
  | 'everyWeeks'
  | 'inTimezone'
  | 'nearMinute'
  | 'onMonthDay'
  | 'onWeekDay';

/**
 * `timeBased()`: a time-driven trigger. For an add-on (the default) Google allows a
 * time-driven trigger at most once an hour, so `everyMinutes` fails on `create()`.
 */
export class FakeClockTriggerBuilder
  extends GasObject
  implements Implements<GoogleAppsScript.Script.ClockTriggerBuilder, ClockMethods>
{
  readonly gasType = 'ClockTriggerBuilder';
  private readonly schedule: ClockSchedule = {};

  constructor(
    cloud: FakeCloud,
    private readonly book: TriggerBook,
    private readonly handler: string,
    private readonly documentId: string | null,
  ) {
    super(cloud);
  }

  private set<K extends keyof ClockSchedule>(field: K, value: ClockSchedule[K]): this {
    this.schedule[field] = value;
    return this;
  }

  /** Runs once, this many milliseconds from now. */
  after(durationMilliseconds: number): this {
    return this.set('runAt', new Date(this.cloud.now().getTime() + durationMilliseconds));
  }

  /** Runs once, at a moment. */
  at(date: Date): this {
    return this.set('runAt', new Date(date.getTime()));
  }

  /** At this hour (0-23) of the day it runs. */
  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error('Invalid argument: hour');
    return this.set('atHour', hour);
  }

  /** Every n days. */
  everyDays(n: number): this {
    return this.set('everyDays', n);
  }

  /** Every n hours: 1, 2, 4, 6, 8 or 12. */
  everyHours(n: number): this {
    if (!EVERY_HOURS.includes(n)) throw new Error('Invalid argument: hours');
    return this.set('everyHours', n);
  }

  /** Every n minutes: 1, 5, 10, 15 or 30 (not for add-ons). */
  everyMinutes(n: number): this {
    if (!EVERY_MINUTES.includes(n)) throw new Error('Invalid argument: minutes');
    return this.set('everyMinutes', n);
  }

  /** Every n weeks. */
  everyWeeks(n: number): this {
    return this.set('everyWeeks', n);
  }

  /** The time zone the schedule is read in (the script's by default). */
  inTimezone(timezone: string): this {
    return this.set('timeZone', timezone);
  }

  /** Near this minute of the hour. */
  nearMinute(minute: number): this {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) {
      throw new Error('Invalid argument: minute');
    }
    return this.set('nearMinute', minute);
  }

  /** On this day of the month. */
  onMonthDay(day: number): this {
    if (!Number.isInteger(day) || day < 1 || day > 31) throw new Error('Invalid argument: day');
    return this.set('onMonthDay', day);
  }

  /** On this day of the week, a `ScriptApp.WeekDay` member. */
  onWeekDay(day: GoogleAppsScript.Base.Weekday): this {
    return this.set('onWeekDay', String(day));
  }

  /** Installs the trigger. */
  create(): FakeTrigger {
    const { runAt, everyMinutes, everyHours, everyDays, everyWeeks, onMonthDay, onWeekDay } =
      this.schedule;
    const recurring = [everyMinutes, everyHours, everyDays, everyWeeks, onMonthDay, onWeekDay];
    if (runAt === undefined && recurring.every((part) => part === undefined)) {
      throw new Error('A time-based trigger needs a schedule: after, at, every… or on….');
    }
    if (this.cloud.settings.addOn && everyMinutes !== undefined) {
      throw new Error('Add-ons can use a time-driven trigger at most once an hour.');
    }
    const record = this.book.install(this.handler, 'CLOCK', this.documentId, { ...this.schedule });
    return new FakeTrigger(this.cloud, record);
  }
}

/** `forSpreadsheet(…)`: a trigger on the spreadsheet's events. */
export class FakeSpreadsheetTriggerBuilder
  extends GasObject
  implements
    Implements<
      GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
      'create' | 'onChange' | 'onEdit' | 'onFormSubmit' | 'onOpen'
    >
{
  readonly gasType = 'SpreadsheetTriggerBuilder';
  private eventType: EventTypeName | null = null;

  constructor(
    cloud: FakeCloud,
    private readonly book: TriggerBook,
    private readonly handler: string,
    private readonly documentId: string,
  ) {
    super(cloud);
  }

  /** On any change, including formatting. */
  onChange(): this {
    this.eventType = 'ON_CHANGE';
    return this;
  }

  /** On every edit. */
  onEdit(): this {
    this.eventType = 'ON_EDIT';
    return this;
  }

  /** On a linked form's submission. */
  onFormSubmit(): this {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }

  /** When someone opens the spreadsheet. */
  onOpen(): this {
    this.eventType = 'ON_OPEN';
    return this;
  }

  /** Installs the trigger. */
  create(): FakeTrigger {
    if (!this.eventType) throw new Error('Choose onOpen, onEdit, onChange or onFormSubmit first.');
    const record = this.book.install(this.handler, this.eventType, this.documentId, null);
    return new FakeTrigger(this.cloud, record);
  }
}

/** `ScriptApp.newTrigger(functionName)`. */
export class FakeTriggerBuilder
  extends GasObject
  implements Implements<GoogleAppsScript.Script.TriggerBuilder, 'forSpreadsheet' | 'timeBased'>
{
  readonly gasType = 'TriggerBuilder';

  constructor(
    cloud: FakeCloud,
    private readonly book: TriggerBook,
    private readonly handler: string,
    private readonly spreadsheet: FakeSpreadsheet,
  ) {
    super(cloud);
  }

  /** A trigger on a spreadsheet's events (the open one, by object or id). */
  forSpreadsheet(
    sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string,
  ): FakeSpreadsheetTriggerBuilder {
    const target = unwrap(sheet);
    const id = target instanceof FakeSpreadsheet ? target.getId() : String(target);
    return new FakeSpreadsheetTriggerBuilder(this.cloud, this.book, this.handler, id);
  }

  /** A time-driven trigger. */
  timeBased(): FakeClockTriggerBuilder {
    // An add-on's clock triggers belong to the document it was installed from.
    const documentId = this.cloud.settings.addOn ? this.spreadsheet.getId() : null;
    return new FakeClockTriggerBuilder(this.cloud, this.book, this.handler, documentId);
  }
}

/** What `getAuthorizationInfo` reports: an installed add-on never needs more authorization. */
export class FakeAuthorizationInfo extends GasObject {
  readonly gasType = 'AuthorizationInfo';

  /** NOT_REQUIRED. */
  getAuthorizationStatus(): string {
    return AuthorizationStatus.NOT_REQUIRED;
  }

  /** null, as nothing needs authorizing. */
  getAuthorizationUrl(): string | null {
    return null;
  }
}

type ScriptAppMethods =
  | 'deleteTrigger'
  | 'getAuthorizationInfo'
  | 'getOAuthToken'
  | 'getProjectTriggers'
  | 'getScriptId'
  | 'getUserTriggers'
  | 'newTrigger';

/** The `ScriptApp` global: triggers, per user, as Apps Script keeps them. */
export class FakeScriptApp
  extends GasObject
  implements Implements<GoogleAppsScript.Script.ScriptApp, ScriptAppMethods>
{
  readonly gasType = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  constructor(
    cloud: FakeCloud,
    private readonly book: TriggerBook,
    private readonly spreadsheet: FakeSpreadsheet,
  ) {
    super(cloud);
  }

  /** Deletes one of the running user's triggers. */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const fake = unwrap(trigger);
    if (!(fake instanceof FakeTrigger)) throw new Error('Invalid argument: trigger');
    const index = this.book.records.findIndex(
      (record) => record.id === fake.record.id && record.user === this.cloud.user,
    );
    if (index >= 0) this.book.records.splice(index, 1);
  }

  /** Whether the user must authorize more: never, in the fake. */
  getAuthorizationInfo(_authMode?: GoogleAppsScript.Script.AuthMode): FakeAuthorizationInfo {
    return new FakeAuthorizationInfo(this.cloud);
  }

  /** A stand-in OAuth token. */
  getOAuthToken(): string {
    return `fake-oauth-token-for-${this.cloud.user || 'unknown-user'}`;
  }

  /** The running user's triggers in this project. */
  getProjectTriggers(): FakeTrigger[] {
    return this.book.records
      .filter((record) => record.user === this.cloud.user)
      .map((record) => new FakeTrigger(this.cloud, record));
  }

  /** The script's id. */
  getScriptId(): string {
    return this.cloud.settings.scriptId;
  }

  /** The running user's triggers belonging to a spreadsheet (add-on clock triggers included). */
  getUserTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): FakeTrigger[] {
    const target = unwrap(spreadsheet);
    if (!(target instanceof FakeSpreadsheet)) throw new Error('Invalid argument: document');
    return this.getProjectTriggers().filter(
      (trigger) => trigger.record.documentId === target.getId(),
    );
  }

  /** Starts a trigger that will run a top-level function by name. */
  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this.cloud, this.book, functionName, this.spreadsheet);
  }
}
