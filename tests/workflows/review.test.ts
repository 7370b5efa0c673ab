import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import { UnusableInputError } from '../../src/core/findings';
import { RoleError } from '../../src/core/roles';
import { runCheck } from '../../src/workflows/check';
import {
  approveRows,
  approvedSinceDigest,
  dailySnapshot,
  rejectRows,
  submitRows,
} from '../../src/workflows/review';
import { GOOD_PRODUCT, sheetValues, UK_EPACKET } from '../core/new-products/product-sheet';
import type { ProductCells } from '../core/new-products/product-sheet';
import { MemoryWorkbook } from '../support/memory-workbook';

const DIRECTOR = 'boss@example.com';
const RESEARCHER = 'ann@example.com';
/** 10:30 in Shanghai, the workbook's zone. */
const NOW = new Date('2026-11-20T02:30:00Z');

const products = SHEETS.newProducts;
const suppliers = SHEETS.skuSuppliers;
const at = (def: typeof products, id: string) => def.columns.findIndex((c) => c.id === id);

const lamp: ProductCells = { ...GOOD_PRODUCT, status: 'Submitted' };
const box: ProductCells = {
  ...GOOD_PRODUCT,
  sku: 'BOX-02',
  productName: 'Storage Box',
  title: 'Lumio L200 Storage Box, Dimmable, Aluminium, Black',
  supplierUrl: 'https://item.taobao.com/item.htm?id=700123456789',
  status: 'Submitted',
};
const mug: ProductCells = {
  ...GOOD_PRODUCT,
  sku: 'MUG-03',
  productName: 'Coffee Mug',
  title: 'Lumio L200 Coffee Mug, Dimmable, Aluminium, Black',
  supplierUrl: 'https://detail.1688.com/offer/633333333333.html',
  status: 'Submitted',
};

function workbookWith(
  rows: ProductCells[],
  more: { master?: ProductCells[]; lang?: 'zh' | 'en' } = {},
): MemoryWorkbook {
  return new MemoryWorkbook({
    Settings: [
      ['Key', 'Value', 'Note'],
      ['directors', `${DIRECTOR}, second@example.com`, ''],
      ['uploaders', 'uploads@example.com', ''],
    ],
    [more.lang === 'zh' ? '上新表' : 'New products']: sheetValues(products, rows, more.lang),
    'SKU suppliers': sheetValues(suppliers, more.master ?? []),
    'Shipping channels': sheetValues(SHEETS.shippingChannels, [UK_EPACKET]),
    'FX rates': sheetValues(SHEETS.fx, [{ month: '2026-11', currency: 'GBP', rate: 9 }]),
  });
}

function cell(workbook: MemoryWorkbook, row: number, id: string, tab = 'New products'): Cell {
  const def = tab === 'SKU suppliers' ? suppliers : products;
  return workbook.values(tab)[row - 1][at(def, id)];
}

function refusal(action: () => unknown): UnusableInputError {
  try {
    action();
  } catch (error) {
    if (error instanceof UnusableInputError) return error;
    throw error;
  }
  throw new Error('expected the action to be refused');
}

describe('submitting rows for review', () => {
  it('turns draft and rejected rows into submitted ones', () => {
    const workbook = workbookWith([
      { ...lamp, status: 'Draft' },
      { ...box, status: 'Rejected' },
    ]);

    const result = submitRows(workbook, [2, 3], RESEARCHER, NOW);

    expect(result.rows).toEqual([2, 3]);
    expect(cell(workbook, 2, 'status')).toBe('Submitted');
    expect(cell(workbook, 3, 'status')).toBe('Submitted');
  });

  it("writes the status in the sheet's own language", () => {
    const workbook = workbookWith([{ ...lamp, status: '草稿' }], { lang: 'zh' });

    submitRows(workbook, [2], RESEARCHER, NOW);

    expect(workbook.values('上新表')[1][at(products, 'status')]).toBe('待审核');
  });

  it('refuses to submit a row that is already approved', () => {
    const workbook = workbookWith([{ ...lamp, status: 'Approved' }]);

    const error = refusal(() => submitRows(workbook, [2], RESEARCHER, NOW));

    expect(error.findings).toEqual([
      expect.objectContaining({ row: 2, column: 'status', rule: 'R3.5' }),
    ]);
    expect(workbook.applied).toEqual([]);
  });
});

