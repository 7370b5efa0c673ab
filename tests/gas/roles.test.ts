import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import { RoleError } from '../../src/core/roles';
import { backUpNow } from '../../src/gas/backups';
import { bookMonthFromMenu } from '../../src/gas/book-month';
import { exportSite } from '../../src/gas/export-sidebar';
import { runFollowUpNow } from '../../src/gas/follow-up-sidebar';
import { importRows } from '../../src/gas/import-sidebar';
import { runPurchaseAudit } from '../../src/gas/purchase-audit-sidebar';
import { makeMonthReport } from '../../src/gas/reports';
import { approveReview, rejectReview, submitSelectedRows } from '../../src/gas/review';
import { SELLER_ID_PROPERTY, setAmazonSellerId } from '../../src/gas/seller-id';
import { setUpSheets } from '../../src/gas/set-up-sheets';
import { saveSettings } from '../../src/gas/settings-sidebar';
import { SpreadsheetWorkbook } from '../../src/gas/spreadsheet-workbook';
import { computeStaffPayFromMenu } from '../../src/gas/staff';
import { installDailyJobs, removeDailyJobs } from '../../src/gas/triggers';
import { validate } from '../../src/gas/validate';
import { confirmUpload, exportAmazon } from '../../src/workflows/export-amazon';
import { contractTab, homeDefaults, lamp } from '../core/amazon/fixtures';
import { sheetValues, UK_EPACKET } from '../core/new-products/product-sheet';
import { installGas } from '../fakes/gas';
import type { FakeGas } from '../fakes/gas';
import { settingsTab } from '../support/settings-tab';
import { thrown } from '../support/thrown';

/** 10:30 in Shanghai, the spreadsheet's zone. */
const NOW = new Date('2026-11-20T02:30:00Z');
const OWNER = 'owner@example.com';
const DIRECTOR = 'boss@example.com';
const UPLOADER = 'up@example.com';
const FINANCE = 'money@example.com';
const PURCHASING = 'buyer@example.com';
const DE_OWNER = 'de@example.com';
const RESEARCHER = 'ann@example.com';
const EVERYONE = [DIRECTOR, UPLOADER, FINANCE, PURCHASING, DE_OWNER, RESEARCHER];
const TAB = 'New products';

const ROLES: Array<[string, string]> = [
  ['directors', DIRECTOR],
  ['uploaders', UPLOADER],
  ['finance', FINANCE],
  ['purchasing', PURCHASING],
  ['owner.DE', DE_OWNER],
  ['minListingMargin', '0.30'],
  ['sellerId', 'A2LUMOSELLER'],
];

const header = (id: keyof typeof SHEETS): Cell[][] => [
  SHEETS[id].columns.map((column) => column.label.en),
];

/** Two products waiting for the director, with what approval and export look up. */
function sheets(settings = settingsTab(ROLES)): Record<string, Cell[][]> {
  return {
    Settings: settings,
    [TAB]: contractTab('newProducts', [
      lamp({ status: 'Submitted' }),
      lamp({
        sku: 'LUMO-LAMP-2',
        productId: '4006381333948',
        supplierUrl: 'https://detail.1688.com/offer/675318204520.html',
        status: 'Submitted',
      }),
      lamp({ sku: 'LUMO-DRAFT', productId: '', gtinExempt: 'Y', status: 'Draft', reason: '' }),
    ]),
    Translations: header('translations'),
    'Amazon defaults': contractTab('amazonDefaults', homeDefaults()),
    'SKU suppliers': header('skuSuppliers'),
    'Shipping channels': sheetValues(SHEETS.shippingChannels, [UK_EPACKET]),
    'FX rates': sheetValues(SHEETS.fx, [{ month: '2026-11', currency: 'GBP', rate: 9 }]),
    Orders: header('orders'),
    'Abnormal shipments': header('abnormalShipments'),
    'Shipping fees': header('shippingFees'),
    Refunds: header('refunds'),
    Purchases: header('purchases'),
    Staff: header('staff'),
  };
}

const ORDER_FILE = [
  ['Order ID', 'Site', 'Order date', 'SKU', 'Quantity', 'Item price', 'Currency', 'Status'],
  ['206-1', 'UK', '2026-11-02 10:00', 'LUMO-LAMP', '1', '34.99', 'GBP', 'Shipped'],
];
const FEE_FILE = [
  ['Date', 'Carrier', 'Tracking number', 'Charged kg', 'Fee CNY'],
  ['2026-11-03', '4PX', 'LX123', '0.8', '66.5'],
];

