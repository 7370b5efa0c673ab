import type { Site } from '../contract/sheets';
import { MARKETPLACES } from './marketplaces';
import { DEFINITIONS, POOL } from './product-types.generated';

/**
 * What the add-on knows of Amazon product types without a network: the compiled form of the
 * product type schemas (scripts/compile-product-types.mjs writes it). Each attribute is an
 * array of values; each value is an object whose fields have a type and limits.
 */

export type Primitive = string | number | boolean;

/** A field holding one value: text, a number, yes/no. */
export interface ValueField {
  type: 'string' | 'number' | 'integer' | 'boolean';
  /** `marketplace_id` or `language_tag`: the value must be the site's own. */
  selector?: 'marketplace_id' | 'language_tag';
  enum?: Primitive[];
  /** The number of allowed values when the list is too long to carry (team names). */
  openEnum?: number;
  /** Allowed values Amazon has announced it will remove. */
  deprecated?: string[];
  minLength?: number;
  maxLength?: number;
  /** Limits in UTF-8 bytes (`maxUtf8ByteLength`). */
  minBytes?: number;
  maxBytes?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  pattern?: string;
  format?: string;
  /** Alternative formats (`date` or `date-time`). */
  formats?: string[];
}

/** The fields of an object value and which of them must be present. */
export interface ObjectShape {
  fields: Record<string, FieldSpec>;
  required?: string[];
}

export interface ObjectField extends ObjectShape {
  type: 'object';
}

/** Limits on the values of an array: counts, and counts per combination of selectors. */
export interface ArrayLimits {
  minItems?: number;
  maxItems?: number;
  minUnique?: number;
  maxUnique?: number;
  selectors?: string[];
}

export interface ArrayField extends ArrayLimits {
  type: 'array';
  item: ObjectShape;
}

export type FieldSpec = ValueField | ObjectField | ArrayField;

/** One attribute of a product type: an array of values of one shape. */
export interface AttributeSpec extends ArrayLimits {
  item: ObjectShape;
}

/** A test on the attributes, in the JSON Schema keywords the schemas' conditions use. */
export type ValueTest =
  | boolean
  | {
      required?: string[];
      enum?: Primitive[];
      properties?: Record<string, ValueTest>;
      items?: ValueTest;
      contains?: ValueTest;
      not?: ValueTest;
      allOf?: ValueTest[];
      anyOf?: ValueTest[];
      if?: ValueTest;
      then?: ValueTest;
      else?: ValueTest;
      minItems?: number;
      maxItems?: number;
      multipleOf?: number;
    };

/** When `when` holds for a listing's attributes, the `require`d attributes must be given. */
export interface ConditionalRequirement {
  when: ValueTest;
  require: string[];
  /** Fields each value of an attribute must then have: `{ battery: ['cell_composition'] }`. */
  fields?: Record<string, string[]>;
}

/** Any other rule of the schema on a listing's values, and the attributes it speaks of. */
export interface ValueRule {
  test: ValueTest;
  about: string[];
}

/** One product type on one marketplace. */
export interface ProductTypeDefinition {
  productType: string;
  /** The marketplace whose schema this was compiled from: GB, DE or FR. */
  schemaMarketplace: string;
  marketplaceId: string;
  languageTag: string;
  currency: string;
  required: string[];
  conditions: ConditionalRequirement[];
  rules: ValueRule[];
  attributes: Record<string, AttributeSpec>;
}

/** The generated module's form: definitions whose repeated parts point into a shared pool. */
export type PooledDefinitions = Record<string, unknown>;

/** The compiled schemas as data: the generated module's two exports. */
export interface ProductTypeData {
  definitions: PooledDefinitions;
  pool: unknown[];
}

// Node reads the generated module. The Apps Script build replaces that module by an empty one
// and sets a loader that reads a project HTML file: Code.js is loaded on every execution, a
// custom function's included, and the schemas are a quarter of it.
let loadData: () => ProductTypeData = () => ({ definitions: DEFINITIONS, pool: POOL });
let loaded: ProductTypeData | null = null;

