import { SHEETS, SHEET_IDS, SETTING_DEFAULTS } from '../../src/core/contract/sheets';
import { UnusableInputError } from '../../src/core/findings';
import { runSetup } from '../../src/workflows/setup';
import { MemoryWorkbook } from '../support/memory-workbook';

const required = SHEET_IDS.filter((id) => !SHEETS[id].optional);

describe('Set up sheets', () => {
  it('creates every sheet of the contract in the user language on an empty workbook', () => {
    const workbook = new MemoryWorkbook();
    runSetup(workbook, 'zh');
    expect(workbook.tabNames()).toEqual(required.map((id) => SHEETS[id].name.zh));
    expect(workbook.values('上新表')[0]).toEqual(SHEETS.newProducts.columns.map((c) => c.label.zh));
    const settings = workbook.values('设置');
    expect(settings.slice(1).map((row) => row[0])).toEqual(Object.keys(SETTING_DEFAULTS));
    expect(workbook.tabs.get('上新表')?.headerStyle).toEqual({
      columns: SHEETS.newProducts.columns.length,
    });
  });

  it('adds only missing columns at the right and never changes an existing cell', () => {
    const before = [
      ['Why', 'SKU', 'My own column', 'Purchase price'],
      ['trend', 'LAMP-01', '=A2', '12.5'],
      ['', 'LAMP-02', 'keep me', ''],
    ];
    const workbook = new MemoryWorkbook({ 'New products': before.map((row) => [...row]) });
    const plan = runSetup(workbook, 'zh');
    const after = workbook.values('New products');
    after.forEach((row, r) =>
      expect(row.slice(0, 4)).toEqual([...(before[r] ?? []), '', '', '', ''].slice(0, 4)),
    );
    const added = after[0].slice(4);
    const expected = SHEETS.newProducts.columns
      .filter((c) => !['reason', 'sku', 'costCny'].includes(c.id))
      .map((c) => c.label.en);
    expect(added).toEqual(expected);
    expect(plan.report.find((r) => r.tab === 'New products')?.created).toBe(false);
  });

  it('adds missing settings keys below the ones a person already set, keeping their values', () => {
    const workbook = new MemoryWorkbook({
      Settings: [
        ['Key', 'Value', 'Note'],
        ['minListingMargin', '0.35', 'ours'],
      ],
    });
    runSetup(workbook, 'en');
    const rows = workbook.values('Settings');
    expect(rows[1]).toEqual(['minListingMargin', '0.35', 'ours']);
    expect(rows.filter((row) => row[0] === 'minListingMargin')).toHaveLength(1);
    expect(rows).toHaveLength(Object.keys(SETTING_DEFAULTS).length + 1);
  });

  it('changes nothing the second time', () => {
    const workbook = new MemoryWorkbook();
    runSetup(workbook, 'en');
    const snapshot = workbook.tabNames().map((tab) => workbook.values(tab));
    const plan = runSetup(workbook, 'en');
    expect(workbook.tabNames().map((tab) => workbook.values(tab))).toEqual(snapshot);
    expect(plan.report.every((r) => !r.created && r.addedColumns.length === 0)).toBe(true);
  });

  it('refuses a sheet with duplicate headers and writes nothing at all', () => {
    const workbook = new MemoryWorkbook({ Orders: [['Order ID', '订单号']] });
    expect(() => runSetup(workbook, 'en')).toThrow(UnusableInputError);
    expect(workbook.applied).toHaveLength(0);
    expect(workbook.tabNames()).toEqual(['Orders']);
  });

  it('reads each existing tab once', () => {
    const workbook = new MemoryWorkbook({ Orders: [['Order ID']], 设置: [['键', '值']] });
    runSetup(workbook, 'zh');
    expect([...workbook.reads.values()].every((count) => count === 1)).toBe(true);
  });
});

describe('Set up sheets next to unlabelled data', () => {
  it('adds new columns right of a column that holds data under a blank header', () => {
    const workbook = new MemoryWorkbook({
      Orders: [
        ['Order ID', 'SKU', ''],
        ['A-1', 'LAMP-01', 'my own notes'],
      ],
    });
    runSetup(workbook, 'en');
    const rows = workbook.values('Orders');
    expect(rows[0][2]).toBe('');
    expect(rows[1][2]).toBe('my own notes');
    expect(rows[0][3]).toBe('Site');
  });
});
