import { SHEETS } from '../../../src/core/contract/sheets';
import type { SkuSupplierRow } from '../../../src/core/contract/rows';
import { readSheet } from '../../../src/core/reader';
import { cheapestSupplier } from '../../../src/core/purchasing/supplier';
import { tabOf } from './purchasing-sheets';

function master(rows: Array<Record<string, string | number>>) {
  return readSheet<SkuSupplierRow>(SHEETS.skuSuppliers, tabOf('skuSuppliers', rows), {
    sheetName: 'SKU suppliers',
    timeZone: 'UTC',
  }).rows;
}

const link = (n: number) => `https://detail.1688.com/offer/${n}.html`;

describe('choosing the supplier to buy from', () => {
  it('prices a supplier at its agent price when it gives one (R5.1g)', () => {
    const rows = master([
      {
        sku: 'LAMP-01',
        supplierName: 'A',
        supplierUrl: link(1),
        unitCostCny: 30,
        agentPriceCny: 25,
      },
      { sku: 'LAMP-01', supplierName: 'B', supplierUrl: link(2), unitCostCny: 26 },
    ]);

    const choice = cheapestSupplier(rows);

    expect(choice).toMatchObject({ supplierName: 'A', unitCost: 2500, priceKind: 'agent' });
  });

  it('buys from the cheapest supplier even when another is the preferred one (R5.2e)', () => {
    const rows = master([
      { sku: 'LAMP-01', supplierName: 'A', supplierUrl: link(1), unitCostCny: 26, preferred: 'Y' },
      { sku: 'LAMP-01', supplierName: 'B', supplierUrl: link(2), unitCostCny: 25.99 },
    ]);

    expect(cheapestSupplier(rows)).toMatchObject({ supplierName: 'B', unitCost: 2599 });
  });

  it('takes the preferred supplier when two ask the same price', () => {
    const rows = master([
      { sku: 'LAMP-01', supplierName: 'A', supplierUrl: link(1), unitCostCny: 25 },
      {
        sku: 'LAMP-01',
        supplierName: 'B',
        supplierUrl: link(2),
        agentPriceCny: 25,
        preferred: 'Y',
      },
      { sku: 'LAMP-01', supplierName: 'C', supplierUrl: link(3), unitCostCny: 25 },
    ]);

    expect(cheapestSupplier(rows)).toMatchObject({ supplierName: 'B', rowNumber: 3 });
  });

  it('takes the upper row when price and preference tie', () => {
    const rows = master([
      { sku: 'LAMP-01', supplierName: 'A', supplierUrl: link(1), unitCostCny: 25 },
      { sku: 'LAMP-01', supplierName: 'B', supplierUrl: link(2), unitCostCny: 25 },
    ]);

    expect(cheapestSupplier(rows)?.supplierName).toBe('A');
  });

  it('ignores rows without a price, and a price of zero, rather than buying for free', () => {
    const rows = master([
      { sku: 'LAMP-01', supplierName: 'A', supplierUrl: link(1) },
      { sku: 'LAMP-01', supplierName: 'B', supplierUrl: link(2), unitCostCny: 0, agentPriceCny: 0 },
      {
        sku: 'LAMP-01',
        supplierName: 'C',
        supplierUrl: link(3),
        unitCostCny: 31,
        agentPriceCny: 0,
      },
    ]);

    expect(cheapestSupplier(rows)).toMatchObject({
      supplierName: 'C',
      unitCost: 3100,
      priceKind: 'list',
    });
    expect(cheapestSupplier(rows.slice(0, 2))).toBeNull();
  });
});
