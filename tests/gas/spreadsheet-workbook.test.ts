import { SHEETS, SHEET_IDS } from '../../src/core/contract/sheets';
import type { SheetId } from '../../src/core/contract/types';
import { BUSY_MESSAGE } from '../../src/gas/lock';
import { setUpSheets } from '../../src/gas/set-up-sheets';
import { SpreadsheetWorkbook } from '../../src/gas/spreadsheet-workbook';
import type { TabEdit } from '../../src/workbook/port';
import { installGas } from '../fakes/gas';
import type { FakeGas } from '../fakes/gas';

const NEEDED = SHEET_IDS.filter((id) => !SHEETS[id].optional);

function labels(id: SheetId, lang: 'zh' | 'en'): string[] {
  return SHEETS[id].columns.map((column) => column.label[lang]);
}

function label(id: SheetId, columnId: string): string {
  const column = SHEETS[id].columns.find((candidate) => candidate.id === columnId);
  if (!column) throw new Error(`${id} has no column ${columnId}`);
  return column.label.en;
}

/** An Orders tab as a person keeps it: columns in their own order, one of their own. */
function ordersTab(rows: number): unknown[][] {
  const header = [
    label('orders', 'sku'),
    'My notes',
    label('orders', 'orderId'),
    label('orders', 'quantity'),
    label('orders', 'site'),
  ];
  const body = Array.from({ length: rows }, (_, i) => [
    `LAMP-${String(i + 1).padStart(5, '0')}`,
    i === 0 ? '=1+1' : `note ${i}`,
    `202-${1000000 + i}`,
    (i % 3) + 1,
    'UK',
  ]);
  return [header, ...body];
}

function snapshot(fake: FakeGas): Record<string, { values: unknown[][]; formulas: string[][] }> {
  return Object.fromEntries(
    fake.sheetNames.map((tab) => [tab, { values: fake.values(tab), formulas: fake.formulas(tab) }]),
  );
}

describe('Set up sheets in Google Sheets', () => {
  let fake: FakeGas;
  afterEach(() => fake.uninstall());

  it('creates every sheet that is not optional, with its headers, in the user language', () => {
    fake = installGas({ userLocale: 'zh-CN' });
    setUpSheets();

    for (const id of NEEDED) {
      expect(fake.sheetNames).toContain(SHEETS[id].name.zh);
      expect(fake.values(SHEETS[id].name.zh)[0]).toEqual(labels(id, 'zh'));
    }
    const optional = SHEET_IDS.filter((id) => SHEETS[id].optional);
    for (const id of optional) expect(fake.sheetNames).not.toContain(SHEETS[id].name.zh);
    expect(fake.ui.alerts).toHaveLength(1);
    expect(fake.ui.alerts[0].title).toBe('设置工作表');
    expect(fake.ui.alerts[0].prompt).toContain(`新建了 ${NEEDED.length} 个工作表`);
    expect(fake.logs).toEqual([
      expect.stringMatching(
        new RegExp(
          `^set-up: ${NEEDED.length} sheets created, 0 columns added, \\d+ settings added, [\\d.]+ s$`,
        ),
      ),
    ]);
  });

  it('keeps setting values such as 0.30 and 5-10 as the text they are', () => {
    fake = installGas({ userLocale: 'en-GB' });
    setUpSheets();

    const settings = fake.values('Settings');
    const value = (key: string) => settings.find((row) => row[0] === key)?.[1];
    expect(value('minListingMargin')).toBe('0.30');
    expect(value('smallParcelDeclaredUsd')).toBe('5-10');
    expect(value('reassureAfterDays')).toBe('30');
  });

  it('adds only the missing columns at the right and leaves every existing cell as it was', () => {
    fake = installGas({ userLocale: 'zh-CN', sheets: { Orders: ordersTab(3) } });
    const before = { values: fake.values('Orders'), formulas: fake.formulas('Orders') };
    expect(before.formulas[1][1]).toBe('=1+1');
    setUpSheets();

    const after = { values: fake.values('Orders'), formulas: fake.formulas('Orders') };
    const width = before.values[0].length;
    expect(after.values.map((row) => row.slice(0, width))).toEqual(before.values);
    expect(after.formulas.map((row) => row.slice(0, width))).toEqual(before.formulas);

    const present = new Set(['sku', 'orderId', 'quantity', 'site']);
    const missing = SHEETS.orders.columns.filter((column) => !present.has(column.id));
    expect(after.values[0].slice(width)).toEqual(missing.map((column) => column.label.en));
    for (const row of after.values.slice(1))
      expect(row.slice(width).every((cell) => cell === '')).toBe(true);
    expect(fake.ui.alerts[0].prompt).toContain(`「Orders」在右侧新增了 ${missing.length} 列`);
  });

  it('changes nothing the second time it runs', () => {
    fake = installGas({ userLocale: 'en-GB', sheets: { Orders: ordersTab(3) } });
    setUpSheets();
    const first = snapshot(fake);
    fake.resetCalls();

    setUpSheets();
    expect(snapshot(fake)).toEqual(first);
    expect(fake.calls['Range.setValues']).toBeUndefined();
    expect(fake.calls['Spreadsheet.insertSheet']).toBeUndefined();
    expect(fake.ui.alerts[1].prompt).toBe('Every sheet is set up already: nothing to change.');
  });

  it('reads each tab once and writes each changed tab once, for 10 rows as for 10,000', () => {
    const callsFor = (rows: number) => {
      fake = installGas({ userLocale: 'en-GB', sheets: { Orders: ordersTab(rows) } });
      fake.resetCalls();
      setUpSheets();
      const calls = { ...fake.calls };
      const tabs = fake.sheetNames.length;
      fake.uninstall();
      return { calls, tabs };
    };
    const small = callsFor(10);
    const large = callsFor(10_000);
    fake = installGas();

    expect(large.calls).toEqual(small.calls);
    // Orders, and the Settings it made, read by the Audit log for its editors.
    expect(small.calls['Range.getValues']).toBe(2);
    expect(small.calls['Range.setValues']).toBe(small.tabs);
    expect(small.calls['Spreadsheet.insertSheet']).toBe(small.tabs - 1);
  });

  it('waits for someone else’s action, then says so and writes nothing', () => {
    fake = installGas({ userLocale: 'en-GB' });
    fake.holdDocumentLock('director@example.com');
    const before = snapshot(fake);
    setUpSheets();

    expect(snapshot(fake)).toEqual(before);
    expect(fake.ui.alerts.map((alert) => alert.prompt)).toEqual([BUSY_MESSAGE.en]);
  });

  it('refuses a sheet with two columns of the same name and changes nothing', () => {
    const header = [label('orders', 'orderId'), label('orders', 'sku'), 'sku'];
    fake = installGas({ userLocale: 'en-GB', sheets: { Orders: [header, ['1', 'A', 'B']] } });
    const before = snapshot(fake);
    setUpSheets();

    expect(snapshot(fake)).toEqual(before);
    expect(fake.ui.alerts[0].prompt).toMatch(/^Nothing was changed\. Please fix these first:\n• /);
    expect(fake.ui.alerts[0].prompt).toContain('Orders');
  });
});

