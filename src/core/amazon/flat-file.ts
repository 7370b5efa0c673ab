import type { Site } from '../contract/sheets';
import type { ListingAttributes } from './listings-feed';
import { classicVariationTheme } from './listings-feed';
import { FULL_UPDATE_ACTION, MARKETPLACES } from './marketplaces';
import type { AmazonTemplate, BuiltInColumn, KeyStep } from './templates';
import { parseAttributeKey } from './templates';

/**
 * The tab-delimited upload file (`.txt`) of one site: the template's header rows exactly as
 * Amazon generated them, then one row per listing, keyed on the template's attribute row.
 * Every row has as many cells as the attribute row. A value holding a tab or a line break
 * would shift the columns after it, so such a row is never written: it is a finding instead.
 */

/** What one data row is made of. */
export interface FlatFileListing {
  sku: string;
  productType: string;
  site: Site;
  parentage: 'parent' | 'child' | null;
  /** The variation theme as written in the sheet, for the classic column. */
  variationTheme: string | null;
  attributes: ListingAttributes;
}

/**
 * A data row, with the attribute values it carries (`bullet_point#3`), or the columns whose
 * values would have broken it.
 */
export type FlatFileRow =
  | { ok: true; cells: string[]; used: Set<string> }
  | { ok: false; columns: { key: string; value: string }[] };

type Value = string | number | boolean | null | undefined;

/** A cell's value and the attribute value (which instance, from 1) it carries. */
interface Carried {
  attribute: string | null;
  value: Value;
  instance?: number;
  /** Another attribute the cell stands for (a classic Parent says what its relationship is). */
  also?: string;
}

function first(attributes: ListingAttributes, name: string, field = 'value', index = 0): Value {
  return attributes[name]?.[index]?.[field] as Value;
}

/** Classic templates' yes/no values. */
function yesNo(value: Value): Value {
  return typeof value === 'boolean' ? (value ? 'True' : 'False') : value;
}

function classicImage(key: string): [string, number] | null {
  if (key === 'main_image_url') return ['main_product_image_locator', 0];
  const other = /^other_image_url(\d)$/.exec(key);
  return other ? [`other_product_image_locator_${other[1]}`, 0] : null;
}

/**
 * The value of a classic column (`item_sku`, `bullet_point3`, `standard_price`…) and the
 * attribute it carries. A column the add-on has no mapping for is read as the attribute of
 * the same name (`power_plug_type`), and stays empty when there is none.
 */
