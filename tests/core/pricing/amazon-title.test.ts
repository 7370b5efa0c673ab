import { amazonTitle, TITLE_MAX_CHARS } from '../../../src/core/pricing/amazon-title';
import type { TitleParts } from '../../../src/core/pricing/amazon-title';

const parts: TitleParts = {
  brand: 'Lumora',
  model: 'LT-200',
  productName: 'LED Desk Lamp',
  feature: 'Dimmable with USB Charging Port',
  material: 'Aluminium',
  color: 'Black',
  size: '40 cm',
  quantity: '2',
};

describe('Amazon title from its parts (R4.3b)', () => {
  it('puts brand, model and name first, then feature, material, colour, size, quantity', () => {
    expect(amazonTitle(parts)).toEqual({
      ok: true,
      value:
        'Lumora LT-200 LED Desk Lamp, Dimmable with USB Charging Port, ' +
        'Aluminium, Black, 40 cm, Pack of 2',
    });
  });

  it('leaves out empty parts and a quantity of one', () => {
    const title = amazonTitle({ ...parts, model: '', material: '', quantity: '1' });
    expect(title).toEqual({
      ok: true,
      value: 'Lumora LED Desk Lamp, Dimmable with USB Charging Port, Black, 40 cm',
    });
    expect(amazonTitle({ ...parts, quantity: '3 Pairs' })).toMatchObject({
      value: expect.stringMatching(/, 3 Pairs$/),
    });
  });

  it("removes Amazon's banned characters, except in a brand that carries them", () => {
    const title = amazonTitle({
      ...parts,
      brand: 'Yay!',
      feature: 'Super Bright!! {New} ^Best^ $Deal? Cable_Free ¬¦',
      quantity: '',
    });
    expect(title).toEqual({
      ok: true,
      value:
        'Yay! LT-200 LED Desk Lamp, Super Bright New Best Deal Cable Free, Aluminium, Black, 40 cm',
    });
  });

  it('stays within 200 characters, cut at a word', () => {
    const title = amazonTitle({ ...parts, feature: 'Adjustable Brightness '.repeat(12) });
    if (!title.ok) throw new Error(title.problem.en);
    expect(title.value.length).toBeLessThanOrEqual(TITLE_MAX_CHARS);
    expect(title.value.startsWith('Lumora LT-200 LED Desk Lamp, Adjustable Brightness')).toBe(true);
    expect(title.value.endsWith('Adjustable') || title.value.endsWith('Brightness')).toBe(true);
  });

  it('refuses a title without the product name', () => {
    const title = amazonTitle({ ...parts, productName: '  ' });
    expect(!title.ok && title.problem.en).toBe(
      'the product name (core keyword) is empty: a title needs it',
    );
  });
});
