import { checkVariations, themeAttributes } from '../../../src/core/new-products/variations';
import { GOOD_PRODUCT, ofRule, productSheet } from './product-sheet';
import type { ProductCells } from './product-sheet';

const parent: ProductCells = { ...GOOD_PRODUCT, sku: 'LAMP', variationTheme: 'SizeColor' };
const child = (sku: string, changes: ProductCells = {}): ProductCells => ({
  ...GOOD_PRODUCT,
  sku,
  parentSku: 'LAMP',
  color: 'Black',
  size: '40 cm',
  ...changes,
});

describe('variation themes', () => {
  it.each([
    ['Color', ['color']],
    ['colour', ['color']],
    ['Size', ['size']],
    ['SizeColor', ['size', 'color']],
    ['color-size', ['color', 'size']],
    ['SIZE_NAME/COLOR_NAME', ['size', 'color']],
    ['StyleName', null],
  ])('reads %s', (theme, attributes) => {
    expect(themeAttributes(theme)).toEqual(attributes);
  });
});

describe('variation families', () => {
  it('accepts a parent with a theme and children that have its attributes', () => {
    expect(checkVariations(productSheet([parent, child('LAMP-BK'), child('LAMP-WH')]))).toEqual([]);
  });

  it('refuses a child whose parent is not on the sheet', () => {
    expect(checkVariations(productSheet([child('LAMP-BK')]))).toEqual([
      expect.objectContaining({ rule: 'AMZ.variation.parent', column: 'parentSku', row: 2 }),
    ]);
  });

  it('refuses a parent without a variation theme', () => {
    const findings = checkVariations(
      productSheet([{ ...parent, variationTheme: '' }, child('LAMP-BK')]),
    );
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'AMZ.variation.theme', row: 2, severity: 'error' }),
    ]);
  });

  it('warns about a theme it does not know', () => {
    const findings = checkVariations(
      productSheet([{ ...parent, variationTheme: 'StyleName' }, child('LAMP-BK')]),
    );
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'AMZ.variation.theme', severity: 'warning' }),
    ]);
  });

  it("refuses a child without an attribute of its parent's theme", () => {
    const findings = checkVariations(productSheet([parent, child('LAMP-BK', { size: '' })]));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'AMZ.variation.attributes', column: 'size', row: 3 }),
    ]);
  });

  it('refuses an approved child whose parent is not approved', () => {
    const findings = checkVariations(
      productSheet([{ ...parent, status: 'Submitted' }, child('LAMP-BK', { status: 'Approved' })]),
    );
    expect(ofRule(findings, 'R3.5')).toEqual([
      expect.objectContaining({ column: 'status', row: 3, severity: 'error' }),
    ]);
    expect(
      checkVariations(
        productSheet([{ ...parent, status: '已通过' }, child('LAMP-BK', { status: 'Approved' })]),
      ),
    ).toEqual([]);
  });
});