describe('approving rows', () => {
  it('refuses an approval from someone who is not a director, and changes nothing', () => {
    const workbook = workbookWith([lamp]);
    const before = workbook.values('New products');

    expect(() => approveRows(workbook, [2], RESEARCHER, '', NOW)).toThrow(RoleError);
    expect(() => approveRows(workbook, [2], RESEARCHER, '', NOW)).toThrow(/director/);
    expect(workbook.applied).toEqual([]);
    expect(workbook.values('New products')).toEqual(before);
  });

  it('never takes an empty email for a director', () => {
    const workbook = workbookWith([lamp]);

    expect(() => approveRows(workbook, [2], '', '', NOW)).toThrow(RoleError);
    expect(workbook.applied).toEqual([]);
  });

  it('writes status, reviewer, time and note, whatever the case of the email', () => {
    const workbook = workbookWith([lamp]);

    const result = approveRows(workbook, [2], 'Boss@Example.com', 'good margin', NOW);

    expect(result.status).toBe('Approved');
    expect(cell(workbook, 2, 'status')).toBe('Approved');
    expect(cell(workbook, 2, 'reviewer')).toBe('Boss@Example.com');
    expect(cell(workbook, 2, 'reviewedAt')).toBe('2026-11-20T10:30:00');
    expect(cell(workbook, 2, 'reviewNote')).toBe('good margin');
  });

  it('asks for the approved rows to be protected for the directors and uploaders only', () => {
    const workbook = workbookWith([lamp, box, mug]);

    approveRows(workbook, [2, 3, 4], DIRECTOR, '', NOW);

    const [edits] = workbook.applied;
    const protect = edits.find((edit) => edit.tab === 'New products')?.protect;
    expect(protect).toEqual([
      expect.objectContaining({
        rows: { from: 2, to: 4 },
        // Uploaders stamp the export batch and the Uploaded status into approved rows.
        editors: [DIRECTOR, 'second@example.com', 'uploads@example.com'],
      }),
    ]);
  });

  it('writes the review of rows apart in one block per run of adjacent columns', () => {
    const workbook = workbookWith([lamp, { ...box, status: 'Draft' }, mug]);

    approveRows(workbook, [2, 4], DIRECTOR, 'ok', NOW);

    const edit = workbook.applied[0].find((candidate) => candidate.tab === 'New products')!;
    expect(edit.blocks).toHaveLength(1);
    expect(edit.blocks![0]).toMatchObject({ row: 2, column: at(products, 'status') + 1 });
    expect(edit.blocks![0].values).toHaveLength(3);
    expect(cell(workbook, 3, 'status')).toBe('Draft');
    expect(cell(workbook, 3, 'reviewer')).toBe('');
  });

  it('writes separate blocks when the review columns sit apart', () => {
    const header = sheetValues(products, [])[0] as string[];
    const order = header.map((_, i) => i).filter((i) => i !== at(products, 'reviewNote'));
    order.splice(2, 0, at(products, 'reviewNote'));
    const rows = sheetValues(products, [lamp]).map((line) => order.map((i) => line[i]));
    const workbook = workbookWith([]);
    workbook.tabs.get('New products')!.values = rows;

    approveRows(workbook, [2], DIRECTOR, 'ok', NOW);

    const edit = workbook.applied[0].find((candidate) => candidate.tab === 'New products')!;
    expect(edit.blocks).toHaveLength(2);
    expect(workbook.values('New products')[1][2]).toBe('ok');
  });

  it('records the product in the SKU-supplier master', () => {
    const workbook = workbookWith([lamp]);

    const result = approveRows(workbook, [2], DIRECTOR, '', NOW);

    expect(result.master).toEqual({ added: 1, updated: 0 });
    const master = workbook.values('SKU suppliers');
    expect(master).toHaveLength(2);
    expect(cell(workbook, 2, 'sku', 'SKU suppliers')).toBe('LAMP-01');
    expect(cell(workbook, 2, 'supplierUrl', 'SKU suppliers')).toBe(GOOD_PRODUCT.supplierUrl);
    expect(cell(workbook, 2, 'platform', 'SKU suppliers')).toBe('1688');
    expect(cell(workbook, 2, 'unitCostCny', 'SKU suppliers')).toBe(30);
    expect(cell(workbook, 2, 'weightKg', 'SKU suppliers')).toBe(0.5);
    expect(cell(workbook, 2, 'supplierName', 'SKU suppliers')).toBe('Zhongshan Lighting');
    expect(cell(workbook, 2, 'addedOn', 'SKU suppliers')).toBe('2026-11-20');
  });

  it('does not duplicate the master row when a product is approved twice', () => {
    const workbook = workbookWith([lamp]);

    approveRows(workbook, [2], DIRECTOR, '', NOW);
    const second = approveRows(workbook, [2], DIRECTOR, 'again', new Date('2026-11-21T01:00:00Z'));

    expect(second.master).toEqual({ added: 0, updated: 0 });
    expect(workbook.values('SKU suppliers')).toHaveLength(2);
    expect(cell(workbook, 2, 'reviewNote')).toBe('again');
    const protections = workbook.tabs.get('New products')!.protections;
    expect(protections).toHaveLength(1);
  });

  it("updates the master row of the same offer and keeps a person's contact and notes", () => {
    const master: ProductCells[] = [
      {
        sku: 'LAMP-01',
        supplierUrl: 'https://m.1688.com/offer/612345678901.html',
        unitCostCny: 35,
        contact: '旺旺 zs-light',
        notes: '老板姓王，量大可谈',
        addedOn: '2026-10-01',
      },
    ];
    const workbook = workbookWith([lamp], { master });

    const result = approveRows(workbook, [2], DIRECTOR, '', NOW);

    expect(result.master).toEqual({ added: 0, updated: 1 });
    expect(workbook.values('SKU suppliers')).toHaveLength(2);
    expect(cell(workbook, 2, 'unitCostCny', 'SKU suppliers')).toBe(30);
    expect(cell(workbook, 2, 'contact', 'SKU suppliers')).toBe('旺旺 zs-light');
    expect(cell(workbook, 2, 'notes', 'SKU suppliers')).toBe('老板姓王，量大可谈');
    expect(cell(workbook, 2, 'addedOn', 'SKU suppliers')).toBe('2026-10-01');
    expect(cell(workbook, 2, 'supplierUrl', 'SKU suppliers')).toBe(master[0].supplierUrl);
  });

  it('adds a second master row for the same SKU from another supplier', () => {
    const master: ProductCells[] = [
      { sku: 'LAMP-01', supplierUrl: 'https://detail.1688.com/offer/600000000000.html' },
    ];
    const workbook = workbookWith([lamp], { master });

    approveRows(workbook, [2], DIRECTOR, '', NOW);

    expect(workbook.values('SKU suppliers')).toHaveLength(3);
  });

  it('refuses an approval of a row with an error, listing it, and changes nothing', () => {
    const workbook = workbookWith([lamp, { ...box, image3: '', image2: '' }]);
    const before = workbook.values('New products');

    const error = refusal(() => approveRows(workbook, [2, 3], DIRECTOR, '', NOW));

    expect(error.findings).toEqual([
      expect.objectContaining({ row: 3, column: 'image1', rule: 'R4.4', severity: 'error' }),
    ]);
    expect(workbook.applied).toEqual([]);
    expect(workbook.values('New products')).toEqual(before);
  });

  it('goes ahead with warnings and returns them', () => {
    const workbook = workbookWith([{ ...lamp, supplierUrl: 'https://m.tb.cn/h.5abcDEF' }]);

    const result = approveRows(workbook, [2], DIRECTOR, '', NOW);

    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'R3.5', severity: 'warning' }),
    ]);
    expect(cell(workbook, 2, 'status')).toBe('Approved');
  });

  it('refuses to approve a row that was never submitted', () => {
    const workbook = workbookWith([{ ...lamp, status: 'Draft' }]);

    const error = refusal(() => approveRows(workbook, [2], DIRECTOR, '', NOW));

    expect(error.findings[0]).toMatchObject({ row: 2, column: 'status' });
  });

  it('refuses a child approved without its parent, and keeps the parent out of the master', () => {
    const parent = { ...lamp, sku: 'LAMP', variationTheme: 'Color', image1: '', image2: '' };
    const child = { ...lamp, parentSku: 'LAMP' };
    const workbook = workbookWith([parent, child]);

    const error = refusal(() => approveRows(workbook, [3], DIRECTOR, '', NOW));
    expect(error.findings).toEqual([expect.objectContaining({ row: 3, rule: 'R3.5' })]);

    const result = approveRows(workbook, [2, 3], DIRECTOR, '', NOW);
    expect(result.master).toEqual({ added: 1, updated: 0 });
    expect(cell(workbook, 2, 'sku', 'SKU suppliers')).toBe('LAMP-01');
  });
});