let fake: FakeGas;

function open(user: string, settings = settingsTab(ROLES)): void {
  fake = installGas({
    user,
    owner: OWNER,
    editors: EVERYONE,
    userLocale: 'en-GB',
    sheets: sheets(settings),
  });
}

function lastAlert(): string {
  const { alerts } = fake.ui;
  return alerts[alerts.length - 1].prompt;
}

function statusOf(row: number): unknown {
  const at = SHEETS.newProducts.columns.findIndex((column) => column.id === 'status');
  return fake.values(TAB)[row - 1][at];
}

beforeEach(() => jest.useFakeTimers({ now: NOW }));
afterEach(() => {
  fake.uninstall();
  jest.useRealTimers();
});

describe('each action checks the acting user first', () => {
  it('lets a director approve, and refuses anyone else, naming the role', () => {
    open(RESEARCHER);

    expect(thrown(() => approveReview([2], '')).message).toBe(
      `Approving new products needs the director role (set in Settings); ${RESEARCHER} does not have it`,
    );
    expect(statusOf(2)).toBe('Submitted');

    fake.runAs(DIRECTOR, () => approveReview([2], ''));
    expect(statusOf(2)).toBe('Approved');
  });

  it('treats an unknown user (no email from Google) as holding no role', () => {
    open(DIRECTOR);

    const refused = fake.runAs('', () => thrown(() => rejectReview([2], 'no')));

    expect(refused.message).toContain('an unknown user does not have it');
    expect(statusOf(2)).toBe('Submitted');
  });

  it('refuses a rejection by an uploader', () => {
    open(UPLOADER);

    expect(thrown(() => rejectReview([2], 'no')).message).toContain('needs the director role');
  });

  it('lets anyone submit rows for review', () => {
    open(RESEARCHER);
    SpreadsheetApp.getActive().getSheetByName(TAB)!.getRange('A4').activate();

    submitSelectedRows();

    expect(statusOf(4)).toBe('Submitted');
  });

  it('lets anyone set up a new spreadsheet, then only the directors it names', () => {
    open(RESEARCHER, settingsTab([]));
    setUpSheets();
    expect(lastAlert()).not.toContain('role');

    fake.uninstall();
    open(RESEARCHER);
    setUpSheets();
    expect(lastAlert()).toBe(
      `Set up sheets needs the director role (set in Settings); ${RESEARCHER} does not have it`,
    );
    fake.runAs(DIRECTOR, () => setUpSheets());
    expect(lastAlert()).not.toContain('role');
  });

  it('lets any role holder set up while Settings names no director', () => {
    open(RESEARCHER, settingsTab([['uploaders', UPLOADER]]));
    setUpSheets();
    expect(lastAlert()).toContain('needs the director or uploader or finance');

    fake.runAs(UPLOADER, () => setUpSheets());
    expect(lastAlert()).not.toContain('role');
  });

  it('lets finance book a month, and refuses a director', () => {
    open(DIRECTOR);
    fake.ui.answerNextPrompt('2026-11', 'OK');
    bookMonthFromMenu();
    expect(lastAlert()).toBe(
      `Booking the refunds of 2026-11 needs the finance role (set in Settings); ${DIRECTOR} does not have it`,
    );

    fake.runAs(FINANCE, () => {
      fake.ui.answerNextPrompt('2026-11', 'OK');
      bookMonthFromMenu();
    });
    expect(lastAlert()).toContain('Nothing to book for 2026-11');
  });

  it('lets finance or a director compute staff pay, and refuses purchasing', () => {
    open(PURCHASING);
    computeStaffPayFromMenu();
    expect(lastAlert()).toBe(
      'Compute staff pay needs the finance or director role (set in Settings); ' +
        `${PURCHASING} does not have it`,
    );

    fake.runAs(FINANCE, () => computeStaffPayFromMenu());
    expect(lastAlert()).not.toContain('role');
  });

  it('lets finance make a report, and refuses anyone else', () => {
    open(UPLOADER);

    const outcome = makeMonthReport('2026-11');

    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.message).toContain('needs the finance role');
  });

  it('lets a role holder install daily jobs, and anyone remove their own', () => {
    open(RESEARCHER);
    installDailyJobs();
    expect(lastAlert()).toContain('needs the director or uploader or finance or purchasing');
    expect(fake.triggers).toHaveLength(0);

    fake.runAs(UPLOADER, () => installDailyJobs());
    expect(fake.triggers.map((trigger) => trigger.user)).toEqual([UPLOADER]);

    removeDailyJobs();
    expect(lastAlert()).toBe('You have no daily jobs installed: nothing to remove.');
  });

  it('lets a director set the Amazon seller id, and refuses an uploader', () => {
    open(UPLOADER);
    fake.ui.answerNextPrompt('a1b2c3d4e5f6g7', 'OK');
    setAmazonSellerId();
    expect(lastAlert()).toContain('needs the director role');
    expect(fake.documentProperties[SELLER_ID_PROPERTY]).toBeUndefined();

    fake.runAs(DIRECTOR, () => {
      fake.ui.answerNextPrompt('a1b2c3d4e5f6g7', 'OK');
      setAmazonSellerId();
    });
    expect(fake.documentProperties[SELLER_ID_PROPERTY]).toBe('A1B2C3D4E5F6G7');
    expect(lastAlert()).toBe(
      'Saved the seller id A1…G7; Amazon exports use it.\n' +
        'The sellerId in Settings was emptied, so the id is no longer in any cell.',
    );
    const cells = fake.values('Settings').flat().map(String);
    expect(cells.some((cell) => cell.includes('LUMOSELLER') || cell.includes('A1B2C3'))).toBe(
      false,
    );
  });

  it('exports with the seller id of the document properties, never the one in Settings', () => {
    open(DIRECTOR);
    approveReview([2], '');
    fake.ui.answerNextPrompt('A1B2C3D4E5F6G7', 'OK');
    setAmazonSellerId();

    fake.runAs(UPLOADER, () => exportSite('UK', true));

    const feed = fake.files.find((file) => file.name.endsWith('.json'))!;
    expect(JSON.parse(feed.content).header.sellerId).toBe('A1B2C3D4E5F6G7');
    expect(fake.logs.join('\n')).not.toContain('A1B2C3D4E5F6G7');
    expect(fake.values('Audit log').flat().join(' ')).not.toContain('A1B2C3D4E5F6G7');
  });

  it('lets a director change Settings in the sidebar, and refuses finance', () => {
    open(FINANCE);
    const change = [{ key: 'minListingMargin', value: '0.35', was: '0.30' }];

    expect(thrown(() => saveSettings(change)).message).toContain('needs the director role');
    expect(fake.values('Settings')[6][1]).toBe('0.30');

    fake.runAs(DIRECTOR, () => saveSettings(change));
    expect(fake.values('Settings')[6][1]).toBe(0.35);
  });

  it('lets purchasing import orders and finance import fees, and neither the other', () => {
    open(FINANCE);
    expect(thrown(() => importRows('orders', ORDER_FILE, 'orders.csv')).message).toContain(
      'Importing orders needs the purchasing or director role',
    );
    expect(fake.values('Orders')).toHaveLength(1);
    importRows('fees', FEE_FILE, 'fees.csv');
    expect(fake.values('Shipping fees')).toHaveLength(2);

    fake.runAs(PURCHASING, () => {
      expect(thrown(() => importRows('fees', FEE_FILE, 'fees.csv')).message).toContain(
        'needs the finance or director role',
      );
      importRows('orders', ORDER_FILE, 'orders.csv');
    });
    expect(fake.values('Orders')).toHaveLength(2);
  });

  it("lets a site's owner run the shipment follow-up, and refuses a researcher", () => {
    open(RESEARCHER);
    expect(thrown(() => runFollowUpNow()).message).toContain(
      'needs the site owner or director role',
    );

    expect(() => fake.runAs(DE_OWNER, () => runFollowUpNow())).not.toThrow();
  });

  it('lets purchasing write purchase drafts, and refuses an uploader', () => {
    open(UPLOADER);
    expect(thrown(() => runPurchaseAudit(true, false)).message).toContain(
      'needs the purchasing role',
    );

    expect(() => fake.runAs(PURCHASING, () => runPurchaseAudit(true, false))).not.toThrow();
  });

  it('lets a director back up, and refuses finance', () => {
    open(FINANCE);
    backUpNow();
    expect(lastAlert()).toContain('needs the director role');
  });

  it("lets uploaders export every site and a site's owner only theirs", () => {
    open(DIRECTOR);
    approveReview([2, 3], '');
    const exportAs = (user: string, sites: Array<'UK' | 'DE'>) =>
      fake.runAs(user, () =>
        exportAmazon(new SpreadsheetWorkbook(SpreadsheetApp.getActive()), {
          sites,
          dryRun: false,
          user,
          now: NOW,
        }),
      );

    expect(() => exportAs(DE_OWNER, ['UK'])).toThrow(RoleError);
    expect(() => exportAs(RESEARCHER, ['DE'])).toThrow(RoleError);
    expect(exportAs(UPLOADER, ['UK']).summary[0].exported).toBe(2);

    const confirm = (user: string) =>
      fake.runAs(user, () =>
        confirmUpload(
          new SpreadsheetWorkbook(SpreadsheetApp.getActive()),
          'AMZ-2026-11-20-UK',
          user,
          NOW,
        ),
      );
    expect(() => confirm(DE_OWNER)).toThrow(RoleError);
    expect(confirm(UPLOADER).rows).toEqual([2, 3]);
    expect(statusOf(2)).toBe('Uploaded');
  });
});

