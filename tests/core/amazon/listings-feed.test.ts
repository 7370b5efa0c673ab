import { buildListings, withBatch } from '../../../src/core/amazon/listing';
import {
  classicVariationTheme,
  descriptionText,
  jsonVariationTheme,
  listingAttributes,
  listingsFeed,
  validCheckDigit,
} from '../../../src/core/amazon/listings-feed';
import type { BuiltAttributes } from '../../../src/core/amazon/listings-feed';
import { productTypeDefinition } from '../../../src/core/amazon/product-types';
import type { Site } from '../../../src/core/contract/sheets';
import { bags, lamp, listingInput, settingsRows, translation } from './fixtures';
import type { Sheets } from './fixtures';

function attributesOf(sku: string, site: Site, sheets: Sheets): BuiltAttributes {
  const input = listingInput(sheets);
  const listing = buildListings(input, site).listings.find((candidate) => candidate.sku === sku);
  if (!listing) throw new Error(`${sku} is not listed on ${site}`);
  return listingAttributes(listing, productTypeDefinition('HOME', site)!, input.settings);
}

function valueOf(built: BuiltAttributes, name: string, field = 'value'): unknown {
  return built.attributes[name]?.[0]?.[field];
}

const HOME = 'HOME';

describe('listing attributes', () => {
  describe('take an attribute the sheets have no column for in the order of WORKBOOK.md', () => {
    const everywhere: Sheets = {
      products: [lamp({ 'amazon.power_plug_type': 'type_g_3pin_uk' })],
      translations: [
        translation('LUMO-LAMP', 'DE', { 'amazon.power_plug_type': 'type_f_2pin_de' }),
      ],
      defaults: [
        { productType: HOME, site: 'DE', attribute: 'power_plug_type', value: 'type_c_2pin_eu' },
        { productType: HOME, site: '', attribute: 'power_plug_type', value: 'no_plug' },
      ],
    };

    it('first the translation’s own column, for its site', () => {
      expect(valueOf(attributesOf('LUMO-LAMP', 'DE', everywhere), 'power_plug_type')).toBe(
        'type_f_2pin_de',
      );
    });

    it('then the product’s own column', () => {
      expect(valueOf(attributesOf('LUMO-LAMP', 'UK', everywhere), 'power_plug_type')).toBe(
        'type_g_3pin_uk',
      );
      const noTranslationColumn = { ...everywhere, translations: [translation('LUMO-LAMP', 'DE')] };
      expect(valueOf(attributesOf('LUMO-LAMP', 'DE', noTranslationColumn), 'power_plug_type')).toBe(
        'type_g_3pin_uk',
      );
    });

    it('then the defaults of the product type and site, then those for every site', () => {
      const defaultsOnly = {
        ...everywhere,
        products: [lamp()],
        translations: [translation('LUMO-LAMP', 'DE')],
      };
      expect(valueOf(attributesOf('LUMO-LAMP', 'DE', defaultsOnly), 'power_plug_type')).toBe(
        'type_c_2pin_eu',
      );
      expect(valueOf(attributesOf('LUMO-LAMP', 'UK', defaultsOnly), 'power_plug_type')).toBe(
        'no_plug',
      );
    });

    it('and last what the add-on derives', () => {
      const built = attributesOf('LUMO-LAMP', 'UK', {
        products: [lamp({ quantity: '2 pieces' })],
        settings: settingsRows({ merchantShippingGroup: 'China dispatch' }),
      });
      expect(valueOf(built, 'manufacturer')).toBe('Lumo');
      expect(valueOf(built, 'part_number')).toBe('LD-3');
      expect(valueOf(built, 'model_number')).toBe('LD-3');
      expect(valueOf(built, 'number_of_items')).toBe(2);
      expect(valueOf(built, 'list_price', 'value_with_tax')).toBe(34.99);
      expect(valueOf(built, 'is_fragile')).toBe(true);
      expect(valueOf(built, 'merchant_shipping_group')).toBe('China dispatch');
      expect(valueOf(built, 'condition_type')).toBe('new_new');
      expect(valueOf(built, 'supplier_declared_dg_hz_regulation')).toBe('not_applicable');
    });

    it('where a default or column overrides a derived value', () => {
      const built = attributesOf('LUMO-LAMP', 'UK', {
        products: [
          lamp({ 'amazon.manufacturer': 'Shenzhen Light Co.', 'amazon.list_price': '39.99' }),
        ],
        defaults: [
          { productType: HOME, site: '', attribute: 'power_plug_type', value: 'no_plug' },
          { productType: HOME, site: '', attribute: 'is_fragile', value: 'no' },
        ],
      });
      expect(valueOf(built, 'manufacturer')).toBe('Shenzhen Light Co.');
      expect(valueOf(built, 'list_price', 'value_with_tax')).toBe(39.99);
      expect(valueOf(built, 'is_fragile')).toBe(false);
    });
  });

  it('puts a dotted default into its field and reports one that is not an attribute', () => {
    const built = attributesOf('LUMO-LAMP', 'UK', {
      products: [lamp({ 'amazon.warranty_card': 'yes' })],
      defaults: [
        { productType: HOME, site: '', attribute: 'power_plug_type', value: 'no_plug' },
        {
          productType: HOME,
          site: '',
          attribute: 'fulfillment_availability.lead_time_to_ship_max_days',
          value: '5',
        },
        { productType: HOME, site: '', attribute: 'fulfillment_availability', value: '30' },
      ],
    });
    expect(built.attributes.fulfillment_availability).toEqual([
      { fulfillment_channel_code: 'DEFAULT', quantity: 30, lead_time_to_ship_max_days: 5 },
    ]);
    expect(built.attributes.warranty_card).toBeUndefined();
    expect(built.findings).toContainEqual(
      expect.objectContaining({
        rule: 'AMZ.attribute',
        severity: 'warning',
        column: 'amazon.warranty_card',
      }),
    );
  });

  it('refuses a default whose value does not fit the attribute', () => {
    const built = attributesOf('LUMO-LAMP', 'UK', {
      defaults: [
        { productType: HOME, site: '', attribute: 'power_plug_type', value: 'no_plug' },
        { productType: HOME, site: '', attribute: 'number_of_boxes', value: 'one' },
      ],
    });
    expect(built.findings).toContainEqual(
      expect.objectContaining({
        rule: 'AMZ.value',
        sheet: 'Amazon defaults',
        row: 3,
        column: 'value',
      }),
    );
  });

  it('takes a translated listing’s text from the translation and its facts from the product', () => {
    const built = attributesOf('LUMO-BAG-RED', 'DE', {
      translations: [
        translation('LUMO-BAG', 'DE'),
        translation('LUMO-BAG-RED', 'DE', { title: 'Lumo Tasche Rot', 'amazon.color': 'Rot' }),
      ],
    });
    expect(built.attributes.item_name).toEqual([
      { value: 'Lumo Tasche Rot', language_tag: 'de_DE', marketplace_id: 'A1PA6795UKMFR9' },
    ]);
    expect(valueOf(built, 'color')).toBe('Rot');
    expect(valueOf(built, 'externally_assigned_product_identifier')).toBe('0012345678905');
    // Thirteen digits with no type written: an EAN.
    expect(valueOf(built, 'externally_assigned_product_identifier', 'type')).toBe('ean');
    expect(built.attributes.item_package_dimensions).toEqual([
      {
        length: { value: 30, unit: 'centimeters' },
        width: { value: 25, unit: 'centimeters' },
        height: { value: 2, unit: 'centimeters' },
        marketplace_id: 'A1PA6795UKMFR9',
      },
    ]);
    expect(built.attributes.child_parent_sku_relationship).toEqual([
      {
        child_relationship_type: 'variation',
        marketplace_id: 'A1PA6795UKMFR9',
        parent_sku: 'LUMO-BAG',
      },
    ]);
  });

  it('gives a variation parent no offer and no stock', () => {
    const built = attributesOf('LUMO-BAG', 'UK', {});
    expect(built.attributes.purchasable_offer).toBeUndefined();
    expect(built.attributes.fulfillment_availability).toBeUndefined();
    expect(built.attributes.parentage_level).toEqual([
      { value: 'parent', marketplace_id: 'A1F83G8C2ARO7P' },
    ]);
    expect(built.attributes.child_parent_sku_relationship).toEqual([
      { child_relationship_type: 'variation', marketplace_id: 'A1F83G8C2ARO7P' },
    ]);
    expect(built.attributes.supplier_declared_has_product_identifier_exemption).toEqual([
      { value: true, marketplace_id: 'A1F83G8C2ARO7P' },
    ]);
  });

  it('writes a product’s line breaks in its description as <br>', () => {
    expect(descriptionText('Parameters: 10 W.\r\nFeatures: dimmable.\n\nEnd')).toBe(
      'Parameters: 10 W.<br>Features: dimmable.<br><br>End',
    );
  });

  it('knows the variation themes of the sheet in Amazon’s spellings', () => {
    const home = productTypeDefinition('HOME', 'UK')!;
    expect(jsonVariationTheme('Color', home)).toBe('COLOR');
    expect(jsonVariationTheme('SizeColor', home)).toBe('SIZE/COLOR');
    expect(jsonVariationTheme('colour-size', home)).toBe('COLOR/SIZE');
    // COLOR_NAME is deprecated in HOME: the current COLOR is sent instead.
    expect(jsonVariationTheme('COLOR_NAME', home)).toBe('COLOR');
    expect(jsonVariationTheme('Flavour', home)).toBeNull();
    expect(classicVariationTheme('SIZE_NAME/COLOR_NAME')).toBe('SizeColor');
  });

  it('checks GS1 check digits', () => {
    expect(validCheckDigit('4006381333931')).toBe(true);
    expect(validCheckDigit('4006381333932')).toBe(false);
    expect(validCheckDigit('012345678905')).toBe(true);
    expect(validCheckDigit('12345')).toBe(false);
  });

  it('keeps one export batch per site in a row', () => {
    expect(withBatch('', 'AMZ-2026-12-01-UK')).toBe('AMZ-2026-12-01-UK');
    expect(withBatch('AMZ-2026-12-01-UK', 'AMZ-2026-12-01-DE')).toBe(
      'AMZ-2026-12-01-UK, AMZ-2026-12-01-DE',
    );
    expect(withBatch('AMZ-2026-11-02-UK, AMZ-2026-12-01-DE', 'AMZ-2026-12-05-UK')).toBe(
      'AMZ-2026-12-01-DE, AMZ-2026-12-05-UK',
    );
  });

  it('numbers the feed’s messages and gives it the site’s locale', () => {
    const built = attributesOf('LUMO-LAMP', 'UK', { products: [lamp(), ...bags()] });
    const feed = JSON.parse(
      listingsFeed('UK', 'A2SELLER', [
        { sku: 'A', productType: 'HOME', attributes: built.attributes },
        { sku: 'B', productType: 'HOME', attributes: built.attributes },
      ]),
    );
    expect(feed.header).toEqual({ sellerId: 'A2SELLER', version: '2.0', issueLocale: 'en_GB' });
    expect(
      feed.messages.map((message: { messageId: number; sku: string }) => [
        message.messageId,
        message.sku,
      ]),
    ).toEqual([
      [1, 'A'],
      [2, 'B'],
    ]);
    expect(feed.messages[0]).toMatchObject({
      operationType: 'UPDATE',
      productType: 'HOME',
      requirements: 'LISTING',
    });
  });
});
