import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import { AUDIT_PENDING_PROPERTY, recordAudit } from '../../src/gas/audit';
import { approveReview, rejectReview } from '../../src/gas/review';
import { setUpSheets } from '../../src/gas/set-up-sheets';
import { auditTabShape, planAuditAppend, rowRuns } from '../../src/workflows/audit';
import type { AuditEntry } from '../../src/workflows/audit';
import { GOOD_PRODUCT, sheetValues, UK_EPACKET } from '../core/new-products/product-sheet';
import type { ProductCells } from '../core/new-products/product-sheet';
import { installGas } from '../fakes/gas';
import type { FakeGas } from '../fakes/gas';
import { MemoryWorkbook } from '../support/memory-workbook';
import { settingsTab } from '../support/settings-tab';
import { thrown } from '../support/thrown';

/** 10:30 in Shanghai, the spreadsheet's zone. */
const NOW = new Date('2026-11-20T02:30:00Z');
const OWNER = 'owner@example.com';
const DIRECTOR = 'boss@example.com';
const UPLOADER = 'uploads@example.com';
const RESEARCHER = 'ann@example.com';
const LOG = 'Audit log';
const TAB = 'New products';
const HEADER = SHEETS.auditLog.columns.map((column) => column.label.en);

const lamp: ProductCells = { ...GOOD_PRODUCT, status: 'Submitted' };
const box: ProductCells = {
  ...GOOD_PRODUCT,
  sku: 'BOX-02',
  productName: 'Storage Box',
  title: 'Lumio L200 Storage Box, Dimmable, Aluminium, Black',
  supplierUrl: 'https://detail.1688.com/offer/633333333333.html',
  status: 'Submitted',
};

function settings(rows: Array<[string, string]> = []): Cell[][] {
  return settingsTab([['directors', DIRECTOR], ['uploaders', UPLOADER], ...rows]);
}

function sheets(more: Record<string, Cell[][]> = {}): Record<string, Cell[][]> {
  return {
    Settings: settings(),
    [TAB]: sheetValues(SHEETS.newProducts, [lamp, box]),
    'SKU suppliers': sheetValues(SHEETS.skuSuppliers, []),
    'Shipping channels': sheetValues(SHEETS.shippingChannels, [UK_EPACKET]),
    'FX rates': sheetValues(SHEETS.fx, [{ month: '2026-11', currency: 'GBP', rate: 9 }]),
    ...more,
  };
}

function entry(more: Partial<AuditEntry> = {}): AuditEntry {
  return {
    time: NOW,
    user: DIRECTOR,
    action: { zh: '审核通过新品', en: 'Approving new products' },
    sheet: TAB,
    rows: [2, 3, 4, 7],
    counts: '4 rows',
    outcome: { kind: 'done' },
    ...more,
  };
}

