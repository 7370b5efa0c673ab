import { buildListings } from '../../../src/core/amazon/listing';
import { listingAttributes } from '../../../src/core/amazon/listings-feed';
import type { ListingAttributes } from '../../../src/core/amazon/listings-feed';
import { checkAttributes, preflight } from '../../../src/core/amazon/preflight';
import { productTypeDefinition } from '../../../src/core/amazon/product-types';
import type { Site } from '../../../src/core/contract/sheets';
import { attributeProblems } from './amazon-schemas';
import { bags, lamp, listingInput, translation } from './fixtures';
import type { Sheets } from './fixtures';

function built(sku: string, site: Site = 'UK', sheets: Sheets = {}) {
  const input = listingInput(sheets);
  const listing = buildListings(input, site).listings.find((candidate) => candidate.sku === sku)!;
  const definition = productTypeDefinition('HOME', site)!;
  return { listing, definition, built: listingAttributes(listing, definition, input.settings) };
}

const GERMAN: Sheets = {
  translations: ['LUMO-LAMP', 'LUMO-BAG', 'LUMO-BAG-RED', 'LUMO-BAG-BLUE'].map((sku) =>
    translation(sku, 'DE'),
  ),
};

describe('pre-flight against the product type', () => {
  const cases: Array<[string, Site, Sheets]> = [
    ['LUMO-LAMP', 'UK', {}],
    ['LUMO-BAG', 'UK', {}],
    ['LUMO-BAG-RED', 'UK', {}],
    ['LUMO-LAMP', 'DE', GERMAN],
    ['LUMO-BAG-BLUE', 'DE', GERMAN],
    ['LUMO-LAMP', 'FR', { translations: [translation('LUMO-LAMP', 'FR')] }],
  ];

  it.each(cases)('agrees with Amazon’s schema that %s on %s is complete', (sku, site, sheets) => {
    const { built: result, definition } = built(sku, site, sheets);
    expect(checkAttributes(result.attributes, definition)).toEqual([]);
    expect(attributeProblems(result.attributes, site)).toBe('');
  });

  it.each(cases)(
    'agrees with Amazon’s schema on which attributes %s on %s cannot lose',
    (sku, site, sheets) => {
      const { built: result, definition } = built(sku, site, sheets);
      for (const name of Object.keys(result.attributes)) {
        const without: ListingAttributes = { ...result.attributes };
        delete without[name];
        const amazon = attributeProblems(without, site) !== '';
        const ours = checkAttributes(without, definition).length > 0;
        expect({ name, refused: ours }).toEqual({ name, refused: amazon });
      }
    },
  );

  it('agrees with Amazon’s schema on values past their limits', () => {
    const { built: result, definition } = built('LUMO-LAMP');
    const text = (value: string) => [
      { value, language_tag: 'en_GB', marketplace_id: 'A1F83G8C2ARO7P' },
    ];
    const broken: Array<[string, ListingAttributes]> = [
      ['a 201-character title', { ...result.attributes, item_name: text('x'.repeat(201)) }],
      [
        'eleven bullet points',
        { ...result.attributes, bullet_point: Array.from({ length: 11 }, () => text('Point.')[0]) },
      ],
      // 1,001 characters of "ä": over 500 characters and over 2,000 bytes.
      [
        'search terms over 2,000 bytes',
        { ...result.attributes, generic_keyword: text('ä'.repeat(1001)) },
      ],
      [
        'a country that is not one',
        {
          ...result.attributes,
          country_of_origin: [{ value: 'XX', marketplace_id: 'A1F83G8C2ARO7P' }],
        },
      ],
      [
        'a deprecated variation theme',
        { ...result.attributes, variation_theme: [{ name: 'COLOR_NAME' }] },
      ],
      [
        'a negative stock',
        {
          ...result.attributes,
          fulfillment_availability: [{ fulfillment_channel_code: 'DEFAULT', quantity: -1 }],
        },
      ],
      [
        'an image that is not a web address',
        {
          ...result.attributes,
          main_product_image_locator: [
            { media_location: 'ftp://x', marketplace_id: 'A1F83G8C2ARO7P' },
          ],
        },
      ],
      [
        'a field the attribute has not',
        { ...result.attributes, brand: [{ ...text('Lumo')[0], colour: 'red' }] },
      ],
    ];
    for (const [what, attributes] of broken) {
      expect({ what, ours: checkAttributes(attributes, definition).length > 0 }).toEqual({
        what,
        ours: true,
      });
      expect({ what, amazon: attributeProblems(attributes, 'UK') !== '' }).toEqual({
        what,
        amazon: true,
      });
    }
  });

  it('asks for the voltage of a product with a plug, and not of one without', () => {
    const { built: result, definition } = built('LUMO-LAMP');
    const plug = (value: string): ListingAttributes => ({
      ...result.attributes,
      power_plug_type: [{ value, marketplace_id: 'A1F83G8C2ARO7P' }],
    });
    const missing = (attributes: ListingAttributes) =>
      checkAttributes(attributes, definition).map((issue) => issue.attribute);
    expect(missing(plug('type_g_3pin_uk'))).toEqual(['accepted_voltage_frequency']);
    expect(attributeProblems(plug('type_g_3pin_uk'), 'UK')).not.toBe('');
    expect(missing(plug('no_plug'))).toEqual([]);
  });
});

