import { SHEETS } from '../../src/core/contract/sheets';
import { columnLetter } from '../../src/core/findings';
import {
  approveReview,
  approveSelectedRows,
  getReviewSelection,
  rejectReview,
  rejectSelectedRows,
  rowList,
  submitSelectedRows,
} from '../../src/gas/review';
import type { ReviewView } from '../../src/gas/review';
import { GOOD_PRODUCT, sheetValues, UK_EPACKET } from '../core/new-products/product-sheet';
import type { ProductCells } from '../core/new-products/product-sheet';
import { installGas } from '../fakes/gas';
import type { FakeGas } from '../fakes/gas';
import { settingsTab } from '../support/settings-tab';
import { embeddedView } from '../support/sidebar-data';
import { thrown } from '../support/thrown';

/** 10:30 in Shanghai, the spreadsheet's zone. */
const NOW = new Date('2026-11-20T02:30:00Z');
const DIRECTOR = 'boss@example.com';
const RESEARCHER = 'ann@example.com';
const TAB = 'New products';
const MASTER = 'SKU suppliers';
const products = SHEETS.newProducts;

const lamp: ProductCells = { ...GOOD_PRODUCT, status: 'Submitted' };
const box: ProductCells = {
  ...GOOD_PRODUCT,
  sku: 'BOX-02',
  productName: 'Storage Box',
  title: 'Lumio L200 Storage Box, Dimmable, Aluminium, Black',
  supplierUrl: 'https://detail.1688.com/offer/633333333333.html',
  status: 'Submitted',
};
/** A shop page instead of a product: an error that refuses approval (R3.5). */
const shop: ProductCells = {
  ...GOOD_PRODUCT,
  sku: 'SHOP-03',
  supplierUrl: 'https://shop123456.taobao.com/',
  status: 'Submitted',
};
const draft: ProductCells = { ...GOOD_PRODUCT, sku: 'DRAFT-04', status: 'Draft' };

function sheets(rows: ProductCells[] = [lamp, box, shop, draft]): Record<string, unknown[][]> {
  return {
    Settings: settingsTab([
      ['directors', `${DIRECTOR}, second@example.com`],
      ['uploaders', 'uploads@example.com'],
    ]),
    [TAB]: sheetValues(products, rows),
    [MASTER]: sheetValues(SHEETS.skuSuppliers, []),
    'Shipping channels': sheetValues(SHEETS.shippingChannels, [UK_EPACKET]),
    'FX rates': sheetValues(SHEETS.fx, [{ month: '2026-11', currency: 'GBP', rate: 9 }]),
  };
}

function at(id: string): number {
  return products.columns.findIndex((column) => column.id === id);
}

function cell(fake: FakeGas, row: number, id: string): unknown {
  return fake.values(TAB)[row - 1][at(id)];
}

/** Selects a range, as the person does before choosing a menu item. */
function select(a1: string, tab = TAB): void {
  SpreadsheetApp.getActive().getSheetByName(tab)!.getRange(a1).activate();
}

