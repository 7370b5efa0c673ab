import {
  builtInTemplate,
  parseAttributeKey,
  parseSettingsCell,
  parseTemplate,
} from '../../../src/core/amazon/templates';
import type { AmazonTemplate, TemplateSource } from '../../../src/core/amazon/templates';
import { CLASSIC_UK, CURRENT_DE } from './fixtures';

function source(rows: (string | null)[], site: TemplateSource['site'] = 'UK'): TemplateSource {
  return { productType: 'HOME', site, rows };
}

function parsed(rows: (string | null)[], site: TemplateSource['site'] = 'UK'): AmazonTemplate {
  const result = parseTemplate(source(rows, site));
  if (!result.ok) throw new Error(result.problem.problem.en);
  return result.template;
}

function problem(rows: (string | null)[], site: TemplateSource['site'] = 'UK') {
  const result = parseTemplate(source(rows, site));
  if (result.ok) throw new Error('expected the template to be refused');
  return result.problem;
}

describe('Amazon templates', () => {
  it('reads a classic template: attribute names on row 3, data from row 4, header rows kept whole', () => {
    const template = parsed(CLASSIC_UK);
    expect(template.dialect).toBe('classic');
    expect(template.attributeRow).toBe(3);
    expect(template.dataRow).toBe(4);
    expect(template.keys[1]).toBe('item_sku');
    expect(template.headerRows).toEqual(CLASSIC_UK);
    expect(template.headerRows[0].endsWith('\t\t')).toBe(true);
    expect(template.settings.primaryMarketplaceId).toBe('amzn1.mp.o.A1F83G8C2ARO7P');
  });

  it('reads a 2019-era classic template without a settings cell by its fixed rows', () => {
    const rows = [
      'TemplateType=fptcustom\tVersion=2019.0721\tTemplateSignature=SE9NRQ==',
      'Seller SKU\tItem Name',
      'item_sku\titem_name',
    ];
    const template = parsed(rows);
    expect([template.labelRow, template.attributeRow, template.dataRow]).toEqual([2, 3, 4]);
    expect(template.keys).toEqual(['item_sku', 'item_name']);
  });

  it('reads the current dialect from its settings blob and keeps the example row above the data', () => {
    const template = parsed(CURRENT_DE, 'DE');
    expect(template.dialect).toBe('current');
    expect([template.labelRow, template.attributeRow, template.dataRow]).toEqual([4, 5, 7]);
    expect(template.keys[0]).toBe('contribution_sku#1.value');
    expect(template.headerRows).toEqual(CURRENT_DE);
    expect(template.headerLanguage).toBe('de');
  });

  it('decodes a settings cell whose pairs are URL-encoded as a whole', () => {
    const cell =
      'settings=feedType%3D113%26labelRow%3D2%26attributeRow%3D3%26dataRow%3D4%26contentLanguageTag%3Dit_IT';
    expect(parseSettingsCell(cell)).toEqual({
      feedType: '113',
      labelRow: '2',
      attributeRow: '3',
      dataRow: '4',
      contentLanguageTag: 'it_IT',
    });
  });

  it('refuses a template whose attribute row is missing', () => {
    expect(problem(CLASSIC_UK.slice(0, 2))).toEqual({
      row: 3,
      problem: expect.objectContaining({ en: expect.stringContaining('row 3 is missing') }),
    });
    expect(problem([CLASSIC_UK[0], CLASSIC_UK[1], null]).row).toBe(3);
  });

  it('refuses an attribute row that names no SKU column, such as the label row pasted twice', () => {
    const found = problem([CLASSIC_UK[0], CLASSIC_UK[1], CLASSIC_UK[1]]);
    expect(found.row).toBe(3);
    expect(found.problem.en).toContain('no SKU column');
  });

  it('refuses a first row that is not an Amazon header', () => {
    expect(problem(['sku\ttitle\tprice']).row).toBe(1);
  });

  it('refuses a template of another marketplace', () => {
    const found = problem(CURRENT_DE, 'FR');
    expect(found.problem.en).toBe('this is a template for amazon.de, not for amazon.fr');
  });

  it('refuses a current template missing a row above its first data row', () => {
    const found = problem(CURRENT_DE.slice(0, 5), 'DE');
    expect(found).toEqual({
      row: 6,
      problem: expect.objectContaining({ en: expect.stringContaining('row 6 is missing') }),
    });
  });

  it('splits attribute paths into attributes, selectors and instances', () => {
    expect(
      parseAttributeKey(
        'purchasable_offer[marketplace_id=A1F83G8C2ARO7P][audience=ALL]#1.our_price#1.schedule#1.value_with_tax',
      ),
    ).toEqual([
      {
        field: 'purchasable_offer',
        selectors: { marketplace_id: 'A1F83G8C2ARO7P', audience: 'ALL' },
        instance: 1,
      },
      { field: 'our_price', selectors: {}, instance: 1 },
      { field: 'schedule', selectors: {}, instance: 1 },
      { field: 'value_with_tax', selectors: {}, instance: null },
    ]);
    expect(parseAttributeKey('bullet_point[marketplace_id=X][language_tag=en_GB]#3.value')).toEqual(
      [
        {
          field: 'bullet_point',
          selectors: { marketplace_id: 'X', language_tag: 'en_GB' },
          instance: 3,
        },
        { field: 'value', selectors: {}, instance: null },
      ],
    );
    expect(
      parseAttributeKey('unit_count[marketplace_id=X]#1.type[language_tag=en_GB].value')?.[1],
    ).toEqual({
      field: 'type',
      selectors: { language_tag: 'en_GB' },
      instance: null,
    });
    expect(parseAttributeKey('::record_action')).toBeNull();
    expect(parseAttributeKey('amzn1.volt.ca.product_id_value')).toBeNull();
  });

  it('gives its built-in layout a classic first row with the product type signature', () => {
    const template = builtInTemplate('home', 'DE', [
      { key: 'item_sku', label: 'Seller SKU' },
      { key: 'item_name', label: 'Item Name' },
    ]);
    // base64("HOME") worked out by hand: HOM → SE9N, E → RQ==.
    expect(template.headerRows[0].split('\t').slice(0, 3)).toEqual([
      'TemplateType=fptcustom',
      'Version=2025.1207',
      'TemplateSignature=SE9NRQ==',
    ]);
    expect(template.headerRows.slice(1)).toEqual(['Seller SKU\tItem Name', 'item_sku\titem_name']);
    expect(template.builtIn).toBe(true);
  });
});
