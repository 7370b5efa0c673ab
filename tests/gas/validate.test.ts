import { SHEETS } from '../../src/core/contract/sheets';
import { columnLetter } from '../../src/core/findings';
import { getFindings, revalidate, selectCell, validate } from '../../src/gas/validate';
import type { FindingsView } from '../../src/gas/validate';
import { GOOD_PRODUCT, sheetValues, UK_EPACKET } from '../core/new-products/product-sheet';
import type { ProductCells } from '../core/new-products/product-sheet';
import { installGas } from '../fakes/gas';
import type { FakeGas } from '../fakes/gas';
import { embeddedView } from '../support/sidebar-data';

/** 10:30 in Shanghai, the spreadsheet's zone. */
const NOW = new Date('2026-11-20T02:30:00Z');
const TAB = 'New products';
const products = SHEETS.newProducts;
const SHOP_PAGE = 'https://shop123456.taobao.com/';
const SHORT_LINK = 'https://m.tb.cn/h.5abcDEF';

/** 1-based column of a new-product column, as the contract orders them. */
function columnOf(id: string): number {
  return products.columns.findIndex((column) => column.id === id) + 1;
}

function a1(row: number, id: string): string {
  return `${columnLetter(columnOf(id))}${row}`;
}

function workbook(rows: ProductCells[]): Record<string, unknown[][]> {
  return {
    Settings: [['Key', 'Value', 'Note']],
    [TAB]: sheetValues(products, rows),
    'SKU suppliers': sheetValues(SHEETS.skuSuppliers, []),
    'Shipping channels': sheetValues(SHEETS.shippingChannels, [UK_EPACKET]),
    'FX rates': sheetValues(SHEETS.fx, [{ month: '2026-11', currency: 'GBP', rate: 9 }]),
  };
}

/** A good lamp in row 2, a shop page instead of a product in row 3, a short link in row 4. */
const THREE_PRODUCTS = workbook([
  GOOD_PRODUCT,
  { ...GOOD_PRODUCT, sku: 'LAMP-02', supplierUrl: SHOP_PAGE },
  { ...GOOD_PRODUCT, sku: 'LAMP-03', supplierUrl: SHORT_LINK },
]);

function noteAt(fake: FakeGas, row: number, id: string): string {
  return fake.notes(TAB)[row - 1]?.[columnOf(id) - 1] ?? '';
}

function colourAt(fake: FakeGas, row: number, id: string): string {
  return fake.backgrounds(TAB)[row - 1]?.[columnOf(id) - 1] ?? '';
}

