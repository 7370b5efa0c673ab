import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import {
  knownProductTypes,
  passes,
  productTypeDefinition,
} from '../../../src/core/amazon/product-types';
import type { ValueField } from '../../../src/core/amazon/product-types';
import { SCHEMA_ROOT } from './amazon-schemas';

const ROOT = path.resolve(__dirname, '../../..');

describe('compiled product types', () => {
  it('knows HOME on the UK, German and French marketplaces with their ids, languages and currencies', () => {
    expect(knownProductTypes()).toEqual(['HOME']);
    const gb = productTypeDefinition('HOME', 'UK')!;
    const de = productTypeDefinition('home', 'DE')!;
    const fr = productTypeDefinition('HOME', 'FR')!;
    expect([gb.marketplaceId, gb.languageTag, gb.currency]).toEqual([
      'A1F83G8C2ARO7P',
      'en_GB',
      'GBP',
    ]);
    expect([de.marketplaceId, de.languageTag, de.currency]).toEqual([
      'A1PA6795UKMFR9',
      'de_DE',
      'EUR',
    ]);
    expect([fr.marketplaceId, fr.languageTag, fr.currency]).toEqual([
      'A13V1IB3VIYZZH',
      'fr_FR',
      'EUR',
    ]);
  });

  it('checks Italy and Spain by the French schema with their own marketplace and language', () => {
    const it = productTypeDefinition('HOME', 'IT')!;
    const es = productTypeDefinition('HOME', 'ES')!;
    expect([it.schemaMarketplace, it.marketplaceId, it.languageTag]).toEqual([
      'FR',
      'APJ6JRA9NG5V4',
      'it_IT',
    ]);
    expect([es.schemaMarketplace, es.marketplaceId, es.languageTag]).toEqual([
      'FR',
      'A1RKKUPIHCS9HS',
      'es_ES',
    ]);
    expect(productTypeDefinition('HOME', 'FR')!.marketplaceId).toBe('A13V1IB3VIYZZH');
  });

  it('has no definition for a product type whose schema it does not carry', () => {
    expect(productTypeDefinition('LUGGAGE', 'UK')).toBeNull();
  });

  it('keeps the required attributes and the limits of the EU HOME schemas', () => {
    const gb = productTypeDefinition('HOME', 'UK')!;
    expect([...gb.required].sort()).toEqual([
      'brand',
      'bullet_point',
      'country_of_origin',
      'item_name',
      'product_description',
      'recommended_browse_nodes',
      'supplier_declared_dg_hz_regulation',
    ]);
    const value = (name: string): ValueField => gb.attributes[name].item.fields.value as ValueField;
    expect(value('item_name').maxLength).toBe(200);
    expect(value('product_description').maxBytes).toBe(10_000);
    expect(value('generic_keyword')).toMatchObject({ maxLength: 500, maxBytes: 2000 });
    expect(gb.attributes.bullet_point).toMatchObject({
      maxUnique: 10,
      selectors: ['marketplace_id', 'language_tag'],
    });
    expect(value('country_of_origin').enum).toContain('CN');
    const theme = gb.attributes.variation_theme.item.fields.name as ValueField;
    expect(theme.enum).toContain('SIZE/COLOR');
    expect(theme.deprecated).toContain('COLOR_NAME');
    expect(gb.conditions.some((condition) => condition.require.includes('power_plug_type'))).toBe(
      true,
    );
  });

  it('reads conditions with the meaning JSON Schema gives their keywords', () => {
    const isChild = {
      required: ['parentage_level'],
      properties: {
        parentage_level: {
          contains: { required: ['value'], properties: { value: { enum: ['child'] } } },
        },
      },
    };
    expect(passes(isChild, { parentage_level: [{ value: 'child' }] })).toBe(true);
    expect(passes(isChild, { parentage_level: [{ value: 'parent' }] })).toBe(false);
    expect(passes(isChild, {})).toBe(false);
    expect(passes({ not: isChild }, {})).toBe(true);
    const everyHasValue = { properties: { color: { items: { required: ['value'] } } } };
    expect(passes(everyHasValue, {})).toBe(true);
    expect(passes(everyHasValue, { color: [{ value: 'Red' }, { language_tag: 'en_GB' }] })).toBe(
      false,
    );
    expect(passes({ anyOf: [false, { required: ['a'] }] }, { a: [] })).toBe(true);
    expect(passes({ allOf: [true, { required: ['a'] }] }, {})).toBe(false);
  });

  it('is the module the compiler writes from the schemas, so the build never needs to rerun it', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'product-types-')), 'out.ts');
    execFileSync(
      process.execPath,
      ['scripts/compile-product-types.mjs', path.join(SCHEMA_ROOT, 'product-types'), out],
      { cwd: ROOT },
    );
    const committed = fs.readFileSync(
      path.join(ROOT, 'src/core/amazon/product-types.generated.ts'),
      'utf8',
    );
    expect(fs.readFileSync(out, 'utf8') === committed).toBe(true);
  });
});
