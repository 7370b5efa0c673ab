import { validateNewProductRows } from '../../../src/core/new-products/validate';
import { GOOD_PRODUCT, productContext, productSheet } from './product-sheet';

describe('validating the new-product sheet', () => {
  it('finds nothing wrong with a complete product', () => {
    const sheet = productSheet([GOOD_PRODUCT]);

    const findings = validateNewProductRows(sheet, productContext());

    expect(sheet.findings).toEqual([]);
    expect(findings).toEqual([]);
  });

  it('names the sheet, row, column and rule of every finding, in both languages', () => {
    const sheet = productSheet([GOOD_PRODUCT, { ...GOOD_PRODUCT, sku: 'LAMP-02', reason: '好' }]);

    const [finding] = validateNewProductRows(sheet, productContext());

    expect(finding).toMatchObject({
      sheet: 'New products',
      row: 3,
      column: 'reason',
      rule: 'R3.2',
    });
    expect(finding.message.zh).toContain('New products 第3行「Why」');
    expect(finding.message.en).toContain('New products row 3, column "Why"');
  });
});
