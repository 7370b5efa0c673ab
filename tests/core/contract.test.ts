import {
  columnKeys,
  findSheetName,
  normalizeHeader,
  sheetKeys,
} from '../../src/core/contract/headers';
import { SHEETS, SHEET_IDS } from '../../src/core/contract/sheets';

describe('the sheet contract', () => {
  it('ignores case, spaces, _ - brackets and a trailing unit in headers', () => {
    expect(normalizeHeader('Package weight (kg)')).toBe(normalizeHeader('package_weight'));
    expect(normalizeHeader('重量（kg）')).toBe(normalizeHeader('重量'));
    expect(normalizeHeader(' Parent-SKU ')).toBe('parentsku');
  });

  it.each(SHEET_IDS)('gives every column of %s a name no other column of it shares', (id) => {
    const owner = new Map<string, string>();
    for (const column of SHEETS[id].columns) {
      for (const key of new Set(columnKeys(column))) {
        expect([key, owner.get(key) ?? column.id]).toEqual([key, column.id]);
        owner.set(key, column.id);
      }
    }
  });

  it('gives every sheet tab names no other sheet shares', () => {
    const owner = new Map<string, string>();
    for (const id of SHEET_IDS) {
      for (const key of sheetKeys(SHEETS[id])) {
        expect(owner.get(key) ?? id).toBe(id);
        owner.set(key, id);
      }
    }
  });

  it('adopts a sheet under its Chinese or English name', () => {
    expect(findSheetName(SHEETS.newProducts, ['Sheet1', '上新表'])).toBe('上新表');
    expect(findSheetName(SHEETS.newProducts, ['new products'])).toBe('new products');
    expect(findSheetName(SHEETS.refunds, ['Refund log'])).toBe('Refund log');
    expect(findSheetName(SHEETS.orders, ['Sheet1'])).toBeNull();
  });

  it('declares every enum column with its options', () => {
    for (const id of SHEET_IDS) {
      for (const column of SHEETS[id].columns) {
        if (column.type === 'enum') expect(column.options?.length).toBeGreaterThan(1);
      }
    }
  });
});
