import {
  builtInColumns,
  flatFileRow,
  flatFileText,
  uncarried,
} from '../../../src/core/amazon/flat-file';
import type { FlatFileListing } from '../../../src/core/amazon/flat-file';
import { builtInTemplate, parseTemplate } from '../../../src/core/amazon/templates';
import type { AmazonTemplate } from '../../../src/core/amazon/templates';
import { CLASSIC_UK, CURRENT_DE } from './fixtures';

const UK = 'A1F83G8C2ARO7P';
const DE = 'A1PA6795UKMFR9';

function template(rows: string[], site: 'UK' | 'DE'): AmazonTemplate {
  const parsed = parseTemplate({ productType: 'HOME', site, rows });
  if (!parsed.ok) throw new Error(parsed.problem.problem.en);
  return parsed.template;
}

function listing(site: 'UK' | 'DE', marketplace: string, language: string): FlatFileListing {
  const text = (value: string) => ({ value, language_tag: language, marketplace_id: marketplace });
  return {
    sku: 'LUMO-BAG-RED',
    productType: 'HOME',
    site,
    parentage: 'child',
    variationTheme: 'Color',
    attributes: {
      item_name: [text('Tote Bag, Red')],
      brand: [text('Lumo')],
      bullet_point: [text('One.'), text('Two.'), text('Three.')],
      color: [text('Red')],
      purchasable_offer: [
        {
          currency: 'GBP',
          marketplace_id: marketplace,
          audience: 'ALL',
          our_price: [{ schedule: [{ value_with_tax: 12.5 }] }],
        },
      ],
      fulfillment_availability: [{ fulfillment_channel_code: 'DEFAULT', quantity: 10 }],
      main_product_image_locator: [
        { media_location: 'https://img/1.jpg', marketplace_id: marketplace },
      ],
      parentage_level: [{ value: 'child', marketplace_id: marketplace }],
      child_parent_sku_relationship: [
        {
          child_relationship_type: 'variation',
          parent_sku: 'LUMO-BAG',
          marketplace_id: marketplace,
        },
      ],
      variation_theme: [{ name: 'COLOR' }],
      item_package_weight: [{ value: 0.2, unit: 'kilograms', marketplace_id: marketplace }],
      externally_assigned_product_identifier: [
        { type: 'ean', value: '0012345678905', marketplace_id: marketplace },
      ],
    },
  };
}

function cellsByKey(keys: string[], cells: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key, i) => [key, cells[i]]));
}

