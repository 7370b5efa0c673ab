import { checkImages } from '../../../src/core/new-products/images';
import { newProductSheet } from '../../../src/core/new-products/sheet';
import { GOOD_PRODUCT, productSheet } from './product-sheet';
import type { ProductCells } from './product-sheet';

const check = (changes: ProductCells) =>
  checkImages(productSheet([{ ...GOOD_PRODUCT, ...changes }]));

describe('R4.4: 3 to 5 image links', () => {
  it('accepts three to five https links', () => {
    expect(check({})).toEqual([]);
    expect(
      check({ image4: 'https://img.example.com/4.jpg', image5: 'https://img.example.com/5.jpg' }),
    ).toEqual([]);
  });

  it('refuses fewer than three images', () => {
    expect(check({ image3: '' })).toEqual([
      expect.objectContaining({ rule: 'R4.4', severity: 'error', column: 'image1', row: 2 }),
    ]);
  });

  it('refuses a link that is not https', () => {
    expect(check({ image2: 'http://img.example.com/lamp-2.jpg' })).toEqual([
      expect.objectContaining({ rule: 'R4.4', column: 'image2' }),
    ]);
  });

  it('refuses the same image twice', () => {
    const findings = check({ image3: GOOD_PRODUCT.image1 });
    expect(findings).toEqual([expect.objectContaining({ rule: 'R4.4', column: 'image3' })]);
    expect(findings[0].message.en).toContain('"Image 1"');
  });

  it('refuses a link with a space in it', () => {
    const sheet = productSheet([GOOD_PRODUCT]);
    const row = { ...sheet.rows[0], image2: 'https://img.example.com/lamp 2.jpg' };
    expect(checkImages(newProductSheet(sheet.layout, [row]))).toEqual([
      expect.objectContaining({ rule: 'R4.4', column: 'image2' }),
    ]);
  });

  it('asks no images of a variation parent', () => {
    const parent = {
      ...GOOD_PRODUCT,
      sku: 'LAMP',
      variationTheme: 'Color',
      image1: '',
      image2: '',
      image3: '',
    };
    const child = { ...GOOD_PRODUCT, parentSku: 'LAMP' };
    expect(checkImages(productSheet([parent, child]))).toEqual([]);
  });
});