describe('audit rows, planned against the Workbook port', () => {
  it('creates the Audit log tab with its header and the row, in the language asked for', () => {
    const workbook = new MemoryWorkbook({}, 'Asia/Shanghai', 'Asia/Shanghai');

    workbook.apply([
      planAuditAppend(auditTabShape(workbook), [entry()], {
        lang: 'zh',
        timeZone: 'Asia/Shanghai',
      }),
    ]);

    expect(workbook.tabNames()).toEqual(['操作日志']);
    expect(workbook.values('操作日志')).toEqual([
      ['时间', '用户', '操作', '工作表', '行', '数量', '结果'],
      ['2026-11-20T10:30:00', DIRECTOR, '审核通过新品', TAB, '2–4, 7', '4 rows', '完成'],
    ]);
  });

  it('appends below the last used row and never rewrites a row already there', () => {
    const earlier: Cell[][] = [
      HEADER,
      ['2026-11-19 09:00', 'a@example.com', 'Booking', 'Refunds', '5', '1 refund', 'done'],
      ['', '', '', '', '', '', ''],
      ['', '', '', '', '', 'a note someone wrote', ''],
    ];
    const workbook = new MemoryWorkbook({ [LOG]: earlier });

    const edit = planAuditAppend(auditTabShape(workbook), [entry()], {
      lang: 'en',
      timeZone: 'Asia/Shanghai',
    });
    workbook.apply([edit]);

    expect(edit.blocks).toEqual([{ row: 5, column: 1, values: expect.any(Array) }]);
    expect(workbook.values(LOG).slice(0, 4)).toEqual(earlier);
    expect(workbook.values(LOG)[4]).toEqual([
      '2026-11-20T10:30:00',
      DIRECTOR,
      'Approving new products',
      TAB,
      '2–4, 7',
      '4 rows',
      'done',
    ]);
  });

  it("adopts a person's own tab: its column order, and missing columns added at the right", () => {
    const own: Cell[][] = [
      ['Outcome', '用户', 'time', 'Comment'],
      ['done', 'a@example.com', '2026-11-19', 'kept'],
    ];
    const workbook = new MemoryWorkbook({ 'AUDIT LOG': own });

    workbook.apply([
      planAuditAppend(auditTabShape(workbook), [entry({ rows: [] })], {
        lang: 'en',
        timeZone: 'Asia/Shanghai',
      }),
    ]);

    const values = workbook.values('AUDIT LOG');
    expect(values[0]).toEqual([
      'Outcome',
      '用户',
      'time',
      'Comment',
      'Action',
      'Sheet',
      'Rows',
      'Counts',
    ]);
    expect(values[1]).toEqual(['done', 'a@example.com', '2026-11-19', 'kept', '', '', '', '']);
    expect(values[2]).toEqual([
      'done',
      DIRECTOR,
      '2026-11-20T10:30:00',
      '',
      'Approving new products',
      TAB,
      '',
      '4 rows',
    ]);
  });

  it('says a refusal with its reason, and keeps a cell to a record, not a dump', () => {
    const workbook = new MemoryWorkbook({ [LOG]: [HEADER] });
    const reason = { zh: '需要「总监」角色', en: 'needs the director role' };

    workbook.apply([
      planAuditAppend(
        auditTabShape(workbook),
        [entry({ outcome: { kind: 'refused', reason }, counts: 'x'.repeat(10_000) })],
        { lang: 'en', timeZone: 'Asia/Shanghai' },
      ),
    ]);

    const [row] = workbook.values(LOG).slice(1);
    expect(row[6]).toBe('refused: needs the director role');
    expect(String(row[5]).length).toBe(500);
  });

  it('lists row numbers as runs, and counts the runs past the twentieth', () => {
    expect(rowRuns([9, 2, 3, 4, 4, 12])).toBe('2–4, 9, 12');
    const scattered = Array.from({ length: 25 }, (_, i) => 2 + i * 2);
    expect(rowRuns(scattered)).toBe(`${scattered.slice(0, 20).join(', ')} (+5)`);
  });
});