describe('the flat file', () => {
  it('fills a classic row under its attribute names, in the template’s column order', () => {
    const classic = template(CLASSIC_UK, 'UK');
    const row = flatFileRow(classic, listing('UK', UK, 'en_GB'));
    if (!row.ok) throw new Error('refused');
    expect(row.cells).toHaveLength(classic.keys.length);
    expect(cellsByKey(classic.keys, row.cells)).toEqual({
      feed_product_type: 'HOME',
      item_sku: 'LUMO-BAG-RED',
      brand_name: 'Lumo',
      item_name: 'Tote Bag, Red',
      external_product_id: '0012345678905',
      external_product_id_type: 'EAN',
      standard_price: '12.5',
      quantity: '10',
      main_image_url: 'https://img/1.jpg',
      other_image_url1: '',
      parent_child: 'Child',
      parent_sku: 'LUMO-BAG',
      relationship_type: 'Variation',
      variation_theme: 'Color',
      bullet_point1: 'One.',
      bullet_point2: 'Two.',
      color_name: 'Red',
      package_weight: '0.2',
      package_weight_unit_of_measure: 'KG',
      update_delete: 'Update',
    });
    // The template has two bullet columns: the third bullet is in the JSON feed only.
    expect(uncarried(listing('UK', UK, 'en_GB').attributes, row.used)).toEqual(['bullet_point #3']);
  });

  it('lets a classic Parent cell stand for the parent’s relationship to its children', () => {
    const classic = template(CLASSIC_UK, 'UK');
    const parent = listing('UK', UK, 'en_GB');
    parent.sku = 'LUMO-BAG';
    parent.parentage = 'parent';
    parent.attributes.parentage_level = [{ value: 'parent', marketplace_id: UK }];
    parent.attributes.child_parent_sku_relationship = [
      { child_relationship_type: 'variation', marketplace_id: UK },
    ];
    const row = flatFileRow(classic, parent);
    if (!row.ok) throw new Error('refused');
    expect(cellsByKey(classic.keys, row.cells).parent_child).toBe('Parent');
    expect(uncarried(parent.attributes, row.used)).not.toContain('child_parent_sku_relationship');
  });

  it('fills a current-dialect row by attribute path, marketplace and instance', () => {
    const current = template(CURRENT_DE, 'DE');
    const row = flatFileRow(current, listing('DE', DE, 'de_DE'));
    if (!row.ok) throw new Error('refused');
    const cells = cellsByKey(current.keys, row.cells);
    expect(cells['contribution_sku#1.value']).toBe('LUMO-BAG-RED');
    expect(cells[`bullet_point[marketplace_id=${DE}][language_tag=de_DE]#2.value`]).toBe('Two.');
    expect(cells[`child_parent_sku_relationship[marketplace_id=${DE}]#1.parent_sku`]).toBe(
      'LUMO-BAG',
    );
    expect(cells['variation_theme#1.name']).toBe('COLOR');
    expect(cells[`item_package_weight[marketplace_id=${DE}]#1.unit`]).toBe('kilograms');
    expect(cells[`item_package_dimensions[marketplace_id=${DE}]#1.length.value`]).toBe('');
  });

  it('leaves a column empty when its selectors name another marketplace or language', () => {
    const current = template(CURRENT_DE, 'DE');
    const english = listing('DE', DE, 'en_GB');
    const row = flatFileRow(current, english);
    if (!row.ok) throw new Error('refused');
    const cells = cellsByKey(current.keys, row.cells);
    expect(cells[`item_name[marketplace_id=${DE}][language_tag=de_DE]#1.value`]).toBe('');
    expect(uncarried(english.attributes, row.used)).toContain('item_name');
  });

  it('refuses a row whose value would shift the columns, naming the column', () => {
    const current = template(CURRENT_DE, 'DE');
    const broken = listing('DE', DE, 'de_DE');
    broken.attributes.brand = [{ value: 'Lu\tmo', language_tag: 'de_DE', marketplace_id: DE }];
    expect(flatFileRow(current, broken)).toEqual({
      ok: false,
      columns: [
        { key: `brand[marketplace_id=${DE}][language_tag=de_DE]#1.value`, value: 'Lu\tmo' },
      ],
    });
  });

  it('writes the header rows as given and as many tabs on every row as the attribute row', () => {
    const classic = template(CLASSIC_UK, 'UK');
    const rows = [
      flatFileRow(classic, listing('UK', UK, 'en_GB')),
      flatFileRow(classic, { ...listing('UK', UK, 'en_GB'), sku: 'LUMO-BAG-BLUE' }),
    ].map((row) => (row.ok ? row.cells : []));
    const text = flatFileText(classic, rows);
    const lines = text.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(CLASSIC_UK);
    expect(lines[5]).toBe('');
    const tabs = (line: string) => line.split('\t').length - 1;
    expect(tabs(lines[3])).toBe(tabs(CLASSIC_UK[2]));
    expect(tabs(lines[4])).toBe(tabs(CLASSIC_UK[2]));
  });

  it('gives its built-in layout a column for every attribute the listings hold', () => {
    const held = listing('UK', UK, 'en_GB');
    held.attributes.power_plug_type = [{ value: 'no_plug', marketplace_id: UK }];
    const columns = builtInColumns([held]);
    const layout = builtInTemplate('HOME', 'UK', columns);
    const row = flatFileRow(layout, held);
    if (!row.ok) throw new Error('refused');
    expect(uncarried(held.attributes, row.used)).toEqual([]);
    expect(cellsByKey(layout.keys, row.cells).power_plug_type).toBe('no_plug');
  });
});
