import { SHEETS } from '../../src/core/contract/sheets';
import { dailyUploaderDigest, LAST_DAY_PROPERTY } from '../../src/gas/digest';
import * as main from '../../src/gas/main';
import { MENU_ITEMS } from '../../src/gas/menu';
import { DAILY_JOBS, installDailyJobs, removeDailyJobs } from '../../src/gas/triggers';
import { GOOD_PRODUCT, sheetValues } from '../core/new-products/product-sheet';
import type { ProductCells } from '../core/new-products/product-sheet';
import { installGas } from '../fakes/gas';
import type { FakeGas } from '../fakes/gas';
import { settingsTab } from '../support/settings-tab';

/** 06:30 on Friday 20 November in Shanghai, the spreadsheet's zone: the job's usual hour. */
const NOW = new Date('2026-11-19T22:30:00Z');
/** The same time a day later. */
const NEXT_DAY = new Date('2026-11-20T22:30:00Z');
const TAB = 'New products';
const products = SHEETS.newProducts;
const UPLOADER = 'uploads@example.com';

function approved(sku: string, reviewedAt: string): ProductCells {
  return {
    ...GOOD_PRODUCT,
    sku,
    status: 'Approved',
    reviewer: 'boss@example.com',
    reviewedAt,
  };
}

/** Approved the day before, approved this morning, waiting, approved long ago. */
const ROWS: ProductCells[] = [
  approved('LAMP-01', '2026-11-19T15:00:00'),
  approved('BOX-02', '2026-11-20T06:00:00'),
  { ...GOOD_PRODUCT, sku: 'MUG-03', status: 'Submitted' },
  approved('OLD-04', '2026-11-10T10:00:00'),
];

function at(id: string): number {
  return products.columns.findIndex((column) => column.id === id) + 1;
}

describe("the uploaders' daily job", () => {
  let fake: FakeGas;

  afterEach(() => {
    fake.uninstall();
    jest.useRealTimers();
  });

  /** A spreadsheet with the rows above, its export folder named in Settings unless told not. */
  function open(options: { folder?: 'none' | 'missing' } = {}): string {
    jest.useFakeTimers({ now: NOW });
    fake = installGas({
      userLocale: 'en-GB',
      now: () => new Date(),
      sheets: {
        Settings: settingsTab([['uploaders', UPLOADER]]),
        [TAB]: sheetValues(products, ROWS),
      },
    });
    const folder = DriveApp.createFolder('Seller exports');
    const id = options.folder === 'missing' ? 'folder-that-is-gone' : folder.getId();
    if (options.folder !== 'none') {
      SpreadsheetApp.getActive().getSheetByName('Settings')!.appendRow(['exportFolderId', id, '']);
    }
    fake.resetCalls();
    return folder.getId();
  }

  function snapshots(): Array<{ name: string; folder: string; content: string }> {
    return fake.files
      .filter((file) => file.name.startsWith('new-products-'))
      .map(({ name, folder, content }) => ({ name, folder, content }));
  }

  it('mails the uploaders what was approved since the day before, once', () => {
    open();

    dailyUploaderDigest();

    expect(fake.sentMails).toHaveLength(1);
    const mail = fake.sentMails[0];
    expect(mail.to).toBe(UPLOADER);
    expect(mail.subject).toBe('[Seller Sheets] 新品已审核 / approved new products 2026-11-20: 2');
    expect(mail.body).toContain('LAMP-01');
    expect(mail.body).toContain('BOX-02');
    expect(mail.body).not.toContain('MUG-03');
    expect(mail.body).not.toContain('OLD-04');
  });

  it('does nothing more when it runs again the same day', () => {
    open();
    dailyUploaderDigest();
    const files = snapshots();

    dailyUploaderDigest();

    expect(fake.sentMails).toHaveLength(1);
    expect(snapshots()).toEqual(files);
    expect(fake.documentProperties[LAST_DAY_PROPERTY]).toBe('2026-11-20');
    expect(fake.logs).toContain('daily-uploader-digest: ran already on 2026-11-20, nothing to do');
  });

  it("saves the previous day's approved rows in a dated subfolder of the export folder", () => {
    const exportsId = open();

    dailyUploaderDigest();

    const saved = snapshots();
    expect(saved.map(({ name, folder }) => [name, folder])).toEqual([
      ['new-products-2026-11-19.csv', '2026-11-19'],
    ]);
    expect(saved[0].content).toContain('LAMP-01');
    expect(saved[0].content).not.toContain('BOX-02');
    const file = fake.files.find((candidate) => candidate.name === saved[0].name)!;
    const dayFolder = DriveApp.getFolderById(file.folderId);
    expect(dayFolder.getParents().next().getId()).toBe(exportsId);
  });

  it('mails the next day only what was approved since the last mail', () => {
    open();
    dailyUploaderDigest();
    const sheet = SpreadsheetApp.getActive().getSheetByName(TAB)!;
    sheet.getRange(4, at('status')).setValue('Approved');
    sheet.getRange(4, at('reviewedAt')).setValue('2026-11-20T18:00:00');
    jest.setSystemTime(NEXT_DAY);

    dailyUploaderDigest();

    expect(fake.sentMails).toHaveLength(2);
    const second = fake.sentMails[1];
    expect(second.body).toContain('MUG-03');
    expect(second.body).not.toContain('BOX-02');
    expect(second.body).not.toContain('LAMP-01');
    const day = snapshots().find((file) => file.name === 'new-products-2026-11-20.csv');
    expect(day?.folder).toBe('2026-11-20');
    expect(day?.content).toContain('BOX-02');
    expect(day?.content).toContain('MUG-03');
  });

  it('skips the snapshot with a log line when Settings names no export folder, and still mails', () => {
    open({ folder: 'none' });

    dailyUploaderDigest();

    expect(snapshots()).toEqual([]);
    expect(fake.sentMails).toHaveLength(1);
    expect(
      fake.logs.some((line) => /snapshot skipped: no export folder in Settings/.test(line)),
    ).toBe(true);
  });

  it('skips the snapshot with a log line when the export folder cannot be opened', () => {
    open({ folder: 'missing' });

    dailyUploaderDigest();

    expect(snapshots()).toEqual([]);
    expect(fake.sentMails).toHaveLength(1);
    expect(fake.logs.some((line) => /the export folder cannot be opened/.test(line))).toBe(true);
  });

  it('reads each tab it needs with one getValues and writes no cell', () => {
    open();

    dailyUploaderDigest();

    expect(fake.calls['Range.getValues']).toBe(2);
    expect(fake.callSummary().writes).toBe(0);
  });

  it('logs counts, never the products', () => {
    open();

    dailyUploaderDigest();

    const line = fake.logs.find((entry) => entry.startsWith('daily-uploader-digest: mail'));
    expect(line).toMatch(/^daily-uploader-digest: mail to 1, 1 snapshots saved, \d+\.\d s$/);
    expect(fake.logs.join('\n')).not.toContain('LAMP-01');
  });
});

