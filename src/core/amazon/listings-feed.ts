import { parseInteger, parseNumber, parseYesNo } from '../cells';
import type { Parsed } from '../cells';
import type { Site } from '../contract/sheets';
import type { Finding } from '../findings';
import { t } from '../i18n';
import { fromCents } from '../money';
import type { Settings } from '../settings';
import { findingAt } from './listing';
import type { Origin, SourceListing, Sourced } from './listing';
import { isDangerous } from '../pricing/parcel';
import { MARKETPLACES } from './marketplaces';
import type { FieldSpec, ProductTypeDefinition, ValueField } from './product-types';

/**
 * A listing's attributes in the form of Amazon's JSON_LISTINGS_FEED and Listings Items API:
 * each attribute an array of values, each value an object carrying the site's marketplace id
 * and, for text, its language tag. The flat file is filled from the same attributes, so both
 * files say the same thing.
 */

export type AttributeValue = Record<string, unknown>;
export type ListingAttributes = Record<string, AttributeValue[]>;

export interface BuiltAttributes {
  attributes: ListingAttributes;
  /** Where each attribute's value comes from, or would be written when it is missing. */
  origins: Map<string, Origin>;
  /** Values that could not be turned into an attribute (a word where a number belongs). */
  findings: Finding[];
  /** True when the stock is the add-on's own fallback, for lack of any given quantity. */
  fallbackStock: boolean;
}

/** Attributes of the offer, which a variation parent does not have. */
const OFFER_ATTRIBUTES = new Set([
  'purchasable_offer',
  'list_price',
  'fulfillment_availability',
  'condition_type',
  'merchant_shipping_group',
  'skip_offer',
  'map_policy',
  'max_order_quantity',
  'uvp_list_price',
]);

/** The field a bare `amazon.<attribute>` value goes into when the attribute has no `value`. */
const MAIN_FIELD: Record<string, string> = {
  fulfillment_availability: 'quantity',
  list_price: 'value_with_tax',
  uvp_list_price: 'value_with_tax',
};

/**
 * Stock offered for a merchant-fulfilled listing when no `fulfillment_availability` default
 * or column says otherwise: goods are bought after each order (R2.3), so the number is a
 * ceiling on open orders rather than a count of shelves.
 */
export const FALLBACK_STOCK = 10;

const THEME_WORDS: Record<string, string> = {
  color: 'COLOR',
  colour: 'COLOR',
  颜色: 'COLOR',
  size: 'SIZE',
  尺寸: 'SIZE',
  尺码: 'SIZE',
  material: 'MATERIAL',
  材质: 'MATERIAL',
  style: 'STYLE',
  款式: 'STYLE',
  pattern: 'PATTERN',
  图案: 'PATTERN',
};

/** The words of a variation theme as written in the sheet: Color, SizeColor, SIZE_NAME/COLOR_NAME. */
function themeWords(theme: string): string[] | null {
  const words = theme
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_/\-|&+,，、]+/)
    .map((word) => word.toLowerCase())
    .filter((word) => word !== '' && word !== 'name' && word !== 'type');
  const mapped = words.map((word) => THEME_WORDS[word]);
  return mapped.length > 0 && mapped.every(Boolean) ? mapped : null;
}

/**
 * A variation theme in the JSON form the product type allows (`SIZE/COLOR`), skipping values
 * Amazon has deprecated; null when the theme is not one the product type offers.
 */
export function jsonVariationTheme(
  theme: string,
  definition: ProductTypeDefinition,
): string | null {
  const field = definition.attributes.variation_theme?.item.fields.name as ValueField | undefined;
  const allowed = (name: string): boolean =>
    field?.enum === undefined || (field.enum.includes(name) && !field.deprecated?.includes(name));
  const words = themeWords(theme);
  const candidates = [words?.join('/'), theme.trim().toUpperCase()].filter((name): name is string =>
    Boolean(name),
  );
  return candidates.find(allowed) ?? null;
}

/** A variation theme as classic templates spell it: Size, Color, SizeColor. */
export function classicVariationTheme(theme: string): string {
  const words = themeWords(theme);
  if (!words) return theme.trim();
  return words.map((word) => word.charAt(0) + word.slice(1).toLowerCase()).join('');
}

