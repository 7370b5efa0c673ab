/**
 * Compiles Amazon's product type schemas (JSON Schema 2019-09 with Amazon's keywords) into the
 * compact module src/core/amazon/product-types.generated.ts, so that the add-on can check a
 * listing offline, inside Apps Script, without the 1 MB schemas. Run by hand when the schemas
 * change (`node scripts/compile-product-types.mjs [schemaDir] [outFile]`); its output is committed and
 * the build never reruns it.
 *
 * What is kept: the required attributes; the conditional requirements (`allOf` … `if`/`then`
 * whose `then` names required attributes), with their conditions reduced to the keywords that
 * test values (required, properties, items, contains, enum, not, allOf, anyOf); and, for each
 * attribute, the shape of its values with every limit that constrains them (types, enums up to
 * MAX_ENUM values, deprecated enum values, lengths, UTF-8 byte lengths, value counts, unique
 * counts per selector, ranges, patterns). Titles, descriptions, examples and display names go.
 * Subtrees that repeat (across rules and across marketplaces) are stored once in a pool.
 */
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SCHEMAS = path.resolve(ROOT, '..', 'shared/reference/amazon/schemas/product-types');
const OUT = path.join(ROOT, 'src/core/amazon/product-types.generated.ts');

/** The marketplaces whose schemas are compiled: the EU sites the seller lists on. */
const MARKETPLACES = ['gb', 'de', 'fr'];
/** Enums longer than this describe attributes no seller types by hand (team names, languages). */
const MAX_ENUM = 300;
/** Value rules larger than this list long enumerations (team names) and are left to Amazon. */
const MAX_RULE = 4000;
/** Repeated subtrees shorter than this (as JSON) are cheaper inline than pooled. */
const MIN_POOLED = 60;

/** The schema files compiled, as `<PRODUCT_TYPE>.<marketplace>.json`. */
function schemaFiles(dir) {
  return fs
    .readdirSync(dir)
    .filter((name) => /^[A-Z0-9_]+\.[a-z]{2}\.json$/.test(name))
    .filter((name) => MARKETPLACES.includes(name.split('.')[1]))
    .sort();
}

function refTarget(schema, node) {
  if (!node.$ref) return node;
  const name = node.$ref.replace('#/$defs/', '');
  return { ...schema.$defs[name], selector: name };
}

/** Merges the type and the constraints of a value schema into one field description. */
function fieldOf(schema, raw) {
  const node = refTarget(schema, raw);
  if (node.selector) return { type: 'string', selector: node.selector };
  if (node.type === 'object') return { type: 'object', ...objectOf(schema, node) };
  if (node.type === 'array') {
    const field = { type: 'array', ...arrayLimits(node), item: objectOf(schema, node.items ?? {}) };
    return field;
  }
  const field = { type: node.type ?? 'string' };
  for (const key of [
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
    'pattern',
    'format',
  ]) {
    if (node[key] !== undefined) field[key] = node[key];
  }
  if (node.maxUtf8ByteLength !== undefined) field.maxBytes = node.maxUtf8ByteLength;
  if (node.minUtf8ByteLength !== undefined) field.minBytes = node.minUtf8ByteLength;
  if (node.enum && node.enum.length <= MAX_ENUM) field.enum = node.enum;
  if (node.enum && node.enum.length > MAX_ENUM) field.openEnum = node.enum.length;
  const deprecated = node.$lifecycle?.enumDeprecated;
  if (deprecated?.length) field.deprecated = deprecated;
  // `oneOf: [{format: date}, {format: date-time}]` means either format.
  if (node.oneOf) field.formats = node.oneOf.map((option) => option.format).filter(Boolean);
  // `anyOf: [{type: string}, {enum: [...]}]` is an open value with suggestions: no constraint.
  return field;
}

function arrayLimits(node) {
  const limits = {};
  if (node.minItems !== undefined) limits.minItems = node.minItems;
  if (node.maxItems !== undefined) limits.maxItems = node.maxItems;
  if (node.minUniqueItems !== undefined) limits.minUnique = node.minUniqueItems;
  if (node.maxUniqueItems !== undefined) limits.maxUnique = node.maxUniqueItems;
  if (node.selectors) limits.selectors = node.selectors;
  return limits;
}

function objectOf(schema, node) {
  const fields = {};
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    fields[name] = fieldOf(schema, value);
  }
  const object = { fields };
  if (node.required?.length) object.required = node.required;
  return object;
}

/** Keeps only the keywords that test a value; drops everything a condition does not read. */
function testOf(node) {
  if (node === true || node === false) return node;
  const test = {};
  if (node.required?.length) test.required = node.required;
  if (node.enum) test.enum = node.enum;
  if (node.properties) {
    test.properties = Object.fromEntries(
      Object.entries(node.properties).map(([name, value]) => [name, testOf(value)]),
    );
  }
  if (node.items) test.items = testOf(node.items);
  if (node.contains) test.contains = testOf(node.contains);
  if (node.not) test.not = testOf(node.not);
  if (node.allOf) test.allOf = node.allOf.map(testOf);
  if (node.anyOf) test.anyOf = node.anyOf.map(testOf);
  for (const key of ['if', 'then', 'else'])
    if (node[key] !== undefined) test[key] = testOf(node[key]);
  for (const key of ['minItems', 'maxItems', 'multipleOf']) {
    if (node[key] !== undefined) test[key] = node[key];
  }
  return test;
}