describe('Validate in Google Sheets', () => {
  let fake: FakeGas;

  beforeEach(() => jest.useFakeTimers({ now: NOW }));
  afterEach(() => {
    fake.uninstall();
    jest.useRealTimers();
  });

  it('marks the bad cells with a note and a colour, and opens the findings sidebar', () => {
    fake = installGas({ userLocale: 'en-GB', sheets: THREE_PRODUCTS, now: () => NOW });

    validate();

    expect(noteAt(fake, 3, 'supplierUrl')).toMatch(/^Seller Sheets: \[R3\.5\] /);
    expect(colourAt(fake, 3, 'supplierUrl')).toBe('#f4c7c3');
    expect(noteAt(fake, 4, 'supplierUrl')).toMatch(/^Seller Sheets: \[R3\.5\] /);
    expect(colourAt(fake, 4, 'supplierUrl')).toBe('#fce8b2');
    expect(noteAt(fake, 2, 'supplierUrl')).toBe('');
    expect(fake.ui.sidebars).toHaveLength(1);
    expect(fake.ui.sidebars[0].title).toBe('Validation');
  });

  it('never changes a value', () => {
    fake = installGas({ userLocale: 'en-GB', sheets: THREE_PRODUCTS, now: () => NOW });
    const before = fake.values(TAB);

    validate();

    expect(fake.values(TAB)).toEqual(before);
    expect(fake.calls['Range.setValues'] ?? 0).toBe(0);
  });

  it('groups the findings of the sidebar by sheet and by row, with the cell to select', () => {
    fake = installGas({ userLocale: 'en-GB', sheets: THREE_PRODUCTS, now: () => NOW });

    validate();
    const view = embeddedView<FindingsView>(fake);

    const sheet = view.sheets.find((candidate) => candidate.sheet === TAB)!;
    expect(sheet.rows.map((row) => row.row)).toEqual([3, 4]);
    expect(sheet.rows.map((row) => row.label)).toEqual(['Row 3 · LAMP-02', 'Row 4 · LAMP-03']);
    expect(sheet.rows[0].findings).toEqual([
      expect.objectContaining({
        cell: a1(3, 'supplierUrl'),
        rule: 'R3.5',
        severity: 'error',
        severityLabel: 'Error',
        column: 'Supplier link',
      }),
    ]);
    expect(sheet.rows[1].findings).toEqual([
      expect.objectContaining({ cell: a1(4, 'supplierUrl'), severity: 'warning' }),
    ]);
    // Each sheet and each row shows once; a sheet with errors before the sheet-wide notices.
    const names = view.sheets.map((candidate) => candidate.sheet);
    expect(names[0]).toBe(TAB);
    expect(new Set(names).size).toBe(names.length);
    expect(view.summary).toMatch(/^1 error, \d+ warnings\./);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('gives the sidebar the same findings when it asks for them itself, marking nothing', () => {
    fake = installGas({ userLocale: 'en-GB', sheets: THREE_PRODUCTS, now: () => NOW });
    validate();
    const opened = embeddedView<FindingsView>(fake);
    fake.resetCalls();

    const asked = getFindings();

    expect(asked).toEqual(opened);
    expect(fake.calls['Range.setNotes'] ?? 0).toBe(0);
    expect(fake.calls['Range.setBackgrounds'] ?? 0).toBe(0);
  });

  it('reads each tab with one getValues and marks a changed tab with one call of each kind', () => {
    fake = installGas({ userLocale: 'en-GB', sheets: THREE_PRODUCTS, now: () => NOW });
    fake.resetCalls();

    validate();

    const tabs = Object.keys(THREE_PRODUCTS).length;
    expect(fake.calls['Range.getValues']).toBe(tabs);
    expect(fake.calls['Range.getNotes']).toBe(tabs);
    expect(fake.calls['Range.getBackgrounds']).toBe(tabs);
    expect(fake.calls['Range.setNotes']).toBe(1);
    expect(fake.calls['Range.setBackgrounds']).toBe(1);
    expect(fake.calls['Range.setNote'] ?? 0).toBe(0);
    expect(fake.calls['Range.setBackground'] ?? 0).toBe(0);
  });

  it('writes no mark at all when validated twice without a change', () => {
    fake = installGas({ userLocale: 'en-GB', sheets: THREE_PRODUCTS, now: () => NOW });
    validate();
    fake.resetCalls();

    validate();

    expect(fake.callSummary().writes).toBe(0);
  });

  it('clears the mark of a cell that was fixed when checked again from the sidebar', () => {
    fake = installGas({ userLocale: 'en-GB', sheets: THREE_PRODUCTS, now: () => NOW });
    validate();
    SpreadsheetApp.getActive()
      .getSheetByName(TAB)!
      .getRange(a1(3, 'supplierUrl'))
      .setValue('https://detail.1688.com/offer/622222222222.html');

    const view = revalidate();

    expect(noteAt(fake, 3, 'supplierUrl')).toBe('');
    expect(colourAt(fake, 3, 'supplierUrl')).toBe('#ffffff');
    const sheet = view.sheets.find((candidate) => candidate.sheet === TAB)!;
    expect(sheet.rows.map((row) => row.row)).toEqual([4]);
  });

  it("keeps a person's own note and says in the sidebar that the cell was left unmarked", () => {
    fake = installGas({ userLocale: 'en-GB', sheets: THREE_PRODUCTS, now: () => NOW });
    const cell = SpreadsheetApp.getActive().getSheetByName(TAB)!.getRange(a1(3, 'supplierUrl'));
    cell.setNote('Li is asking the shop for the product page');

    validate();

    expect(noteAt(fake, 3, 'supplierUrl')).toBe('Li is asking the shop for the product page');
    expect(colourAt(fake, 3, 'supplierUrl')).toBe('#ffffff');
    expect(embeddedView<FindingsView>(fake).unmarkedNote).toMatch(
      /^1 cell holds a note of your own/,
    );
  });

  it('speaks Chinese to a Chinese user, in the notes and in the sidebar', () => {
    fake = installGas({ userLocale: 'zh-CN', sheets: THREE_PRODUCTS, now: () => NOW });

    validate();

    expect(fake.ui.sidebars[0].title).toBe('检查结果');
    expect(noteAt(fake, 3, 'supplierUrl')).toMatch(/^Seller Sheets: \[R3\.5\] .*[\u4e00-\u9fff]/);
    const view = embeddedView<FindingsView>(fake);
    expect(view.lang).toBe('zh');
    expect(view.sheets.find((sheet) => sheet.sheet === TAB)!.rows[0].label).toBe('第3行 · LAMP-02');
  });

  it('tells the user in words, and marks nothing, when a sheet cannot be read', () => {
    const broken = {
      ...THREE_PRODUCTS,
      [TAB]: [
        ['Product name', 'Supplier link'],
        ['Lamp', ''],
      ],
    };
    fake = installGas({ userLocale: 'en-GB', sheets: broken, now: () => NOW });

    validate();

    expect(fake.ui.sidebars).toEqual([]);
    expect(fake.ui.alerts).toHaveLength(1);
    expect(fake.ui.alerts[0].prompt).toMatch(/^Nothing was changed\. Please fix these first:\n• /);
    expect(fake.ui.alerts[0].prompt).toContain('SKU');
    expect(fake.callSummary().writes).toBe(0);
  });

  it('selects the cell of a finding', () => {
    fake = installGas({ userLocale: 'en-GB', sheets: THREE_PRODUCTS, now: () => NOW });

    selectCell(TAB, a1(3, 'supplierUrl'));

    const selected = SpreadsheetApp.getActiveRange();
    expect(selected.getSheet().getName()).toBe(TAB);
    expect(selected.getA1Notation()).toBe(a1(3, 'supplierUrl'));
  });

  it('refuses, in words, a cell a page should not send', () => {
    fake = installGas({ userLocale: 'zh-CN', sheets: THREE_PRODUCTS, now: () => NOW });

    expect(() => selectCell(TAB, 'A1:B2')).toThrow('侧边栏发送了无法使用的数据');
    expect(() => selectCell(3 as unknown as string, 'A1')).toThrow('侧边栏发送了无法使用的数据');
    expect(() => selectCell('Old products', 'A1')).toThrow('找不到工作表「Old products」');
  });
});