describe('pre-flight content rules', () => {
  function findings(overrides: Record<string, unknown>, site: Site = 'UK', sheets: Sheets = {}) {
    const products = [lamp(overrides as Record<string, string>), ...bags()];
    const {
      listing,
      built: result,
      definition,
    } = built('LUMO-LAMP', site, { products, ...sheets });
    return preflight(listing, result, definition);
  }

  it('passes a complete listing without an error', () => {
    expect(findings({}).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('refuses a title with characters Amazon forbids', () => {
    expect(findings({ title: 'Lumo LD-3 Desk Lamp! White' })).toContainEqual(
      expect.objectContaining({ rule: 'AMZ.title.chars', column: 'title', severity: 'error' }),
    );
  });

  it('warns when the search terms pass 250 bytes, the part Amazon indexes', () => {
    expect(findings({ keywords: 'lampe '.repeat(50) })).toContainEqual(
      expect.objectContaining({
        rule: 'AMZ.keywords.bytes',
        severity: 'warning',
        column: 'keywords',
      }),
    );
  });

  it('refuses fewer than three images and a link that is not https (R4.4)', () => {
    expect(findings({ image3: '' })).toContainEqual(
      expect.objectContaining({ rule: 'R4.4', column: 'image1' }),
    );
    expect(findings({ image2: 'http://img.lumo.example/lamp/2.jpg' })).toContainEqual(
      expect.objectContaining({ rule: 'R4.4', column: 'image2' }),
    );
  });

  it('refuses a listing with no price for its site, pointing at the translation', () => {
    const sheets = { translations: [translation('LUMO-LAMP', 'DE', { price: '' })] };
    expect(findings({}, 'DE', sheets)).toContainEqual(
      expect.objectContaining({ rule: 'AMZ.price', sheet: 'Translations', column: 'price' }),
    );
  });

  it('checks the translated title, not the English one', () => {
    const sheets = { translations: [translation('LUMO-LAMP', 'DE', { title: 'Lampe? Lampe' })] };
    expect(findings({}, 'DE', sheets)).toContainEqual(
      expect.objectContaining({ rule: 'AMZ.title.chars', sheet: 'Translations', column: 'title' }),
    );
  });

  it('refuses a wrong EAN check digit', () => {
    expect(findings({ productId: '4006381333932' })).toContainEqual(
      expect.objectContaining({ rule: 'AMZ.productId', column: 'productId' }),
    );
  });
});