describe('daily jobs from the menu', () => {
  let fake: FakeGas;

  beforeEach(() => {
    // Installing needs a role in Settings: a job runs and mails in its installer's name.
    fake = installGas({
      userLocale: 'en-GB',
      user: 'boss@example.com',
      sheets: {
        Settings: [
          ['Key', 'Value'],
          ['directors', 'boss@example.com, second@example.com'],
        ],
      },
    });
  });
  afterEach(() => fake.uninstall());

  it('installs one daily trigger per job, however often it is pressed', () => {
    installDailyJobs();
    installDailyJobs();

    const mine = fake.triggers.filter((trigger) => trigger.user === 'boss@example.com');
    expect(mine.map((trigger) => trigger.handler).sort()).toEqual(
      DAILY_JOBS.map((job) => job.handler).sort(),
    );
    expect(mine[0].eventType).toBe('CLOCK');
    expect(mine[0].schedule).toEqual({ everyDays: 1, atHour: 6, timeZone: 'Asia/Shanghai' });
    expect(fake.ui.alerts[1].prompt).toBe(
      'Installed already:\n• Daily jobs: uploaders’ mail, shipment follow-up, monthly report, backup',
    );
  });

  it("installs each person's own trigger, since a trigger runs as whoever made it", () => {
    installDailyJobs();
    fake.runAs('second@example.com', () => installDailyJobs());

    expect(fake.triggers.map((trigger) => trigger.user).sort()).toEqual([
      'boss@example.com',
      'second@example.com',
    ]);
  });

  it("removes the daily jobs' triggers and no other", () => {
    ScriptApp.newTrigger('somethingElse')
      .forSpreadsheet(SpreadsheetApp.getActive())
      .onOpen()
      .create();
    installDailyJobs();

    removeDailyJobs();

    expect(fake.triggers.map((trigger) => trigger.handler)).toEqual(['somethingElse']);
    expect(fake.ui.alerts[1].prompt).toBe(
      'Removed:\n• Daily jobs: uploaders’ mail, shipment follow-up, monthly report, backup',
    );
  });

  it('says there is nothing to remove when nothing was installed', () => {
    removeDailyJobs();

    expect(fake.ui.alerts[0].prompt).toBe('You have no daily jobs installed: nothing to remove.');
  });

  it('names only handlers that the add-on exports, and offers both actions in the menu', () => {
    const exported = main as unknown as Record<string, unknown>;
    for (const job of DAILY_JOBS) expect(typeof exported[job.handler]).toBe('function');
    const handlers = MENU_ITEMS.map((item) => item.handler);
    expect(handlers).toEqual(expect.arrayContaining(['installDailyJobs', 'removeDailyJobs']));
  });
});