/** Sets where the compiled schemas come from; the loader runs once, when first needed. */
export function setProductTypeSource(load: () => ProductTypeData): void {
  loadData = load;
  loaded = null;
  compiled.clear();
  inflatedPool.clear();
}

function productTypeData(): ProductTypeData {
  loaded ??= loadData();
  return loaded;
}

type Pooled = { $p: number };

function isPooled(value: unknown): value is Pooled {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as Pooled).$p === 'number'
  );
}

const inflatedPool = new Map<number, unknown>();

/** Replaces pool references by the pooled values; a pooled value is built once and shared. */
function inflate(value: unknown): unknown {
  if (isPooled(value)) {
    let shared = inflatedPool.get(value.$p);
    if (shared === undefined) {
      shared = inflate(productTypeData().pool[value.$p]);
      inflatedPool.set(value.$p, shared);
    }
    return shared;
  }
  if (Array.isArray(value)) return value.map(inflate);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, inflate(inner)]));
  }
  return value;
}

const compiled = new Map<string, ProductTypeDefinition>();

function compiledDefinition(key: string): ProductTypeDefinition | null {
  let definition = compiled.get(key);
  if (!definition) {
    const pooled = productTypeData().definitions[key];
    if (pooled === undefined) return null;
    definition = inflate(pooled) as ProductTypeDefinition;
    compiled.set(key, definition);
  }
  return definition;
}

/** The product types the add-on can check offline. */
export function knownProductTypes(): string[] {
  return [
    ...new Set(Object.keys(productTypeData().definitions).map((key) => key.split('.')[0])),
  ].sort();
}

/**
 * The definition of a product type on a site, or null when the add-on does not carry its
 * schema. Italy and Spain get the French definition with their own marketplace and language.
 */
export function productTypeDefinition(
  productType: string,
  site: Site,
): ProductTypeDefinition | null {
  const market = MARKETPLACES[site];
  const base = compiledDefinition(`${productType.toUpperCase()}.${market.schemaMarketplace}`);
  if (!base) return null;
  if (base.marketplaceId === market.marketplaceId) return base;
  return { ...base, marketplaceId: market.marketplaceId, languageTag: market.languageTag };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Only two objects can be equal without being the same: most enums hold strings.
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether a value passes a condition, with JSON Schema's meaning of each keyword. */
export function passes(test: ValueTest, value: unknown): boolean {
  if (typeof test === 'boolean') return test;
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  const record = value as Record<string, unknown>;
  if (test.required && isObject && !test.required.every((key) => record[key] !== undefined)) {
    return false;
  }
  if (test.enum && !test.enum.some((allowed) => sameValue(allowed, value))) return false;
  if (test.properties && isObject) {
    // Run for every listing and every rule: no array of entries is built each time.
    for (const key in test.properties) {
      if (record[key] !== undefined && !passes(test.properties[key], record[key])) return false;
    }
  }
  if (Array.isArray(value)) {
    if (test.maxItems !== undefined && value.length > test.maxItems) return false;
    if (test.minItems !== undefined && value.length < test.minItems) return false;
    if (test.items !== undefined && !value.every((item) => passes(test.items!, item))) {
      return false;
    }
    if (test.contains !== undefined && !value.some((item) => passes(test.contains!, item))) {
      return false;
    }
  }
  if (test.multipleOf !== undefined && typeof value === 'number') {
    const steps = value / test.multipleOf;
    if (Math.abs(steps - Math.round(steps)) > 1e-6) return false;
  }
  if (test.if !== undefined) {
    const holds = passes(test.if, value);
    if (holds && test.then !== undefined && !passes(test.then, value)) return false;
    if (!holds && test.else !== undefined && !passes(test.else, value)) return false;
  }
  if (test.not !== undefined && passes(test.not, value)) return false;
  if (test.allOf && !test.allOf.every((inner) => passes(inner, value))) return false;
  if (test.anyOf && !test.anyOf.some((inner) => passes(inner, value))) return false;
  return true;
}
