import { SHEETS } from '../../src/core/contract/sheets';
import { SpreadsheetWorkbook } from '../../src/gas/spreadsheet-workbook';
import { runImport } from '../../src/workflows/import-table';
import { installGas } from '../fakes/gas';
import type { FakeGas } from '../fakes/gas';
import { ERP_EXPORT } from '../support/erp-export';

describe('importing the ERP export into Google Sheets', () => {
  let fake: FakeGas;
  beforeEach(() => {
    fake = installGas({
      sheets: { 订单: [SHEETS.orders.columns.map((column) => column.label.zh)] },
    });
  });
  afterEach(() => fake.uninstall());

  const importOnce = () =>
    runImport(new SpreadsheetWorkbook(SpreadsheetApp.getActive()), 'orders', ERP_EXPORT, 'erp.csv');

  it('leaves the Orders sheet as after the first import when the same export comes again', () => {
    importOnce();
    const after = fake.values('订单');

    const again = importOnce();

    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(fake.values('订单')).toEqual(after);
    expect(after).toHaveLength(4);
  });

  it('keeps a buyer name that looks like a formula as text, in a Sheets that makes formulas', () => {
    importOnce();

    const buyer = SHEETS.orders.columns.findIndex((column) => column.id === 'buyerName');
    expect(fake.values('订单')[3][buyer]).toBe('=IMPORTXML("http://x","//a")');
    expect(fake.formulas('订单').flat().filter(Boolean)).toEqual([]);
  });
});