function classicCell(key: string, row: FlatFileListing): Carried {
  const a = row.attributes;
  const numbered =
    /^(bullet_point|generic_keywords|supplier_declared_dg_hz_regulation|material_type)(\d+)$/.exec(
      key,
    );
  if (numbered) {
    const [, stem, n] = numbered;
    const attribute = {
      bullet_point: 'bullet_point',
      generic_keywords: 'generic_keyword',
      supplier_declared_dg_hz_regulation: 'supplier_declared_dg_hz_regulation',
      material_type: 'material',
    }[stem]!;
    return { attribute, value: first(a, attribute, 'value', Number(n) - 1), instance: Number(n) };
  }
  const image = classicImage(key);
  if (image) return { attribute: image[0], value: first(a, image[0], 'media_location') };

  const offer = a.purchasable_offer?.[0] as
    { our_price?: { schedule?: { value_with_tax?: number }[] }[] } | undefined;
  const dimension = (side: string): Value =>
    (a.item_package_dimensions?.[0]?.[side] as { value?: number } | undefined)?.value;
  switch (key) {
    case 'feed_product_type':
      return { attribute: null, value: row.productType };
    case 'item_sku':
      return { attribute: null, value: row.sku };
    case 'update_delete':
      return { attribute: null, value: 'Update' };
    case 'brand_name':
      return { attribute: 'brand', value: first(a, 'brand') };
    case 'model':
      return { attribute: 'model_number', value: first(a, 'model_number') };
    case 'external_product_id':
      return {
        attribute: 'externally_assigned_product_identifier',
        value: first(a, 'externally_assigned_product_identifier'),
      };
    case 'external_product_id_type': {
      const type = first(a, 'externally_assigned_product_identifier', 'type');
      return {
        attribute: 'externally_assigned_product_identifier',
        value: typeof type === 'string' ? type.toUpperCase() : type,
      };
    }
    case 'generic_keywords':
      return { attribute: 'generic_keyword', value: first(a, 'generic_keyword') };
    case 'standard_price':
      return {
        attribute: 'purchasable_offer',
        value: offer?.our_price?.[0]?.schedule?.[0]?.value_with_tax,
      };
    case 'currency':
      return {
        attribute: 'purchasable_offer',
        value: a.purchasable_offer ? MARKETPLACES[row.site].currency : null,
      };
    case 'list_price_with_tax':
    case 'list_price':
      return { attribute: 'list_price', value: first(a, 'list_price', 'value_with_tax') };
    case 'quantity':
      return {
        attribute: 'fulfillment_availability',
        value: first(a, 'fulfillment_availability', 'quantity'),
      };
    case 'fulfillment_latency':
      return {
        attribute: 'fulfillment_availability',
        value: first(a, 'fulfillment_availability', 'lead_time_to_ship_max_days'),
      };
    case 'merchant_shipping_group_name':
      return { attribute: 'merchant_shipping_group', value: first(a, 'merchant_shipping_group') };
    case 'parent_child':
      return {
        attribute: 'parentage_level',
        also: row.parentage === 'parent' ? 'child_parent_sku_relationship' : undefined,
        value: row.parentage === null ? null : row.parentage === 'parent' ? 'Parent' : 'Child',
      };
    case 'parent_sku':
      return {
        attribute: 'child_parent_sku_relationship',
        value: first(a, 'child_parent_sku_relationship', 'parent_sku'),
      };
    case 'relationship_type':
      return {
        attribute: 'child_parent_sku_relationship',
        value: row.parentage === 'child' ? 'Variation' : null,
      };
    case 'variation_theme':
      return {
        attribute: 'variation_theme',
        value:
          row.parentage && row.variationTheme ? classicVariationTheme(row.variationTheme) : null,
      };
    case 'color_name':
      return { attribute: 'color', value: first(a, 'color') };
    case 'size_name':
      return { attribute: 'size', value: first(a, 'size') };
    case 'package_weight':
      return { attribute: 'item_package_weight', value: first(a, 'item_package_weight') };
    case 'package_weight_unit_of_measure':
      return { attribute: 'item_package_weight', value: a.item_package_weight ? 'KG' : null };
    case 'package_length':
      return { attribute: 'item_package_dimensions', value: dimension('length') };
    case 'package_width':
      return { attribute: 'item_package_dimensions', value: dimension('width') };
    case 'package_height':
      return { attribute: 'item_package_dimensions', value: dimension('height') };
    case 'package_dimensions_unit_of_measure':
    case 'package_length_unit_of_measure':
      return {
        attribute: 'item_package_dimensions',
        value: a.item_package_dimensions ? 'CM' : null,
      };
    case 'are_batteries_included':
      return { attribute: 'batteries_included', value: yesNo(first(a, 'batteries_included')) };
    default:
      return { attribute: a[key] ? key : null, value: yesNo(first(a, key)) };
  }
}