describe('protection of what the add-on owns', () => {
  const write = (tab: string, a1: string, value: string) => () =>
    SpreadsheetApp.getActive().getSheetByName(tab)!.getRange(a1).setValue(value);

  it("refuses a researcher's edit of an approved row, and lets the director and uploaders edit it", () => {
    open(DIRECTOR);
    approveReview([2], '');

    expect(() => fake.runAs(RESEARCHER, write(TAB, 'B2', 'CHANGED'))).toThrow(/protected cell/);
    expect(() => fake.runAs(RESEARCHER, write(TAB, 'B4', 'DRAFT-OK'))).not.toThrow();
    expect(() => fake.runAs(UPLOADER, write(TAB, 'Q2', 'x'))).not.toThrow();
    expect(() => write(TAB, 'Q2', 'y')()).not.toThrow();
    expect(fake.protections(TAB)[0]).toMatchObject({
      type: 'RANGE',
      range: expect.stringMatching(/^A2:/),
    });
  });

  it("validates for a researcher once rows are approved, leaving the protected rows' marks alone", () => {
    open(DIRECTOR);
    approveReview([2], '');

    fake.runAs(RESEARCHER, () => validate());

    expect(fake.ui.sidebars).toHaveLength(1);
    const notes = fake.notes(TAB);
    expect((notes[1] ?? []).every((note) => note === '')).toBe(true);
    expect((notes[3] ?? []).some((note) => note !== '')).toBe(true);
  });

  it("protects Settings' role rows for the directors, and leaves the other keys open", () => {
    open(DIRECTOR);
    setUpSheets();

    // Row 2 names the directors; row 7 holds minListingMargin.
    expect(() => fake.runAs(RESEARCHER, write('Settings', 'B2', RESEARCHER))).toThrow(
      /protected cell/,
    );
    expect(() => fake.runAs(FINANCE, write('Settings', 'B6', FINANCE))).toThrow(/protected cell/);
    expect(() => write('Settings', 'C2', 'the boss')()).not.toThrow();
    expect(() => fake.runAs(FINANCE, write('Settings', 'B7', '0.32'))).not.toThrow();
  });

  it('grants nothing to a role row added below the protected ones', () => {
    open(DIRECTOR);
    setUpSheets();
    fake.runAs(RESEARCHER, () => {
      const settings = SpreadsheetApp.getActive().getSheetByName('Settings')!;
      settings.getRange(settings.getLastRow() + 1, 1, 1, 2).setValues([['directors', RESEARCHER]]);
    });

    expect(fake.runAs(RESEARCHER, () => thrown(() => approveReview([2], ''))).message).toContain(
      'needs the director role',
    );
  });

  it('lets finance make a report after a director protected Settings', () => {
    open(DIRECTOR);
    setUpSheets();

    const made = fake.runAs(FINANCE, () => makeMonthReport('2026-11'));

    expect(made.ok).toBe(true);
  });

  it('re-applies the protection of a report tab when finance makes it again', () => {
    open(FINANCE);
    const first = makeMonthReport('2026-11');
    const second = makeMonthReport('2026-11');

    expect([first.ok, second.ok]).toEqual([true, true]);
    const tab = fake.sheetNames.find((name) => name.includes('2026-11'))!;
    expect(fake.protections(tab)).toHaveLength(1);
    expect(fake.protections(tab)[0].editors).toEqual(expect.arrayContaining([FINANCE]));
    expect(() => fake.runAs(UPLOADER, write(tab, 'A1', 'mine'))).toThrow(/protected cell/);
  });
});