/** The `then` parts that make an attribute (or a field of its values) required. */
function requirementOf(then) {
  const requirement = { require: then.required ?? [] };
  const fields = {};
  for (const [name, value] of Object.entries(then.properties ?? {})) {
    if (value.items?.required?.length) fields[name] = value.items.required;
  }
  if (Object.keys(fields).length > 0) requirement.fields = fields;
  return requirement;
}

function requires(then) {
  const requirement = requirementOf(then ?? {});
  return requirement.require.length > 0 || requirement.fields !== undefined;
}

/** The attributes a rule speaks of, for messages. */
function aboutOf(entry) {
  const names = new Set(Object.keys(entry.properties ?? {}));
  for (const part of [entry.if, entry.then, entry.else]) {
    for (const name of Object.keys(part?.properties ?? {})) names.add(name);
  }
  return [...names];
}

/**
 * The schema's top-level allOf, split in two: conditional requirements (an if/then whose
 * `then` requires attributes or fields), and every other rule on values (a child alone may
 * name a parent SKU, a `DEFAULT` offer needs a quantity…), kept whole when small enough.
 */
function rulesAndConditionsOf(schema) {
  const conditions = [];
  const rules = [];
  const visit = (entry) => {
    if (entry.allOf && !entry.if && !entry.properties) {
      for (const nested of entry.allOf) visit(nested);
      return;
    }
    if (entry.if && requires(entry.then)) {
      conditions.push({ when: testOf(entry.if), ...requirementOf(entry.then) });
      return;
    }
    const test = testOf(entry);
    if (JSON.stringify(test).length <= MAX_RULE) rules.push({ test, about: aboutOf(entry) });
  };
  for (const entry of schema.allOf ?? []) visit(entry);
  return { conditions, rules };
}

function definitionOf(schema, file) {
  const [productType, marketplace] = file.replace(/\.json$/, '').split('.');
  const attributes = {};
  for (const [name, node] of Object.entries(schema.properties)) {
    attributes[name] = { ...arrayLimits(node), item: objectOf(schema, node.items ?? {}) };
  }
  const currency =
    schema.properties.list_price?.items?.properties?.currency?.enum?.[0] ??
    schema.properties.purchasable_offer?.items?.properties?.currency?.default ??
    '';
  return {
    productType,
    schemaMarketplace: marketplace.toUpperCase(),
    marketplaceId: schema.$defs.marketplace_id.default,
    languageTag: schema.$defs.language_tag.default,
    currency,
    required: schema.required ?? [],
    ...rulesAndConditionsOf(schema),
    attributes,
  };
}

/** Stores every subtree that occurs twice or more once, replacing it by `{ $p: index }`. */
function pool(definitions) {
  const counts = new Map();
  const count = (node) => {
    if (node === null || typeof node !== 'object') return;
    const key = JSON.stringify(node);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const child of Object.values(node)) count(child);
  };
  count(definitions);

  const entries = [];
  const indexOf = new Map();
  const shrink = (node) => {
    if (node === null || typeof node !== 'object') return node;
    const key = JSON.stringify(node);
    const shared = counts.get(key) > 1 && key.length >= MIN_POOLED;
    if (shared && indexOf.has(key)) return { $p: indexOf.get(key) };
    const small = Array.isArray(node)
      ? node.map(shrink)
      : Object.fromEntries(Object.entries(node).map(([k, v]) => [k, shrink(v)]));
    if (!shared) return small;
    indexOf.set(key, entries.length);
    entries.push(small);
    return { $p: entries.length - 1 };
  };
  const shrunk = Object.fromEntries(
    Object.entries(definitions).map(([key, definition]) => [
      key,
      Object.fromEntries(Object.entries(definition).map(([k, v]) => [k, shrink(v)])),
    ]),
  );
  return { entries, definitions: shrunk };
}

async function main() {
  const dir = path.resolve(process.argv[2] ?? DEFAULT_SCHEMAS);
  const out = path.resolve(process.argv[3] ?? OUT);
  if (!fs.existsSync(dir)) {
    console.error(`compile-product-types: no schema directory at ${dir}`);
    process.exit(1);
  }
  const definitions = {};
  for (const file of schemaFiles(dir)) {
    const schema = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const definition = definitionOf(schema, file);
    definitions[`${definition.productType}.${definition.schemaMarketplace}`] = definition;
  }
  const pooled = pool(definitions);
  const sources = schemaFiles(dir).join(', ');
  const text = [
    `// Generated by scripts/compile-product-types.mjs from ${sources}.`,
    '// Do not edit by hand: rerun the script when the schemas change.',
    "import type { PooledDefinitions } from './product-types';",
    '',
    '/**',
    ' * Subtrees shared by several definitions, referenced as `{ $p: index }`. Kept as JSON text:',
    ' * as a literal, its thousand-odd shapes are more than the type checker can hold.',
    ' */',
    `export const POOL: unknown[] = JSON.parse(${JSON.stringify(JSON.stringify(pooled.entries))});`,
    '',
    '/** Product type definitions by `<PRODUCT_TYPE>.<schema marketplace>`, pooled. */',
    `export const DEFINITIONS: PooledDefinitions = ${JSON.stringify(pooled.definitions)};`,
    '',
  ].join('\n');
  // The committed module's formatting, wherever this copy is written.
  const options = (await prettier.resolveConfig(OUT)) ?? {};
  const formatted = await prettier.format(text, { ...options, filepath: OUT });
  fs.writeFileSync(out, formatted);
  const kib = (Buffer.byteLength(formatted) / 1024).toFixed(0);
  console.log(
    `compile-product-types: ${Object.keys(definitions).length} definitions, ${pooled.entries.length} pooled subtrees, ${kib} KiB → ${path.relative(ROOT, out)}`,
  );
}

await main();