describe('director review in Google Sheets', () => {
  let fake: FakeGas;

  beforeEach(() => jest.useFakeTimers({ now: NOW }));
  afterEach(() => {
    fake.uninstall();
    jest.useRealTimers();
  });

  function open(user: string, userLocale = 'en-GB', rows?: ProductCells[]): void {
    fake = installGas({ user, userLocale, sheets: sheets(rows), now: () => NOW });
  }

  it("refuses a non-director's approval from the menu and leaves the sheet unchanged", () => {
    open(RESEARCHER);
    select('A2:C3');
    const before = fake.values(TAB);

    approveSelectedRows();

    expect(fake.ui.sidebars).toEqual([]);
    expect(fake.ui.alerts).toHaveLength(1);
    expect(fake.ui.alerts[0].prompt).toBe(
      'Approving new products needs the director role (set in Settings); ' +
        `${RESEARCHER} does not have it`,
    );
    expect(fake.values(TAB)).toEqual(before);
    expect(fake.protections(TAB)).toEqual([]);
    expect(fake.callSummary().writes).toBe(0);
  });

  it('refuses an approval sent straight to the server by someone who is not a director', () => {
    open(RESEARCHER, 'zh-CN');
    const before = fake.values(TAB);

    const error = thrown(() => approveReview([2], 'looks fine'));

    expect(error.message).toContain('需要「总监」角色');
    expect(fake.values(TAB)).toEqual(before);
    expect(fake.values(MASTER)).toHaveLength(1);
  });

  it('never takes an unknown user for a director', () => {
    open('');

    const error = thrown(() => approveReview([2], ''));

    expect(error.message).toContain('an unknown user does not have it');
  });

  it("shows a director the selected rows' SKU, title and findings, and a note field", () => {
    open(DIRECTOR);
    select('B3:D4');

    approveSelectedRows();

    expect(fake.ui.sidebars).toHaveLength(1);
    expect(fake.ui.sidebars[0].title).toBe('Approve selected rows');
    const view = embeddedView<ReviewView>(fake);
    expect(view.action).toBe('approve');
    expect(view.sheet).toBe(TAB);
    expect(view.rows.map((row) => [row.row, row.sku, row.title, row.status])).toEqual([
      [3, 'BOX-02', box.title, 'Submitted'],
      [4, 'SHOP-03', GOOD_PRODUCT.title, 'Submitted'],
    ]);
    expect(view.rows[0].findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(view.rows[1].findings).toContainEqual(
      expect.objectContaining({ severity: 'error', rule: 'R3.5', column: 'Supplier link' }),
    );
    expect(view.errorRows).toBe(1);
    expect(view.text.noteLabel).toBe('Note (optional)');
  });

  it('asks for a reason when the sidebar is opened to reject', () => {
    open(DIRECTOR, 'zh-CN');
    select('A2');

    rejectSelectedRows();

    const view = embeddedView<ReviewView>(fake);
    expect(fake.ui.sidebars[0].title).toBe('驳回所选行');
    expect(view.action).toBe('reject');
    expect(view.text.noteLabel).toBe('驳回原因（必填）');
    expect(view.rows.map((row) => row.row)).toEqual([2]);
  });

  it('refuses a selection on another tab, naming the tab to select on', () => {
    open(DIRECTOR);
    select('B2', 'Settings');

    approveSelectedRows();

    expect(fake.ui.sidebars).toEqual([]);
    expect(fake.ui.alerts[0].prompt).toBe(
      'Select the rows on the "New products" sheet first (the selection is on "Settings").',
    );
  });

  it('takes a whole-column selection as the rows that hold products', () => {
    open(DIRECTOR);
    select('A:A');

    approveSelectedRows();

    expect(embeddedView<ReviewView>(fake).rows.map((row) => row.row)).toEqual([2, 3, 4, 5]);
  });

  it('gives the sidebar the rows selected now when it asks again', () => {
    open(DIRECTOR);
    select('A2');
    approveSelectedRows();
    select('A5');

    const view = getReviewSelection('approve');

    expect(view.rows.map((row) => row.sku)).toEqual(['DRAFT-04']);
    expect(() => getReviewSelection('delete')).toThrow('The sidebar sent something');
  });

  it('writes reviewer, time and note on approval, and protects the rows for the directors', () => {
    open(DIRECTOR);

    const done = approveReview([2, 3], 'good margin');

    expect(done).toEqual({
      message: 'Approved rows 2–3. SKU suppliers: 2 added, 0 updated.',
      rows: [2, 3],
      status: 'Approved',
    });
    for (const row of [2, 3]) {
      expect(cell(fake, row, 'status')).toBe('Approved');
      expect(cell(fake, row, 'reviewer')).toBe(DIRECTOR);
      expect(cell(fake, row, 'reviewedAt')).toEqual(NOW);
      expect(cell(fake, row, 'reviewNote')).toBe('good margin');
    }
    const lastColumn = columnLetter(
      SpreadsheetApp.getActive().getSheetByName(TAB)!.getMaxColumns(),
    );
    expect(fake.protections(TAB)).toEqual([
      expect.objectContaining({
        type: 'RANGE',
        range: `A2:${lastColumn}3`,
        editors: expect.arrayContaining([DIRECTOR, 'second@example.com']),
      }),
    ]);
    expect(fake.protections(TAB)[0].editors).not.toContain(RESEARCHER);
  });

  it('adds the product to the SKU-supplier master once, however often it is approved', () => {
    open(DIRECTOR);

    approveReview([2], 'first look');
    const second = approveReview([2], 'second look');

    const master = fake.values(MASTER);
    expect(master).toHaveLength(2);
    expect(master[1].slice(0, 2)).toEqual(['LAMP-01', 'LED Desk Lamp']);
    expect(second.message).toBe('Approved row 2. SKU suppliers: 0 added, 0 updated.');
    expect(cell(fake, 2, 'reviewNote')).toBe('second look');
    expect(fake.protections(TAB)).toHaveLength(1);
  });

  it('reads each tab once and writes each changed tab with one setValues', () => {
    open(DIRECTOR);
    fake.resetCalls();

    approveReview([2], '');

    expect(fake.calls['Range.getValues']).toBe(5);
    // The products, the SKU-supplier master and the new Audit log row.
    expect(fake.calls['Range.setValues']).toBe(3);
    expect(fake.calls['Range.setValue'] ?? 0).toBe(0);
  });

  it('refuses to approve a row with errors, in the user language, and changes nothing', () => {
    open(DIRECTOR, 'zh-CN');
    const before = fake.values(TAB);

    const error = thrown(() => approveReview([2, 4], 'ok'));

    expect(error.message).toMatch(
      /^未做任何更改，请先修正：\n• New products 第4行「Supplier link」/,
    );
    expect(fake.values(TAB)).toEqual(before);
    expect(fake.protections(TAB)).toEqual([]);
  });

  it('rejects with a reason, and refuses a rejection without one', () => {
    open(DIRECTOR);

    expect(thrown(() => rejectReview([4], '  ')).message).toContain(
      'a rejection needs a note saying why',
    );
    const done = rejectReview([4], 'paste the product page, not the shop');

    expect(done.message).toBe('Rejected row 4.');
    expect(cell(fake, 4, 'status')).toBe('Rejected');
    expect(cell(fake, 4, 'reviewNote')).toBe('paste the product page, not the shop');
    expect(fake.protections(TAB)).toEqual([]);
  });

  it('refuses arguments a page should not send, and a note longer than a cell note should be', () => {
    open(DIRECTOR);
    const before = fake.values(TAB);

    for (const [rows, note] of [
      ['2', 'ok'],
      [[], 'ok'],
      [[1], 'ok'],
      [[2.5], 'ok'],
      [[2], 42],
    ] as Array<[unknown, unknown]>) {
      expect(thrown(() => approveReview(rows, note)).message).toBe(
        'The sidebar sent something the add-on cannot use. Please close it and open it again.',
      );
    }
    expect(thrown(() => approveReview([2], 'x'.repeat(2001))).message).toBe(
      'The note is too long: at most 2000 characters, it has 2001.',
    );
    // Only the Audit log changed: one refused row per call.
    expect(fake.values(TAB)).toEqual(before);
    expect(
      fake
        .values('Audit log')
        .slice(1)
        .map((row) => row[6]),
    ).toEqual([
      ...new Array(5).fill(
        'refused: The sidebar sent something the add-on cannot use. Please close it and open it again.',
      ),
      'refused: The note is too long: at most 2000 characters, it has 2001.',
    ]);
  });

  it('says so in words when someone else holds the document lock', () => {
    open(DIRECTOR);
    fake.holdDocumentLock('second@example.com');

    const error = thrown(() => approveReview([2], ''));

    expect(error.message).toBe(
      'Someone else is running an action in this spreadsheet. Please try again in a moment.',
    );
    expect(cell(fake, 2, 'status')).toBe('Submitted');
  });
});

describe('submitting selected rows in Google Sheets', () => {
  let fake: FakeGas;

  beforeEach(() => jest.useFakeTimers({ now: NOW }));
  afterEach(() => {
    fake.uninstall();
    jest.useRealTimers();
  });

  it("sends a researcher's draft rows to review and says which", () => {
    fake = installGas({ user: RESEARCHER, userLocale: 'en-GB', sheets: sheets(), now: () => NOW });
    select('C5');

    submitSelectedRows();

    expect(cell(fake, 5, 'status')).toBe('Submitted');
    expect(fake.ui.alerts[0].title).toBe('Submit for review');
    expect(fake.ui.alerts[0].prompt).toMatch(/^Submitted row 5 for the directors' review\./);
  });

  it('refuses rows in a status that cannot be submitted, changing nothing', () => {
    const rows = [{ ...lamp, status: 'Approved' }];
    fake = installGas({
      user: RESEARCHER,
      userLocale: 'zh-CN',
      sheets: sheets(rows),
      now: () => NOW,
    });
    select('A2');

    submitSelectedRows();

    expect(fake.ui.alerts[0].title).toBe('提交审核');
    expect(fake.ui.alerts[0].prompt).toMatch(/^未做任何更改，请先修正：/);
    expect(cell(fake, 2, 'status')).toBe('Approved');
  });
});

describe('row lists', () => {
  it('reads runs of rows as ranges', () => {
    expect(rowList([7, 2, 3, 4])).toBe('2–4, 7');
    expect(rowList([5])).toBe('5');
  });
});
