import { checkTitles, containsPhrase } from '../../../src/core/new-products/title';
import { GOOD_PRODUCT, ofRule, productSheet } from './product-sheet';
import type { ProductCells } from './product-sheet';

const check = (changes: ProductCells) =>
  checkTitles(productSheet([{ ...GOOD_PRODUCT, ...changes }]));

describe('finding a title part as whole words', () => {
  it.each([
    ['Lumio Lamp, Black, M', 'M', true],
    ['Lumio Lamp, 40 Cm', 'M', false],
    ['Pack of 2', '2', true],
    ['2pcs Lamp', '2', true],
    ['12 Lamps', '2', false],
    ['Desk  lamp', 'desk lamp', true],
    ['Desklamp', 'desk lamp', false],
  ])('in "%s", "%s" is found: %s', (text, phrase, found) => {
    expect(containsPhrase(text, phrase)).toBe(found);
  });
});

describe('R4.3b: the title holds the parts of the product', () => {
  it('accepts a title with every given part', () => {
    expect(check({})).toEqual([]);
  });

  it('refuses a title without the brand', () => {
    expect(check({ title: 'L200 LED Desk Lamp, Dimmable, Aluminium, Black' })).toEqual([
      expect.objectContaining({ rule: 'R4.3b', severity: 'error', column: 'title' }),
    ]);
  });

  it('refuses a title without the product name', () => {
    const [finding] = check({ title: 'Lumio L200 Light, Dimmable, Aluminium, Black' });
    expect(finding).toMatchObject({ rule: 'R4.3b', severity: 'error' });
    expect(finding.message.en).toContain('product name "LED Desk Lamp"');
  });

  it('warns about a title missing another given part', () => {
    const [finding, ...rest] = check({ title: 'Lumio L200 LED Desk Lamp, Dimmable, Black' });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'R4.3b', severity: 'warning' });
    expect(finding.message.en).toContain('material "Aluminium"');
  });

  it('refuses a product without a brand', () => {
    expect(check({ brand: '', title: '' })).toEqual([
      expect.objectContaining({ rule: 'R4.3b', severity: 'error', column: 'brand' }),
    ]);
  });

  it('does not ask a title for a quantity of one', () => {
    expect(check({ quantity: '1' })).toEqual([]);
    expect(ofRule(check({ quantity: '2' }), 'R4.3b')).toHaveLength(1);
  });
});

describe("Amazon's title rules", () => {
  it('refuses a title over 200 characters and accepts one of 200', () => {
    const base = GOOD_PRODUCT.title as string;
    const padded = (length: number) => `${base} ${'y'.repeat(length - base.length - 1)}`;
    expect(check({ title: padded(200) })).toEqual([]);
    expect(check({ title: padded(201) })).toEqual([
      expect.objectContaining({ rule: 'AMZ.title.length', severity: 'error' }),
    ]);
  });

  it.each(['!', '$', '?', '_', '{', '^', '¦'])('refuses %s in a title', (char) => {
    expect(check({ title: `${GOOD_PRODUCT.title} ${char}` })).toEqual([
      expect.objectContaining({ rule: 'AMZ.title.chars', severity: 'error' }),
    ]);
  });

  it('refuses a tab or a line break in a title', () => {
    expect(ofRule(check({ title: `${GOOD_PRODUCT.title}\nNew` }), 'AMZ.title.chars')).toHaveLength(
      1,
    );
    expect(ofRule(check({ title: `${GOOD_PRODUCT.title}\tNew` }), 'AMZ.title.chars')).toHaveLength(
      1,
    );
  });

  it('warns about a word used three times, whatever its case', () => {
    const findings = check({ title: `${GOOD_PRODUCT.title}, Lamp for Desk, LAMP` });
    expect(findings).toEqual([expect.objectContaining({ rule: 'AMZ.title.repeat' })]);
    expect(findings[0].message.en).toContain('“lamp”×3');
  });

  it('lets function words of any site language and numbers repeat', () => {
    const title = `${GOOD_PRODUCT.title} for Desk for Office for Home, mit und mit und mit, 2 x 2 x 2`;
    expect(check({ title })).toEqual([]);
  });

  it('checks the title built from the parts when the Title cell is empty', () => {
    const [finding] = check({ title: '', productName: 'Lamp Lamp Lamp' });
    expect(finding).toMatchObject({ rule: 'AMZ.title.repeat', column: 'title' });
    expect(finding.message.en).toContain('built from its parts');
  });
});
