import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import type { Finding } from '../../src/core/findings';
import {
  findingProblem,
  MARK_COLOURS,
  MARK_PREFIX,
  parseCellAddress,
  planValidationMarks,
  validateWithMarks,
} from '../../src/workflows/validate-marks';
import { GOOD_PRODUCT, sheetValues, UK_EPACKET } from '../core/new-products/product-sheet';
import type { ProductCells } from '../core/new-products/product-sheet';
import { MemoryWorkbook } from '../support/memory-workbook';

const NOW = new Date('2026-11-20T02:30:00Z');
const TAB = 'New products';
const products = SHEETS.newProducts;

/** 0-based row and column of a product cell: row 2 is the first product. */
function spot(row: number, id: string): [number, number] {
  return [row - 1, products.columns.findIndex((column) => column.id === id)];
}

const SHOP_PAGE = 'https://shop123456.taobao.com/';
const SHORT_LINK = 'https://m.tb.cn/h.5abcDEF';

function workbookWith(rows: ProductCells[]): MemoryWorkbook {
  return new MemoryWorkbook({
    Settings: [['Key', 'Value', 'Note']],
    [TAB]: sheetValues(products, rows),
    'SKU suppliers': sheetValues(SHEETS.skuSuppliers, []),
    'Shipping channels': sheetValues(SHEETS.shippingChannels, [UK_EPACKET]),
    'FX rates': sheetValues(SHEETS.fx, [{ month: '2026-11', currency: 'GBP', rate: 9 }]),
  });
}

function noteAt(workbook: MemoryWorkbook, row: number, id: string): string {
  const [r, c] = spot(row, id);
  return workbook.tabs.get(TAB)!.notes[r]?.[c] ?? '';
}

function colourAt(workbook: MemoryWorkbook, row: number, id: string): string {
  const [r, c] = spot(row, id);
  return workbook.tabs.get(TAB)!.backgrounds[r]?.[c] ?? '';
}

function setCellValue(workbook: MemoryWorkbook, row: number, id: string, value: Cell): void {
  const [r, c] = spot(row, id);
  workbook.tabs.get(TAB)!.values[r][c] = value;
}

/** A good lamp in row 2, a shop page instead of a product in row 3, a short link in row 4. */
function threeProducts(): MemoryWorkbook {
  return workbookWith([
    GOOD_PRODUCT,
    { ...GOOD_PRODUCT, sku: 'LAMP-02', supplierUrl: SHOP_PAGE },
    { ...GOOD_PRODUCT, sku: 'LAMP-03', supplierUrl: SHORT_LINK },
  ]);
}