describe('the Audit log in Google Sheets', () => {
  let fake: FakeGas;

  beforeEach(() => jest.useFakeTimers({ now: NOW }));
  afterEach(() => {
    fake.uninstall();
    jest.useRealTimers();
  });

  function open(user: string, more: Record<string, Cell[][]> = {}): void {
    fake = installGas({
      user,
      owner: OWNER,
      editors: [DIRECTOR, UPLOADER, RESEARCHER],
      userLocale: 'en-GB',
      sheets: sheets(more),
    });
  }

  function auditRows(): Cell[][] {
    return fake.values(LOG).slice(1) as Cell[][];
  }

  it('records an approval: time, director, action, sheet, rows, counts and outcome', () => {
    open(DIRECTOR);

    approveReview([2, 3], 'fine');

    expect(fake.values(LOG)[0]).toEqual(HEADER);
    expect(auditRows()).toEqual([
      [
        NOW,
        DIRECTOR,
        'Approving new products',
        TAB,
        '2–3',
        '2 rows, 0 findings, master +2 ~0',
        'done',
      ],
    ]);
  });

  it('records a rejection, and a refusal with the reason', () => {
    open(DIRECTOR);

    rejectReview([2], 'the link is a shop');
    thrown(() => rejectReview([3], ' '));

    const outcomes = auditRows().map((row) => [row[2], row[6]]);
    expect(outcomes).toEqual([
      ['Rejecting new products', 'done'],
      ['Rejecting new products', 'refused: 1 problem (R3.5)'],
    ]);
  });

  it('keeps the refusal of someone without a role until a role holder acts, then writes both', () => {
    open(DIRECTOR);

    fake.runAs(RESEARCHER, () => thrown(() => approveReview([2], '')));
    expect(fake.sheetNames).not.toContain(LOG);
    expect(fake.documentProperties[AUDIT_PENDING_PROPERTY]).toContain(RESEARCHER);

    approveReview([3], '');

    const rows = auditRows();
    expect(rows.map((row) => row[1])).toEqual([RESEARCHER, DIRECTOR]);
    expect(rows[0][6]).toBe(
      `refused: Approving new products needs the director role (set in Settings); ${RESEARCHER} does not have it`,
    );
    expect(fake.documentProperties[AUDIT_PENDING_PROPERTY]).toBeUndefined();
  });

  it('protects the tab for the role holders: a researcher cannot write to it, a director can', () => {
    open(DIRECTOR);
    approveReview([2], '');

    const [protection] = fake.protections(LOG);
    expect(protection).toMatchObject({ type: 'SHEET', warningOnly: false, domainEdit: false });
    expect(protection.editors.sort()).toEqual([DIRECTOR, OWNER, UPLOADER].sort());

    const forge = () =>
      SpreadsheetApp.getActive().getSheetByName(LOG)!.getRange('B2').setValue('me');
    expect(() => fake.runAs(RESEARCHER, forge)).toThrow(/protected cell/);
    expect(fake.values(LOG)[1][1]).toBe(DIRECTOR);
    expect(() => fake.runAs(UPLOADER, forge)).not.toThrow();
  });

  it('protects the tab again when Settings name another role holder, and only then', () => {
    open(DIRECTOR);
    approveReview([2], '');
    expect(fake.calls['Sheet.protect']).toBe(1);
    fake.resetCalls();
    approveReview([2], 'again');
    expect(fake.calls['Sheet.protect'] ?? 0).toBe(0);

    SpreadsheetApp.getActive()
      .getSheetByName('Settings')!
      .getRange(4, 1, 1, 2)
      .setValues([['finance', 'money@example.com']]);
    approveReview([2], 'third');

    expect(fake.protections(LOG)).toHaveLength(1);
    expect(fake.protections(LOG)[0].editors).toContain('money@example.com');
  });

  it('records Set up sheets, and writes formula-like text as text', () => {
    open(DIRECTOR, { [LOG]: [HEADER, ['=1+1', '', '', '', '', '', '']] });

    setUpSheets();

    expect(fake.formulas(LOG).flat().filter(Boolean)).toEqual(['=1+1']);
    const [, row] = auditRows();
    expect(row).toEqual([
      NOW,
      DIRECTOR,
      'Set up sheets',
      '',
      '',
      expect.stringMatching(/^\d+ sheets created, \d+ columns added, \d+ settings added$/),
      'done',
    ]);
  });

  it('never fails the action when the row cannot be written, and says so in the log', () => {
    open(DIRECTOR);
    const props = PropertiesService.getDocumentProperties();
    props.setProperty(AUDIT_PENDING_PROPERTY, 'not json');

    recordAudit([entry()]);

    expect(auditRows()).toHaveLength(1);
    expect(fake.logs.join('\n')).not.toContain('LAMP-01');
  });

  it('keeps at most what one property holds while no role holder acts', () => {
    open(RESEARCHER);

    for (let i = 0; i < 60; i += 1) recordAudit([entry({ user: RESEARCHER, counts: `${i}` })]);

    const stored = fake.documentProperties[AUDIT_PENDING_PROPERTY];
    expect(stored.length).toBeLessThanOrEqual(8000);
    const kept = JSON.parse(stored) as Array<{ counts: string }>;
    expect(kept[kept.length - 1].counts).toBe('59');
    expect(
      fake.logs.some((line) => /^audit: \d+ waiting rows dropped, the oldest$/.test(line)),
    ).toBe(true);
  });
});
