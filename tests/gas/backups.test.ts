import { BACKUPS_FOLDER_NAME, backUpNow, listBackups, monthlyBackup } from '../../src/gas/backups';
import { EXPORT_FOLDER_NAME } from '../../src/gas/export-folder';
import { installGas } from '../fakes/gas';
import type { FakeGas } from '../fakes/gas';

const SHEETS = {
  Settings: [
    ['Key', 'Value'],
    ['baseCurrency', 'CNY'],
    ['directors', 'boss@shop.cn'],
  ],
  Orders: [
    ['Order ID', 'SKU'],
    ['A-1', 'LAMP-01'],
  ],
};

/** The first moment of a month in Shanghai, plus a few hours. */
function inMonth(month: string): Date {
  return new Date(`${month}-01T09:00:00+08:00`);
}

/** Twelve months from a month on: `2026-01` … `2026-12`. */
function months(from: string, count: number): string[] {
  const [year, month] = from.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + month - 1 + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

describe('backups', () => {
  let fake: FakeGas;

  beforeEach(() => {
    jest.useFakeTimers({ now: inMonth('2026-12') });
    fake = installGas({
      user: 'boss@shop.cn',
      userLocale: 'en-GB',
      spreadsheetName: 'Lumora books',
      now: () => new Date(),
      sheets: SHEETS,
    });
  });

  afterEach(() => {
    fake.uninstall();
    jest.useRealTimers();
  });

  function copies() {
    return fake.files.filter((file) => file.name.startsWith('Lumora books backup'));
  }

  function kept(): string[] {
    return copies()
      .filter((file) => !file.trashed)
      .map((file) => file.name);
  }

  it('copies the spreadsheet as "<name> backup YYYY-MM" into the backups folder', () => {
    backUpNow();

    const [copy] = copies();
    expect(copy.name).toBe('Lumora books backup 2026-12');
    expect(copy.folder).toBe(BACKUPS_FOLDER_NAME);
    const backups = DriveApp.getFolderById(copy.folderId);
    expect(backups.getParents().next().getName()).toBe(EXPORT_FOLDER_NAME);
    expect(copy.sheets?.Orders).toEqual(SHEETS.Orders);
    expect(fake.ui.alerts.map((alert) => alert.prompt)).toEqual([
      'Saved the copy "Lumora books backup 2026-12" in "Seller Sheets / backups".',
    ]);
  });

  it('keeps one copy for the month when a backup runs twice in it: the newer one', () => {
    backUpNow();
    SpreadsheetApp.getActive().getSheetByName('Orders')!.appendRow(['A-2', 'MUG-02']);
    jest.setSystemTime(new Date('2026-12-20T09:00:00+08:00'));

    backUpNow();

    expect(kept()).toEqual(['Lumora books backup 2026-12']);
    const newest = copies().find((file) => !file.trashed)!;
    expect(newest.sheets?.Orders).toHaveLength(3);
    expect(copies()).toHaveLength(2);
    expect(fake.ui.alerts[1].prompt).toContain("This month's earlier copy went to the trash.");
  });

  it('makes the monthly copy once however often the job runs in the month', () => {
    monthlyBackup();
    jest.setSystemTime(new Date('2026-12-02T09:00:00+08:00'));
    monthlyBackup();
    backUpNow();
    monthlyBackup();

    expect(copies()).toHaveLength(2);
    expect(kept()).toEqual(['Lumora books backup 2026-12']);
  });

  it("keeps the last 12 months: the 13th month's backup trashes the oldest", () => {
    for (const month of months('2026-01', 12)) {
      jest.setSystemTime(inMonth(month));
      monthlyBackup();
    }
    expect(kept()).toHaveLength(12);

    jest.setSystemTime(inMonth('2027-01'));
    monthlyBackup();

    expect(kept()).toHaveLength(12);
    expect(kept()).not.toContain('Lumora books backup 2026-01');
    expect(kept()).toContain('Lumora books backup 2027-01');
    expect(
      copies()
        .filter((file) => file.trashed)
        .map((file) => file.name),
    ).toEqual(['Lumora books backup 2026-01']);
  });

  it('lists the kept backups for the settings sidebar, newest month first', () => {
    for (const month of ['2026-10', '2026-11', '2026-12']) {
      jest.setSystemTime(inMonth(month));
      monthlyBackup();
    }
    backUpNow();

    const listed = listBackups();

    expect(listed.map((item) => [item.month, item.name])).toEqual([
      ['2026-12', 'Lumora books backup 2026-12'],
      ['2026-11', 'Lumora books backup 2026-11'],
      ['2026-10', 'Lumora books backup 2026-10'],
    ]);
    expect(listed[0].created).toBe('2026-12-01 09:00');
    expect(listed[0].url).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\//);
    expect(JSON.parse(JSON.stringify(listed))).toEqual(listed);
  });

  it('lists none before the first backup, without making a folder', () => {
    expect(listBackups()).toEqual([]);
    expect(DriveApp.getFoldersByName(EXPORT_FOLDER_NAME).hasNext()).toBe(false);
  });

  it('copies nothing and says so while someone else holds the document lock', () => {
    fake.holdDocumentLock('other@shop.cn');

    backUpNow();
    monthlyBackup();

    expect(copies()).toEqual([]);
    expect(fake.ui.alerts[0].prompt).toMatch(/Someone else is running an action/);
  });
});