describe('validation marks', () => {
  it('marks an error cell light red and a warning cell light yellow, with the rule in a note', () => {
    const workbook = threeProducts();

    const { marks } = validateWithMarks(workbook, NOW, 'en');

    expect(noteAt(workbook, 3, 'supplierUrl')).toMatch(/^Seller Sheets: \[R3\.5\] /);
    expect(colourAt(workbook, 3, 'supplierUrl')).toBe('#f4c7c3');
    expect(noteAt(workbook, 4, 'supplierUrl')).toMatch(/^Seller Sheets: \[R3\.5\] /);
    expect(colourAt(workbook, 4, 'supplierUrl')).toBe('#fce8b2');
    expect(noteAt(workbook, 2, 'supplierUrl')).toBe('');
    expect(marks.marked).toBe(2);
    expect(workbook.applied).toHaveLength(1);
    expect(workbook.applied[0].map((edit) => edit.tab)).toEqual([TAB]);
  });

  it("writes the note in the user's language, without repeating where the cell is", () => {
    const workbook = threeProducts();

    validateWithMarks(workbook, NOW, 'zh');

    const note = noteAt(workbook, 3, 'supplierUrl');
    expect(note.startsWith(`${MARK_PREFIX}[R3.5] `)).toBe(true);
    expect(note).toMatch(/[\u4e00-\u9fff]/);
    expect(note).not.toContain('第3行');
  });

  it('never writes a value', () => {
    const workbook = threeProducts();
    const before = workbook.values(TAB);

    validateWithMarks(workbook, NOW, 'en');

    expect(workbook.values(TAB)).toEqual(before);
    for (const edit of workbook.applied.flat()) expect(edit.blocks ?? []).toEqual([]);
  });

  it('clears its own mark once the cell is fixed', () => {
    const workbook = threeProducts();
    validateWithMarks(workbook, NOW, 'en');
    setCellValue(workbook, 3, 'supplierUrl', 'https://detail.1688.com/offer/622222222222.html');

    const { marks } = validateWithMarks(workbook, NOW, 'en');

    expect(noteAt(workbook, 3, 'supplierUrl')).toBe('');
    expect(colourAt(workbook, 3, 'supplierUrl')).toBe('');
    expect(marks.cleared).toBe(1);
    expect(noteAt(workbook, 4, 'supplierUrl')).toMatch(/^Seller Sheets: /);
    expect(colourAt(workbook, 4, 'supplierUrl')).toBe(MARK_COLOURS.warning);
  });

  it('turns a red mark yellow when only a warning is left on the cell', () => {
    const workbook = threeProducts();
    validateWithMarks(workbook, NOW, 'en');
    setCellValue(workbook, 3, 'supplierUrl', SHORT_LINK);

    validateWithMarks(workbook, NOW, 'en');

    expect(colourAt(workbook, 3, 'supplierUrl')).toBe('#fce8b2');
  });

  it("keeps a person's notes and colours, on cells with findings and on cells without", () => {
    const workbook = threeProducts();
    const tab = workbook.tabs.get(TAB)!;
    const [r3, link] = spot(3, 'supplierUrl');
    const [r4] = spot(4, 'supplierUrl');
    const [r2, sku] = spot(2, 'sku');
    (tab.notes[r3] ??= [])[link] = 'Ask Li about this shop';
    (tab.backgrounds[r4] ??= [])[link] = '#00ff00';
    (tab.notes[r2] ??= [])[sku] = 'best seller';
    (tab.backgrounds[r2] ??= [])[sku] = '#f4c7c3';

    const { marks } = validateWithMarks(workbook, NOW, 'en');

    // A person's note stays whole, and the cell under it gets no colour of ours either.
    expect(noteAt(workbook, 3, 'supplierUrl')).toBe('Ask Li about this shop');
    expect(['', '#ffffff']).toContain(colourAt(workbook, 3, 'supplierUrl'));
    expect(marks.unmarked).toBe(1);
    // A person's colour stays; the note of the finding goes on top of it.
    expect(colourAt(workbook, 4, 'supplierUrl')).toBe('#00ff00');
    expect(noteAt(workbook, 4, 'supplierUrl')).toMatch(/^Seller Sheets: \[R3\.5\]/);
    // A fine cell that a person coloured like a mark, with their own note, is theirs.
    expect(noteAt(workbook, 2, 'sku')).toBe('best seller');
    expect(colourAt(workbook, 2, 'sku')).toBe('#f4c7c3');
  });

  it("does not take a person's colour for a mark when the cell is fine and has no note", () => {
    const workbook = threeProducts();
    const [r2, sku] = spot(2, 'sku');
    (workbook.tabs.get(TAB)!.backgrounds[r2] ??= [])[sku] = '#fce8b2';

    validateWithMarks(workbook, NOW, 'en');

    expect(colourAt(workbook, 2, 'sku')).toBe('#fce8b2');
  });

  it('writes nothing on a second run when nothing changed', () => {
    const workbook = threeProducts();
    validateWithMarks(workbook, NOW, 'en');
    const applied = workbook.applied.length;

    const { marks } = validateWithMarks(workbook, NOW, 'en');

    expect(workbook.applied).toHaveLength(applied);
    expect(marks.edits).toEqual([]);
    expect(marks.marked).toBe(2);
  });

  it('gives a tab with no findings and no old marks no edit at all', () => {
    const workbook = workbookWith([GOOD_PRODUCT]);

    const { marks } = validateWithMarks(workbook, NOW, 'en');

    expect(marks.edits).toEqual([]);
    expect(workbook.applied).toEqual([]);
  });

  it('joins several findings of one cell in one note, errors first', () => {
    const workbook = new MemoryWorkbook({ [TAB]: [['SKU'], ['A'], ['B']] });
    const finding = (rule: string, severity: 'error' | 'warning', text: string): Finding => ({
      sheet: TAB,
      row: 3,
      column: 'sku',
      header: 'SKU',
      cell: 'A3',
      rule,
      severity,
      message: { zh: `${TAB} 第3行「SKU」：${text}`, en: `${TAB} row 3, column "SKU": ${text}` },
    });

    const plan = planValidationMarks(
      workbook,
      [TAB],
      [finding('R9.1', 'warning', 'too long'), finding('R2.2', 'error', 'repeats')],
      'en',
    );

    expect(plan.edits).toEqual([
      {
        tab: TAB,
        marks: {
          row: 3,
          column: 1,
          notes: [['Seller Sheets: [R2.2] repeats\n[R9.1] too long']],
          backgrounds: [['#f4c7c3']],
        },
      },
    ]);
  });

  it('covers only the rectangle of cells that change, keeping the others inside it as they are', () => {
    const workbook = new MemoryWorkbook({
      [TAB]: [
        ['SKU', 'Title', 'Price'],
        ['A', 'x', '1'],
        ['B', 'y', '2'],
      ],
    });
    workbook.tabs.get(TAB)!.notes[1] = ['', 'mine', ''];
    const at = (cell: string, row: number, column: string): Finding => ({
      sheet: TAB,
      row,
      column,
      cell,
      rule: 'R1.1',
      severity: 'warning',
      message: { zh: '问题', en: 'problem' },
    });

    const plan = planValidationMarks(
      workbook,
      [TAB],
      [at('A2', 2, 'sku'), at('C3', 3, 'price')],
      'en',
    );

    expect(plan.edits[0].marks).toEqual({
      row: 2,
      column: 1,
      notes: [
        ['Seller Sheets: [R1.1] problem', 'mine', ''],
        ['', '', 'Seller Sheets: [R1.1] problem'],
      ],
      backgrounds: [
        ['#fce8b2', '', ''],
        ['', '', '#fce8b2'],
      ],
    });
  });
});

describe('reading findings for marks', () => {
  it('reads A1 addresses, and nothing else', () => {
    expect(parseCellAddress('A1')).toEqual({ row: 1, column: 1 });
    expect(parseCellAddress('AB12')).toEqual({ row: 12, column: 28 });
    expect(parseCellAddress('A0')).toBeNull();
    expect(parseCellAddress('A1:B2')).toBeNull();
    expect(parseCellAddress('a1')).toBeNull();
  });

  it('drops the place from a message made by cellFinding, in both languages', () => {
    const finding: Finding = {
      sheet: TAB,
      row: 5,
      column: 'title',
      header: 'Title',
      cell: 'B5',
      rule: 'AMZ.title.length',
      severity: 'error',
      message: {
        zh: `${TAB} 第5行「Title」：标题超过200个字符`,
        en: `${TAB} row 5, column "Title": the title is longer than 200 characters`,
      },
    };

    expect(findingProblem(finding, 'zh')).toBe('标题超过200个字符');
    expect(findingProblem(finding, 'en')).toBe('the title is longer than 200 characters');
    expect(findingProblem({ ...finding, header: undefined }, 'en')).toBe(finding.message.en);
  });
});