/** Follows a current-dialect key through the attributes: selectors pick among the values. */
function currentCell(steps: KeyStep[], attributes: ListingAttributes): Value {
  let here: unknown = attributes;
  for (const step of steps) {
    let next = (here as Record<string, unknown> | undefined)?.[step.field];
    if (Array.isArray(next)) {
      const chosen = next.filter((value) =>
        Object.entries(step.selectors).every(
          ([selector, wanted]) => (value as Record<string, unknown>)?.[selector] === wanted,
        ),
      );
      next = chosen[(step.instance ?? 1) - 1];
    } else if (Object.keys(step.selectors).length > 0 && next !== undefined) {
      const record = next as Record<string, unknown>;
      const fits = Object.entries(step.selectors).every(
        ([selector, wanted]) => record[selector] === wanted,
      );
      next = fits ? next : undefined;
    }
    if (next === undefined || next === null) return null;
    here = next;
  }
  return typeof here === 'object' ? null : (here as Value);
}

/** The value of a current-dialect column and the attribute it carries. */
function currentDialectCell(key: string, row: FlatFileListing, template: AmazonTemplate): Carried {
  if (key === 'contribution_sku#1.value') return { attribute: null, value: row.sku };
  if (key === 'product_type#1.value') return { attribute: null, value: row.productType };
  if (key === '::record_action') {
    return { attribute: null, value: FULL_UPDATE_ACTION[template.headerLanguage] ?? null };
  }
  if (key === 'amzn1.volt.ca.product_id_type') {
    const type = first(row.attributes, 'externally_assigned_product_identifier', 'type');
    return {
      attribute: 'externally_assigned_product_identifier',
      value: typeof type === 'string' ? type.toUpperCase() : type,
    };
  }
  if (key === 'amzn1.volt.ca.product_id_value') {
    return {
      attribute: 'externally_assigned_product_identifier',
      value: first(row.attributes, 'externally_assigned_product_identifier'),
    };
  }
  const steps = parseAttributeKey(key);
  if (!steps) return { attribute: null, value: null };
  return {
    attribute: steps[0].field,
    value: currentCell(steps, row.attributes),
    instance: steps[0].instance ?? 1,
  };
}

function cellText(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return String(value);
}

/**
 * One data row: a cell for every column of the template's attribute row, empty where the
 * listing has nothing for it. Refused, naming the columns, when a value holds a tab or a line
 * break.
 */
export function flatFileRow(template: AmazonTemplate, row: FlatFileListing): FlatFileRow {
  const used = new Set<string>();
  const cells: string[] = [];
  const broken: { key: string; value: string }[] = [];
  for (const key of template.keys) {
    const { attribute, value, instance, also } =
      template.dialect === 'classic'
        ? classicCell(key, row)
        : currentDialectCell(key, row, template);
    const text = key === '' ? '' : cellText(value);
    if (/[\t\r\n]/.test(text)) broken.push({ key, value: text });
    if (attribute && text !== '') used.add(`${attribute}#${instance ?? 1}`);
    if (also && text !== '') used.add(`${also}#1`);
    cells.push(text);
  }
  return broken.length > 0 ? { ok: false, columns: broken } : { ok: true, cells, used };
}

/** The attribute values (`bullet_point#4`) a listing holds that a row did not carry. */
export function uncarried(attributes: ListingAttributes, used: ReadonlySet<string>): string[] {
  const left: string[] = [];
  for (const [name, values] of Object.entries(attributes)) {
    values.forEach((_, i) => {
      if (!used.has(`${name}#${i + 1}`)) left.push(values.length > 1 ? `${name} #${i + 1}` : name);
    });
  }
  return left;
}