describe('the Workbook over SpreadsheetApp', () => {
  let fake: FakeGas;
  let workbook: SpreadsheetWorkbook;
  const start = (sheets: Record<string, unknown[][]> = { Data: [['a']] }, timeZone?: string) => {
    fake = installGas({ sheets, timeZone });
    workbook = new SpreadsheetWorkbook(SpreadsheetApp.getActive());
  };
  afterEach(() => fake.uninstall());

  it('never lets imported text become a formula, a number or a date', () => {
    start();
    const texts = [
      '=IMPORTXML("http://x","//a")',
      '00123',
      '2026-11-03',
      '+44 20 7946',
      'TRUE',
      '1,234.50',
    ];
    workbook.apply([{ tab: 'Data', blocks: [{ row: 2, column: 1, values: [texts] }] }]);

    expect(fake.values('Data')[1]).toEqual(texts);
    expect(fake.formulas('Data')[1]).toEqual(texts.map(() => ''));
  });

  it('writes text into plain-text cells without a visible apostrophe', () => {
    start();
    SpreadsheetApp.getActive().getSheetByName('Data')!.getRange('A2:A3').setNumberFormat('@');
    workbook.apply([
      { tab: 'Data', blocks: [{ row: 2, column: 1, values: [['2026-11'], ['007']] }] },
    ]);
    expect(fake.values('Data').slice(1)).toEqual([['2026-11'], ['007']]);
  });

  it('writes a wall-clock date as that moment in the spreadsheet time zone', () => {
    start({ Data: [['when']] }, 'Europe/London');
    workbook.apply([
      { tab: 'Data', blocks: [{ row: 2, column: 1, values: [[{ date: '2026-07-01T09:30:00' }]] }] },
    ]);
    expect(fake.values('Data')[1][0]).toEqual(new Date('2026-07-01T08:30:00Z'));
    expect(workbook.timeZone()).toBe('Europe/London');
    expect(workbook.cellTimeZone()).toBe('Europe/London');
  });

  it('reads a tab once however often a workflow asks', () => {
    start({
      Data: [
        ['SKU', 'Price'],
        ['LAMP-01', 12.5],
      ],
    });
    fake.resetCalls();
    expect(workbook.read('Data')).toEqual([
      ['SKU', 'Price'],
      ['LAMP-01', 12.5],
    ]);
    workbook.read('Data');
    workbook.readNotes('Data');
    workbook.readNotes('Data');
    workbook.readBackgrounds('Data');
    expect(fake.calls['Range.getValues']).toBe(1);
    expect(fake.calls['Range.getNotes']).toBe(1);
    expect(fake.calls['Range.getBackgrounds']).toBe(1);
  });

  it('grows the grid in one call when a block reaches past it', () => {
    start();
    const sheet = SpreadsheetApp.getActive().getSheetByName('Data')!;
    const [rows, columns] = [sheet.getMaxRows(), sheet.getMaxColumns()];
    const values = Array.from({ length: 5 }, (_, r) =>
      Array.from({ length: 3 }, (_, c) => r * 3 + c),
    );
    fake.resetCalls();
    workbook.apply([{ tab: 'Data', blocks: [{ row: rows - 1, column: columns - 1, values }] }]);

    expect(fake.calls['Sheet.insertRowsAfter']).toBe(1);
    expect(fake.calls['Sheet.insertColumnsAfter']).toBe(1);
    expect(fake.calls['Range.setValues']).toBe(1);
    expect(fake.values('Data')[rows + 2][columns]).toBe(14);
  });

  it('styles the header and offers dropdowns that only warn on the data rows', () => {
    start({ Orders: [['Order ID', 'Status', 'Price']] });
    const edit: TabEdit = {
      tab: 'Orders',
      headerStyle: { columns: 3 },
      columns: [
        { column: 2, dropdown: ['Shipped', 'Delivered'] },
        { column: 3, format: '#,##0.00' },
      ],
    };
    workbook.apply([edit]);

    const sheet = SpreadsheetApp.getActive().getSheetByName('Orders')!;
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange('A1:C1').getFontWeights()).toEqual([['bold', 'bold', 'bold']]);
    expect(sheet.getRange('B1').getDataValidation()).toBeNull();
    const rule = sheet.getRange(sheet.getMaxRows(), 2).getDataValidation()!;
    expect(rule.getCriteriaValues()).toEqual([['Shipped', 'Delivered'], true]);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(sheet.getRange(2, 3).getNumberFormat()).toBe('#,##0.00');
  });

  it('marks cells with notes and colours and clears a colour it no longer needs', () => {
    start({
      Data: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
    workbook.apply([
      {
        tab: 'Data',
        marks: {
          row: 2,
          column: 1,
          notes: [['R4.2d: margin under 30 %', '']],
          backgrounds: [['#fce8e6', '']],
        },
      },
    ]);
    expect(fake.notes('Data')[1]).toEqual(['R4.2d: margin under 30 %', '']);
    expect(fake.backgrounds('Data')[1]).toEqual(['#fce8e6', '#ffffff']);

    workbook.apply([
      { tab: 'Data', marks: { row: 2, column: 1, notes: [['', '']], backgrounds: [['', '']] } },
    ]);
    expect(fake.backgrounds('Data')[1]).toEqual(['#ffffff', '#ffffff']);
  });

  it('protects rows for the named editors and replaces its own protection on a re-run', () => {
    start({ Purchases: [['PO'], ['PO-1'], ['PO-2']] });
    const edit: TabEdit = {
      tab: 'Purchases',
      protect: [
        {
          description: 'Approved purchases',
          rows: { from: 2, to: 3 },
          editors: ['director@example.com'],
        },
      ],
    };
    workbook.apply([edit]);
    workbook.apply([edit]);

    const protections = fake.protections('Purchases');
    expect(protections).toHaveLength(1);
    expect(protections[0]).toMatchObject({
      type: 'RANGE',
      description: 'Approved purchases',
      domainEdit: false,
    });
    expect(protections[0].editors).toEqual(expect.arrayContaining(['director@example.com']));
    expect(protections[0].range).toMatch(/^A2:/);
  });

  it('regenerates a report tab whole, with its chart, without leaving the old one behind', () => {
    start({
      '月报 2026-10': [
        ['old', 'stuff'],
        ['x', 'y'],
      ],
    });
    const report: TabEdit = {
      tab: '月报 2026-10',
      replace: true,
      blocks: [
        {
          row: 1,
          column: 1,
          values: [
            ['Site', 'Sales'],
            ['UK', 1200],
            ['DE', 800],
          ],
        },
      ],
      charts: [
        { title: 'Sales by site', kind: 'column', range: 'A1:B3', anchor: { row: 1, column: 4 } },
      ],
    };
    workbook.apply([report]);
    workbook.apply([report]);

    expect(fake.values('月报 2026-10')).toEqual([
      ['Site', 'Sales'],
      ['UK', 1200],
      ['DE', 800],
    ]);
    const charts = fake.charts('月报 2026-10');
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: 'COLUMN',
      options: expect.objectContaining({ title: 'Sales by site' }),
    });
  });

  it('replaces a chart of the same title on a tab it does not regenerate', () => {
    start({
      Sales: [
        ['Site', 'Sales'],
        ['UK', 1200],
      ],
    });
    const chart: TabEdit = {
      tab: 'Sales',
      charts: [{ title: 'Sales', kind: 'pie', range: 'A1:B2', anchor: { row: 1, column: 4 } }],
    };
    workbook.apply([chart]);
    workbook.apply([chart]);
    expect(fake.charts('Sales').map((snapshot) => snapshot.type)).toEqual(['PIE']);
  });

  it('creates a tab at the end and reads what it wrote after applying', () => {
    start();
    workbook.apply([
      { tab: 'New', create: true, blocks: [{ row: 1, column: 1, values: [['x']] }] },
    ]);
    expect(workbook.tabNames()).toEqual(['Data', 'New']);
    expect(fake.sheetNames).toEqual(['Data', 'New']);
    expect(workbook.read('New')).toEqual([['x']]);
  });
});