/** Whether the GS1 check digit of an EAN, UPC or GTIN is right. */
export function validCheckDigit(code: string): boolean {
  if (!/^\d{8}$|^\d{12,14}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const check = digits.pop()!;
  const sum = digits
    .reverse()
    .reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

function identifierType(code: string, written: string | null): string | null {
  const named = (written ?? '').trim().toLowerCase();
  if (named !== '') return named;
  if (code.length === 13 || code.length === 8) return 'ean';
  if (code.length === 12) return 'upc';
  if (code.length === 14) return 'gtin';
  return null;
}

/** Line breaks in a description become `<br>`, the only line break Amazon keeps there. */
export function descriptionText(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '<br>');
}

function parseFor(field: FieldSpec | undefined, text: string): Parsed<unknown> {
  switch (field?.type) {
    case 'boolean':
      return parseYesNo(text);
    case 'integer':
      return parseInteger(text);
    case 'number':
      return parseNumber(text);
    default:
      return { ok: true, value: text };
  }
}

/**
 * Builds a listing's attributes for its product type and site. Every value carries the
 * site's marketplace id (and text its language tag), so that a German listing can never hold
 * a British value.
 */
export function listingAttributes(
  listing: SourceListing,
  definition: ProductTypeDefinition,
  settings: Settings,
): BuiltAttributes {
  const marketplaceId = definition.marketplaceId;
  const languageTag = definition.languageTag;
  const currency = MARKETPLACES[listing.site].currency;
  const attributes: ListingAttributes = {};
  const origins = new Map<string, Origin>();
  const findings: Finding[] = [];
  const consumed = new Set<string>();
  const base = listing.base;
  const own = (column: string): Origin => ({
    layout: listing.products,
    row: base.rowNumber,
    column,
  });
  const isParent = listing.parentage === 'parent';
  let fallbackStock = false;

  const put = (name: string, values: AttributeValue[] | null, origin: Origin): void => {
    consumed.add(name);
    if (!origins.has(name)) origins.set(name, origin);
    if (values && values.length > 0) attributes[name] = values;
  };
  const text = (value: string): AttributeValue => ({
    value,
    language_tag: languageTag,
    marketplace_id: marketplaceId,
  });
  const plain = (value: unknown): AttributeValue => ({ value, marketplace_id: marketplaceId });
  const chain = (name: string): Sourced<string> | null => listing.extra.get(name) ?? null;

  // The site's own translation first, then the product's column, then the rest of the
  // chain (the product's amazon.* column, the defaults), then what the add-on derives.
  const pick = (
    name: string,
    column: Sourced<string> | null,
    derived?: Sourced<string> | null,
  ): Sourced<string> | null => {
    const translated = listing.translated.get(name);
    if (translated?.value) return translated;
    if (column?.value) return column;
    const fromChain = chain(name);
    if (fromChain?.value) return fromChain;
    return derived?.value ? derived : null;
  };
  const typed = (name: string, source: Sourced<string>, field: string): unknown => {
    const spec = definition.attributes[name]?.item.fields[field];
    const parsed = parseFor(spec, source.value ?? '');
    if (parsed.ok) return parsed.value;
    findings.push(
      findingAt(
        source.origin,
        'AMZ.value',
        'error',
        t(`${name}：${parsed.problem.zh}`, `${name}: ${parsed.problem.en}`),
      ),
    );
    return undefined;
  };
  const textAttribute = (name: string, source: Sourced<string> | null, home: Origin): void => {
    put(name, source?.value ? [text(source.value)] : null, source?.origin ?? home);
  };
  const plainAttribute = (name: string, source: Sourced<string> | null, home: Origin): void => {
    if (!source?.value) return put(name, null, home);
    const value = typed(name, source, 'value');
    put(name, value === undefined ? null : [plain(value)], source.origin);
  };
  const baseSourced = (column: keyof typeof base): Sourced<string> => ({
    value: base[column] === null || base[column] === undefined ? null : String(base[column]),
    origin: own(String(column)),
  });

  textAttribute('item_name', listing.title, listing.title.origin);
  const brand = pick('brand', baseSourced('brand'));
  textAttribute('brand', brand, own('brand'));
  const bullets = listing.bullets.filter((bullet) => bullet.value);
  put(
    'bullet_point',
    bullets.map((bullet) => text(bullet.value!)),
    bullets[0]?.origin ?? listing.bullets[0].origin,
  );
  const description = listing.description.value
    ? { ...listing.description, value: descriptionText(listing.description.value) }
    : null;
  textAttribute('product_description', description, listing.description.origin);
  textAttribute(
    'generic_keyword',
    listing.keywords.value ? listing.keywords : null,
    listing.keywords.origin,
  );
  plainAttribute(
    'recommended_browse_nodes',
    pick('recommended_browse_nodes', listing.browseNode),
    listing.browseNode.origin,
  );

  const productId = (base.productId ?? '').replace(/\s+/g, '');
  if (productId !== '') {
    const type = identifierType(productId, base.productIdType);
    const origin = own('productId');
    if (!type) {
      findings.push(
        findingAt(
          origin,
          'AMZ.productId',
          'error',
          t(
            `产品编码“${productId}”不是 EAN、UPC 或 GTIN（8、12、13 或 14 位数字）`,
            `the product ID "${productId}" is not an EAN, UPC or GTIN (8, 12, 13 or 14 digits)`,
          ),
        ),
      );
    } else if (!validCheckDigit(productId)) {
      findings.push(
        findingAt(
          origin,
          'AMZ.productId',
          'error',
          t(
            `产品编码“${productId}”的校验位不对`,
            `the check digit of the product ID "${productId}" is wrong`,
          ),
        ),
      );
    }
    put(
      'externally_assigned_product_identifier',
      type ? [{ type, value: productId, marketplace_id: marketplaceId }] : null,
      origin,
    );
  } else {
    put('externally_assigned_product_identifier', null, own('productId'));
    const exempt = pick('supplier_declared_has_product_identifier_exemption', {
      value: base.gtinExempt === true ? 'yes' : null,
      origin: own('gtinExempt'),
    });
    plainAttribute('supplier_declared_has_product_identifier_exemption', exempt, own('gtinExempt'));
  }

  const country = pick('country_of_origin', baseSourced('countryOfOrigin'), {
    value: settings.countryOfOrigin,
    origin: own('countryOfOrigin'),
  });
  plainAttribute(
    'country_of_origin',
    country ? { ...country, value: country.value!.toUpperCase() } : null,
    own('countryOfOrigin'),
  );

  const dangerous = isDangerous(base);
  const hazard = pick('supplier_declared_dg_hz_regulation', null, {
    value: dangerous ? null : 'not_applicable',
    origin: own('battery'),
  });
  plainAttribute(
    'supplier_declared_dg_hz_regulation',
    hazard,
    own('amazon.supplier_declared_dg_hz_regulation'),
  );

  // A parent offers nothing to ship, and Amazon still asks whether it needs batteries.
  plainAttribute(
    'batteries_required',
    pick('batteries_required', null, {
      value: base.battery === true ? 'yes' : 'no',
      origin: own('battery'),
    }),
    own('battery'),
  );
  if (listing.parentage) {
    put(
      'parentage_level',
      [plain(listing.parentage)],
      own(listing.parentage === 'child' ? 'parentSku' : 'sku'),
    );
    const relationship: AttributeValue = {
      child_relationship_type: 'variation',
      marketplace_id: marketplaceId,
    };
    if (listing.parentSku) relationship.parent_sku = listing.parentSku;
    put('child_parent_sku_relationship', [relationship], own('parentSku'));
    const theme = listing.variationTheme;
    const name = theme.value ? jsonVariationTheme(theme.value, definition) : null;
    if (theme.value && !name) {
      findings.push(
        findingAt(
          theme.origin,
          'AMZ.variation.theme',
          'error',
          t(
            `变体主题“${theme.value}”不是 ${definition.productType} 可用的主题（如 Color、Size、SizeColor）`,
            `the variation theme "${theme.value}" is not one ${definition.productType} offers (e.g. Color, Size, SizeColor)`,
          ),
        ),
      );
    }
    put('variation_theme', name ? [{ name }] : null, theme.origin);
  }

  const mainImage = listing.images[0];
  put(
    'main_product_image_locator',
    mainImage.value ? [{ media_location: mainImage.value, marketplace_id: marketplaceId }] : null,
    mainImage.origin,
  );
  listing.images
    .slice(1)
    .filter((image) => image.value)
    .forEach((image, i) => {
      put(
        `other_product_image_locator_${i + 1}`,
        [{ media_location: image.value, marketplace_id: marketplaceId }],
        image.origin,
      );
    });

  if (!isParent) {
    const price = listing.price;
    put(
      'purchasable_offer',
      price.value === null
        ? null
        : [
            {
              currency,
              marketplace_id: marketplaceId,
              audience: 'ALL',
              our_price: [{ schedule: [{ value_with_tax: fromCents(price.value) }] }],
            },
          ],
      price.origin,
    );
    const listPrice = pick('list_price', null, {
      value: price.value === null ? null : String(fromCents(price.value)),
      origin: price.origin,
    });
    if (listPrice) {
      const value = typed('list_price', listPrice, 'value_with_tax');
      put(
        'list_price',
        value === undefined
          ? null
          : [{ currency, value_with_tax: value, marketplace_id: marketplaceId }],
        listPrice.origin,
      );
    } else put('list_price', null, price.origin);
    plainAttribute(
      'condition_type',
      pick('condition_type', null, { value: 'new_new', origin: own('amazon.condition_type') }),
      own('amazon.condition_type'),
    );

    const fallback = {
      value: String(FALLBACK_STOCK),
      origin: own('amazon.fulfillment_availability'),
    };
    const stock = pick('fulfillment_availability', null, fallback)!;
    fallbackStock = stock === fallback;
    const quantity = typed('fulfillment_availability', stock, 'quantity');
    put(
      'fulfillment_availability',
      quantity === undefined ? null : [{ fulfillment_channel_code: 'DEFAULT', quantity }],
      stock.origin,
    );
    plainAttribute(
      'merchant_shipping_group',
      pick('merchant_shipping_group', null, {
        value: settings.merchantShippingGroup,
        origin: own('amazon.merchant_shipping_group'),
      }),
      own('amazon.merchant_shipping_group'),
    );

    if (base.weightKg !== null && base.weightKg > 0) {
      put(
        'item_package_weight',
        [{ value: base.weightKg, unit: 'kilograms', marketplace_id: marketplaceId }],
        own('weightKg'),
      );
    } else put('item_package_weight', null, own('weightKg'));
    const sides = [base.lengthCm, base.widthCm, base.heightCm];
    if (sides.every((side) => side !== null && side > 0)) {
      const side = (value: number | null): AttributeValue => ({ value, unit: 'centimeters' });
      put(
        'item_package_dimensions',
        [
          {
            length: side(base.lengthCm),
            width: side(base.widthCm),
            height: side(base.heightCm),
            marketplace_id: marketplaceId,
          },
        ],
        own('lengthCm'),
      );
    } else put('item_package_dimensions', null, own('lengthCm'));

    plainAttribute(
      'is_fragile',
      pick('is_fragile', null, {
        value: base.fragile === true ? 'yes' : 'no',
        origin: own('fragile'),
      }),
      own('fragile'),
    );
    textAttribute('color', pick('color', baseSourced('color')), own('color'));
    textAttribute('size', pick('size', baseSourced('size')), own('size'));
    textAttribute('material', pick('material', baseSourced('material')), own('material'));
    textAttribute('manufacturer', pick('manufacturer', null, brand), own('amazon.manufacturer'));
    const model = baseSourced('model');
    plainAttribute('part_number', pick('part_number', null, model), own('model'));
    plainAttribute('model_number', pick('model_number', null, model), own('model'));

    const quantityText = (base.quantity ?? '').trim();
    const count = /\d+/.exec(quantityText)?.[0];
    if (quantityText !== '' && count === undefined && !chain('number_of_items')) {
      findings.push(
        findingAt(
          own('quantity'),
          'AMZ.value',
          'error',
          t(
            `数量“${quantityText}”中没有数字，无法得出 number_of_items`,
            `the quantity "${quantityText}" holds no number to give number_of_items`,
          ),
        ),
      );
    }
    plainAttribute(
      'number_of_items',
      pick('number_of_items', null, {
        value: count ?? (quantityText === '' ? '1' : null),
        origin: own('quantity'),
      }),
      own('quantity'),
    );
  }

  const built = { attributes, origins, findings, fallbackStock };
  addExtras(listing, definition, built, consumed, isParent);
  return built;
}

/**
 * Adds every other attribute an `amazon.*` column or a default names (power_plug_type,
 * accepted_voltage_frequency, batteries_included, …), shaped by the product type: the value
 * goes into the attribute's `value` field, or into the field after a dot
 * (`fulfillment_availability.lead_time_to_ship_max_days`).
 */
function addExtras(
  listing: SourceListing,
  definition: ProductTypeDefinition,
  built: BuiltAttributes,
  consumed: Set<string>,
  isParent: boolean,
): void {
  const marketplaceId = definition.marketplaceId;
  for (const [key, source] of listing.extra) {
    if (!source.value || consumed.has(key)) continue;
    const [name, fieldName] = key.split('.', 2);
    if (isParent && OFFER_ATTRIBUTES.has(name)) continue;
    const spec = definition.attributes[name];
    if (!spec) {
      built.findings.push(
        findingAt(
          source.origin,
          'AMZ.attribute',
          'warning',
          t(
            `“${name}”不是 ${definition.productType} 的亚马逊属性，已忽略`,
            `"${name}" is not an Amazon attribute of ${definition.productType}; it is left out`,
          ),
        ),
      );
      continue;
    }
    const fields = spec.item.fields;
    const field =
      fieldName ??
      (fields.value
        ? 'value'
        : (MAIN_FIELD[name] ??
          (spec.item.required ?? []).find(
            (required) => !(fields[required] as ValueField).selector,
          )));
    const fieldSpec = field ? fields[field] : undefined;
    if (!field || !fieldSpec) {
      built.findings.push(
        findingAt(
          source.origin,
          'AMZ.attribute',
          'error',
          t(
            `${name} 没有字段“${field ?? ''}”：请写成 ${name}.<字段>，字段为 ${Object.keys(fields).join('、')} 之一`,
            `${name} has no field "${field ?? ''}": write ${name}.<field>, with one of ${Object.keys(fields).join(', ')}`,
          ),
        ),
      );
      continue;
    }
    let parsed: Parsed<unknown>;
    if (fieldSpec.type === 'array' || fieldSpec.type === 'object') {
      // A nested value (battery.cell_composition) holds its text in its own `value` field.
      const inner =
        fieldSpec.type === 'array' ? fieldSpec.item.fields.value : fieldSpec.fields.value;
      const value = parseFor(inner, source.value);
      parsed = value.ok
        ? {
            ok: true,
            value: fieldSpec.type === 'array' ? [{ value: value.value }] : { value: value.value },
          }
        : value;
    } else parsed = parseFor(fieldSpec, source.value);
    if (!parsed.ok) {
      built.findings.push(
        findingAt(
          source.origin,
          'AMZ.value',
          'error',
          t(`${key}：${parsed.problem.zh}`, `${key}: ${parsed.problem.en}`),
        ),
      );
      continue;
    }

    const existing = built.attributes[name]?.[0];
    const target: AttributeValue = existing ?? {};
    target[field] = parsed.value;
    if (fields.marketplace_id && target.marketplace_id === undefined)
      target.marketplace_id = marketplaceId;
    if (fields.language_tag && target.language_tag === undefined)
      target.language_tag = definition.languageTag;
    if (fields.currency && target.currency === undefined)
      target.currency = MARKETPLACES[listing.site].currency;
    if (!existing) built.attributes[name] = [target];
    if (!built.origins.has(name)) built.origins.set(name, source.origin);
  }
}

/** One message of the feed: a whole listing, replacing what Amazon holds for the SKU. */
export interface FeedMessage {
  messageId: number;
  sku: string;
  operationType: 'UPDATE';
  productType: string;
  requirements: 'LISTING';
  attributes: ListingAttributes;
}

/** The JSON_LISTINGS_FEED document of a site, as text. */
export function listingsFeed(
  site: Site,
  sellerId: string,
  listings: ReadonlyArray<{ sku: string; productType: string; attributes: ListingAttributes }>,
): string {
  const messages: FeedMessage[] = listings.map((listing, i) => ({
    messageId: i + 1,
    sku: listing.sku,
    operationType: 'UPDATE',
    productType: listing.productType,
    requirements: 'LISTING',
    attributes: listing.attributes,
  }));
  const feed = {
    header: { sellerId, version: '2.0', issueLocale: MARKETPLACES[site].languageTag },
    messages,
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