/** The file's text: header rows as supplied, then the data rows, lines ended by CR LF. */
export function flatFileText(template: AmazonTemplate, rows: readonly string[][]): string {
  const lines = [...template.headerRows, ...rows.map((cells) => cells.join('\t'))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The built-in layout's columns, in the order classic templates give them. */
const BUILT_IN_COLUMNS: BuiltInColumn[] = [
  { key: 'feed_product_type', label: 'Product Type' },
  { key: 'item_sku', label: 'Seller SKU' },
  { key: 'update_delete', label: 'Update Delete' },
  { key: 'brand_name', label: 'Brand Name' },
  { key: 'item_name', label: 'Item Name' },
  { key: 'manufacturer', label: 'Manufacturer' },
  { key: 'part_number', label: 'Manufacturer Part Number' },
  { key: 'model', label: 'Model Number' },
  { key: 'external_product_id', label: 'Product ID' },
  { key: 'external_product_id_type', label: 'Product ID Type' },
  { key: 'supplier_declared_has_product_identifier_exemption', label: 'Product ID Exemption' },
  { key: 'recommended_browse_nodes', label: 'Recommended Browse Nodes' },
  { key: 'standard_price', label: 'Standard Price' },
  { key: 'currency', label: 'Currency' },
  { key: 'list_price_with_tax', label: 'List Price with Tax' },
  { key: 'quantity', label: 'Quantity' },
  { key: 'fulfillment_latency', label: 'Handling Time' },
  { key: 'condition_type', label: 'Condition Type' },
  { key: 'merchant_shipping_group_name', label: 'Shipping Template' },
  { key: 'main_image_url', label: 'Main Image URL' },
  ...[1, 2, 3, 4].map((n) => ({ key: `other_image_url${n}`, label: `Other Image URL${n}` })),
  { key: 'parent_child', label: 'Parentage' },
  { key: 'parent_sku', label: 'Parent SKU' },
  { key: 'relationship_type', label: 'Relationship Type' },
  { key: 'variation_theme', label: 'Variation Theme' },
  { key: 'product_description', label: 'Product Description' },
  ...[1, 2, 3, 4, 5].map((n) => ({ key: `bullet_point${n}`, label: `Key Product Features${n}` })),
  { key: 'generic_keywords', label: 'Search Terms' },
  { key: 'color_name', label: 'Colour' },
  { key: 'size_name', label: 'Size' },
  { key: 'material_type', label: 'Material' },
  { key: 'number_of_items', label: 'Number of Items' },
  { key: 'package_weight', label: 'Package Weight' },
  { key: 'package_weight_unit_of_measure', label: 'Package Weight Unit' },
  { key: 'package_length', label: 'Package Length' },
  { key: 'package_width', label: 'Package Width' },
  { key: 'package_height', label: 'Package Height' },
  { key: 'package_dimensions_unit_of_measure', label: 'Package Dimensions Unit' },
  { key: 'country_of_origin', label: 'Country of Origin' },
  { key: 'batteries_required', label: 'Batteries Required' },
  { key: 'supplier_declared_dg_hz_regulation1', label: 'Dangerous Goods Regulations' },
  { key: 'is_fragile', label: 'Is Fragile' },
];

/** The attributes each built-in column carries, so that the rest get columns of their own. */
function carriedAttributes(): Set<string> {
  const empty: FlatFileListing = {
    sku: '',
    productType: '',
    site: 'UK',
    parentage: null,
    variationTheme: null,
    attributes: {},
  };
  const carried = new Set<string>([
    'bullet_point',
    'generic_keyword',
    'material',
    'supplier_declared_dg_hz_regulation',
  ]);
  for (const { key } of BUILT_IN_COLUMNS) {
    const { attribute } = classicCell(key, empty);
    carried.add(attribute ?? key);
  }
  carried.add('main_product_image_locator');
  for (let n = 1; n <= 4; n += 1) carried.add(`other_product_image_locator_${n}`);
  return carried;
}

/**
 * The built-in layout's columns for a site's listings: the classic columns, then one column
 * per other attribute the listings hold (power_plug_type and the like), named as the
 * attribute, so that nothing the listings say is left out of the file.
 */
export function builtInColumns(listings: readonly FlatFileListing[]): BuiltInColumn[] {
  const carried = carriedAttributes();
  const more = new Set<string>();
  for (const listing of listings) {
    for (const name of Object.keys(listing.attributes)) if (!carried.has(name)) more.add(name);
  }
  return [...BUILT_IN_COLUMNS, ...[...more].sort().map((key) => ({ key, label: key }))];
}
