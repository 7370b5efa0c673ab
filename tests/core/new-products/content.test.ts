import {
  checkContentLimits,
  DESCRIPTION_BYTES,
  KEYWORD_BYTES,
  utf8ByteLength,
} from '../../../src/core/new-products/content';
import { GOOD_PRODUCT, productSheet } from './product-sheet';
import type { ProductCells } from './product-sheet';

const check = (changes: ProductCells) =>
  checkContentLimits(productSheet([{ ...GOOD_PRODUCT, ...changes }]));

describe('counting UTF-8 bytes without a TextEncoder', () => {
  it.each([
    ['a', 1],
    ['ä', 2],
    ['中', 3],
    ['😀', 4],
    ['\ud800', 3],
  ])('counts %s as %i bytes', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
  });

  it('agrees with Node on mixed text', () => {
    const text = 'Größe 42 – 台灯 💡 naïve';
    expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('AMZ.bullets: each bullet within its product type', () => {
  it('accepts 700 characters for HOME and refuses 701', () => {
    expect(check({ bullet2: 'x'.repeat(700) })).toEqual([]);
    expect(check({ bullet2: 'x'.repeat(701) })).toEqual([
      expect.objectContaining({ rule: 'AMZ.bullets', severity: 'error', column: 'bullet2' }),
    ]);
  });

  it('only warns past the default for a type it has no limit for', () => {
    expect(check({ productType: 'WIDGET', bullet1: 'x'.repeat(500) })).toEqual([]);
    expect(check({ productType: 'WIDGET', bullet1: 'x'.repeat(501) })).toEqual([
      expect.objectContaining({ rule: 'AMZ.bullets', severity: 'warning' }),
    ]);
  });
});

describe('AMZ.keywords.bytes: search terms within 250 bytes', () => {
  it('accepts 250 bytes and warns at 251', () => {
    expect(check({ keywords: 'k'.repeat(KEYWORD_BYTES) })).toEqual([]);
    expect(check({ keywords: 'k'.repeat(KEYWORD_BYTES + 1) })).toEqual([
      expect.objectContaining({ rule: 'AMZ.keywords.bytes', column: 'keywords' }),
    ]);
  });

  it('counts a German umlaut as two bytes', () => {
    // 124 × "ä" and 2 letters: 126 characters, 250 bytes; one more "ä" makes 252.
    expect(check({ keywords: `${'ä'.repeat(124)}ab` })).toEqual([]);
    expect(check({ keywords: `${'ä'.repeat(125)}ab` })).toHaveLength(1);
  });
});

describe('AMZ.description.bytes: description within 10,000 bytes', () => {
  it('accepts 10,000 bytes and refuses 10,001', () => {
    expect(check({ description: 'd'.repeat(DESCRIPTION_BYTES) })).toEqual([]);
    expect(check({ description: `${'d'.repeat(DESCRIPTION_BYTES - 2)}台` })).toEqual([
      expect.objectContaining({ rule: 'AMZ.description.bytes', severity: 'error' }),
    ]);
  });
});
