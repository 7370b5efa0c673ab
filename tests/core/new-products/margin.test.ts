import { checkListingMargins } from '../../../src/core/new-products/margin';
import { GOOD_PRODUCT, productContext, productSheet, UK_EPACKET } from './product-sheet';
import type { ProductCells } from './product-sheet';

const check = (changes: ProductCells, context = productContext()) =>
  checkListingMargins(productSheet([{ ...GOOD_PRODUCT, ...changes }]), context);

/*
 * The worked example, by hand: 0.5 kg by e-packet is 20 + 80 × 0.5 = 60 CNY; with the 30 CNY
 * purchase the landed cost is 90 CNY. At £19.99 and 9 CNY/£: 179.91 CNY, 149.925 net of 20 %
 * VAT, 26.9865 referral fee (15 %), profit 32.9385: a margin of 21.969… %. The lowest price
 * ending in .99 reaching 30 %: 90 × 1.2 / (9 × (1 − 0.15 × 1.2 − 0.30)) = £23.08 → £23.99.
 */
describe('R4.2d: the entered price reaches the minimum listing margin', () => {
  it('accepts a price above the minimum margin', () => {
    expect(check({ price: 29.99 })).toEqual([]);
  });

  it('refuses a price under the minimum, with its margin and the lowest price that works', () => {
    const findings = check({ price: 19.99 });
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'R4.2d', severity: 'error', column: 'price', row: 2 }),
    ]);
    expect(findings[0].message.en).toContain('GBP 19.99 is 21.96%');
    expect(findings[0].message.en).toContain('GBP 23.99');
    expect(findings[0].message.en).toContain('freight 60.00 CNY by E-packet UK');
  });

  it('accepts the suggested lowest price and refuses the one below it', () => {
    expect(check({ price: 23.99 })).toEqual([]);
    expect(check({ price: 22.99 })).toHaveLength(1);
  });

  it('says nothing of a row whose price is left for the add-on to suggest', () => {
    expect(check({ price: '' })).toEqual([]);
  });

  it('warns when there is no rate to convert the price with', () => {
    const findings = check({ price: 19.99 }, productContext({ fx: [] }));
    expect(findings).toEqual([expect.objectContaining({ rule: 'R4.2d', severity: 'warning' })]);
    expect(findings[0].message.en).toContain('GBP');
  });

  it('warns when no channel takes a battery product', () => {
    const findings = check({ price: 29.99, battery: 'yes', notes: 'battery inside' });
    expect(findings).toEqual([expect.objectContaining({ rule: 'R4.2d', severity: 'warning' })]);
  });

  it('doubles the freight of dangerous goods on a channel that takes them', () => {
    // 120 CNY freight, landed 150 CNY: £29.99 = 269.91 CNY leaves 224.925 − 40.4865 − 150 = 34.4385.
    const context = productContext({ channels: [{ ...UK_EPACKET, acceptsDangerous: 'yes' }] });
    const findings = check({ price: 29.99, battery: 'yes', notes: 'battery inside' }, context);
    expect(findings[0].message.en).toContain('is 15.31%');
  });

  it('does not price a variation parent', () => {
    const rows = [
      { ...GOOD_PRODUCT, sku: 'LAMP', variationTheme: 'Color', price: 1 },
      { ...GOOD_PRODUCT, parentSku: 'LAMP' },
    ];
    expect(checkListingMargins(productSheet(rows), productContext())).toEqual([]);
  });
});
