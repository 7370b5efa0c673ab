import * as fs from 'node:fs';
import * as path from 'node:path';

import Ajv from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv';

import type { Site } from '../../../src/core/contract/sheets';

/**
 * Amazon's own schemas, as the tests check the export against them: the JSON_LISTINGS_FEED
 * envelope (draft-07) and the HOME product type definitions (JSON Schema 2019-09 with
 * Amazon's meta-schema and its keywords). They live in the shared reference folder beside
 * the repository, as CI checks it out.
 */
export const SCHEMA_ROOT = path.resolve(__dirname, '../../../../shared/reference/amazon/schemas');

function readJson(relative: string): Record<string, unknown> {
  const file = path.join(SCHEMA_ROOT, relative);
  if (!fs.existsSync(file)) {
    throw new Error(
      `Amazon's schemas are missing: expected ${file}. The tests read them from shared/reference/amazon/schemas beside the repository (../shared/ from its root).`,
    );
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Counts the values of an array per combination of their selector fields, as the meta-schema
 * defines minUniqueItems and maxUniqueItems.
 */
function selectorGroups(data: unknown[], selectors: string[]): number[] {
  const groups = new Map<string, number>();
  for (const item of data) {
    const record = (item ?? {}) as Record<string, unknown>;
    const key = JSON.stringify(selectors.map((selector) => record[selector] ?? null));
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups.values()];
}

/** An Ajv for draft 2019-09 that knows Amazon's meta-schema and validates with its keywords. */
function productTypeAjv(): Ajv2019 {
  // Decimal prices such as 19.99 are multiples of 0.01; binary floating point alone says no.
  const ajv = new Ajv2019({
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    multipleOfPrecision: 9,
  });
  ajv.addMetaSchema(
    readJson('product-type-definitions/amazon-product-type-definition-meta-schema-v1.json'),
  );
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);

  ajv.addKeyword({
    keyword: 'maxUtf8ByteLength',
    type: 'string',
    schemaType: 'number',
    errors: false,
    validate: (max: number, data: string) => utf8Bytes(data) <= max,
  });
  ajv.addKeyword({
    keyword: 'minUtf8ByteLength',
    type: 'string',
    schemaType: 'number',
    errors: false,
    validate: (min: number, data: string) => utf8Bytes(data) >= min,
  });
  ajv.addKeyword({
    keyword: 'maxUniqueItems',
    type: 'array',
    schemaType: 'number',
    errors: false,
    validate: (max: number, data: unknown[], parent?: AnySchemaObject) =>
      selectorGroups(data, (parent?.selectors as string[] | undefined) ?? []).every(
        (count) => count <= max,
      ),
  });
  ajv.addKeyword({
    keyword: 'minUniqueItems',
    type: 'array',
    schemaType: 'number',
    errors: false,
    validate: (min: number, data: unknown[], parent?: AnySchemaObject) =>
      selectorGroups(data, (parent?.selectors as string[] | undefined) ?? []).every(
        (count) => count >= min,
      ),
  });
  ajv.addKeyword({
    keyword: '$lifecycle',
    schemaType: 'object',
    errors: false,
    // A value Amazon has deprecated is refused: the export must never send one.
    validate: (lifecycle: { enumDeprecated?: unknown[] }, data: unknown) =>
      !(lifecycle.enumDeprecated ?? []).includes(data),
  });
  // Annotations: they describe a value (labels, editability, what makes values unique).
  ajv.addKeyword({ keyword: 'selectors', schemaType: 'array' });
  ajv.addKeyword({ keyword: 'editable', schemaType: 'boolean' });
  ajv.addKeyword({ keyword: 'hidden', schemaType: 'boolean' });
  ajv.addKeyword({ keyword: 'enumNames', schemaType: 'array' });
  return ajv;
}

let feedValidator: ValidateFunction | null = null;
let typeAjv: Ajv2019 | null = null;
const typeValidators = new Map<string, ValidateFunction>();

/** The schema file that checks a site: Italy and Spain are checked by the French one. */
export function schemaMarketplaceOf(site: Site): 'gb' | 'de' | 'fr' {
  return site === 'UK' ? 'gb' : site === 'DE' ? 'de' : 'fr';
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((error) => `${error.instancePath || '/'} ${error.keyword} ${error.message ?? ''}`)
    .join('\n');
}

/** The problems of a JSON_LISTINGS_FEED document against Amazon's feed schema ('' when none). */
export function feedProblems(feed: unknown): string {
  if (!feedValidator) {
    feedValidator = new Ajv({ allErrors: true, strict: false }).compile(
      readJson('feeds/listings-feed-schema-v2.json'),
    );
  }
  return feedValidator(feed) ? '' : describe(feedValidator.errors);
}

/** The problems of a message's attributes against the HOME product type of a site ('' when none). */
export function attributeProblems(attributes: unknown, site: Site, productType = 'HOME'): string {
  const key = `${productType}.${schemaMarketplaceOf(site)}`;
  let validate = typeValidators.get(key);
  if (!validate) {
    typeAjv ??= productTypeAjv();
    const schema = readJson(`product-types/${key}.json`);
    // Every marketplace's HOME schema has the same $id; one Ajv holds them under their own.
    validate = typeAjv.compile({ ...schema, $id: `${String(schema.$id)}/${key}` });
    typeValidators.set(key, validate);
  }
  return validate(attributes) ? '' : describe(validate.errors);
}
