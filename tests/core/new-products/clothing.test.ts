import { checkClothingSizes } from '../../../src/core/new-products/clothing';
import { GOOD_PRODUCT, productSheet } from './product-sheet';
import type { ProductCells } from './product-sheet';

const shirt: ProductCells = { ...GOOD_PRODUCT, productType: 'SHIRT', description: 'Cotton.' };

function family(description: string): ProductCells[] {
  return [
    { ...shirt, sku: 'TEE', variationTheme: 'Size', description },
    { ...shirt, sku: 'TEE-S', parentSku: 'TEE', size: 'S', description },
    { ...shirt, sku: 'TEE-M', parentSku: 'TEE', size: 'M', description },
    { ...shirt, sku: 'TEE-XL', parentSku: 'TEE', size: 'XL', description },
  ];
}

describe('R4.3d: clothing descriptions state every size', () => {
  it('accepts a description naming every size of the family', () => {
    expect(checkClothingSizes(productSheet(family('Sizes: S, M, XL. Cotton.')))).toEqual([]);
  });

  it('refuses a description missing one size of the family, on every row', () => {
    const findings = checkClothingSizes(productSheet(family('Sizes: S, M. Cotton.')));
    expect(findings).toHaveLength(4);
    expect(findings[0]).toMatchObject({ rule: 'R4.3d', severity: 'error', column: 'description' });
    expect(findings[0].message.en).toContain('missing: XL');
  });

  it('accepts a size chart instead of the sizes', () => {
    expect(checkClothingSizes(productSheet(family('See the size chart below.')))).toEqual([]);
  });

  it('refuses a clothing product that gives no size at all', () => {
    expect(checkClothingSizes(productSheet([shirt]))).toEqual([
      expect.objectContaining({ rule: 'R4.3d', row: 2 }),
    ]);
  });

  it('asks nothing of a product that is not clothing', () => {
    expect(checkClothingSizes(productSheet([{ ...shirt, productType: 'HOME' }]))).toEqual([]);
  });
});