describe('rejecting rows', () => {
  it('sends a row back with the note saying why', () => {
    const workbook = workbookWith([lamp]);

    rejectRows(workbook, [2], DIRECTOR, 'margin too thin', NOW);

    expect(cell(workbook, 2, 'status')).toBe('Rejected');
    expect(cell(workbook, 2, 'reviewNote')).toBe('margin too thin');
    expect(cell(workbook, 2, 'reviewer')).toBe(DIRECTOR);
    expect(workbook.tabs.get('New products')!.protections).toEqual([]);
  });

  it('refuses a rejection without a note', () => {
    const workbook = workbookWith([lamp]);

    refusal(() => rejectRows(workbook, [2], DIRECTOR, ' ', NOW));

    expect(workbook.applied).toEqual([]);
  });

  it('refuses a rejection from someone who is not a director', () => {
    const workbook = workbookWith([lamp]);

    expect(() => rejectRows(workbook, [2], RESEARCHER, 'no', NOW)).toThrow(RoleError);
    expect(workbook.applied).toEqual([]);
  });
});

describe("the uploaders' daily mail and the dated snapshot", () => {
  it("lists the day's approved products for the uploaders", () => {
    const workbook = workbookWith([lamp, box]);
    approveRows(workbook, [2], DIRECTOR, 'ship it', NOW);

    const mail = approvedSinceDigest(
      workbook,
      new Date('2026-11-19T16:00:00Z'),
      new Date('2026-11-20T10:00:00Z'),
    );

    expect(mail?.to).toEqual(['uploads@example.com']);
    expect(mail?.subject).toContain('2026-11-20: 1');
    expect(mail?.body).toContain('LAMP-01');
    expect(mail?.body).not.toContain('BOX-02');
    expect(mail?.body).toContain('已通过总监审核');
    expect(mail?.body).toContain('approved by the director');
  });

  it('sends nothing when nothing was approved since', () => {
    const workbook = workbookWith([lamp]);
    approveRows(workbook, [2], DIRECTOR, '', NOW);

    expect(approvedSinceDigest(workbook, NOW, new Date('2026-11-21T00:00:00Z'))).toBeNull();
  });

  it("saves the day's approved rows as a dated CSV with formulas escaped", () => {
    const workbook = workbookWith([{ ...lamp, notes: '=HYPERLINK("http://x")' }, box]);
    approveRows(workbook, [2], DIRECTOR, '', NOW);

    const file = dailySnapshot(workbook, NOW);

    expect(file?.name).toBe('new-products-2026-11-20.csv');
    expect(file?.mimeType).toBe('text/csv');
    const lines = String(file?.content)
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0].startsWith('Date,SKU,Parent SKU')).toBe(true);
    expect(lines[1]).toContain('LAMP-01');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines[1]).toContain('2026-11-20T10:30:00');
  });

  it('saves nothing on a day without approvals', () => {
    expect(dailySnapshot(workbookWith([lamp]), NOW)).toBeNull();
  });
});

describe('the check of the whole workbook', () => {
  it("runs the new-product rules with the sheet's findings", () => {
    const workbook = workbookWith([{ ...lamp, supplierUrl: 'https://shop123.taobao.com/' }]);

    const { findings } = runCheck(workbook, NOW);

    expect(findings).toContainEqual(
      expect.objectContaining({ sheet: 'New products', row: 2, rule: 'R3.5', severity: 'error' }),
    );
  });
});
