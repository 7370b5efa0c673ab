import type { Cell } from '../../src/core/cells';
import type { Site } from '../../src/core/contract/sheets';
import type { Finding } from '../../src/core/findings';
import { RoleError } from '../../src/core/roles';
import { confirmUpload, exportAmazon } from '../../src/workflows/export-amazon';
import type { ExportAmazonResult } from '../../src/workflows/export-amazon';
import type { OutputFile } from '../../src/workbook/port';
import { attributeProblems, feedProblems } from '../core/amazon/amazon-schemas';
import {
  bags,
  CLASSIC_UK,
  CURRENT_DE,
  DE_OWNER,
  DIRECTOR,
  lamp,
  templateRows,
  translation,
  UPLOADER,
  workbook,
} from '../core/amazon/fixtures';
import type { Row, Sheets } from '../core/amazon/fixtures';
import { MemoryWorkbook } from '../support/memory-workbook';

const NOW = new Date('2026-12-01T02:00:00Z');
const ALL: Site[] = ['UK', 'DE', 'FR', 'IT', 'ES'];

function run(
  sheets: Sheets,
  sites: Site[] = ['UK'],
  more: { dryRun?: boolean; user?: string } = {},
) {
  const book = workbook(sheets);
  const result = exportAmazon(book, {
    sites,
    dryRun: more.dryRun ?? false,
    user: more.user ?? UPLOADER,
    now: NOW,
  });
  return { book, result };
}

function file(result: ExportAmazonResult, name: string): OutputFile {
  const found = result.files.find((candidate) => candidate.name === name);
  if (!found)
    throw new Error(`no file ${name} among ${result.files.map((f) => f.name).join(', ')}`);
  return found;
}

function lines(output: OutputFile): string[] {
  const text = output.content as string;
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

/** The data rows of a .txt, by SKU, as cells keyed by the template's attribute row. */
function dataRows(
  output: OutputFile,
  attributeRow: number,
  dataRow: number,
): Map<string, Record<string, string>> {
  const all = lines(output);
  const keys = all[attributeRow - 1].split('\t');
  const skuAt = keys.findIndex((key) => key === 'item_sku' || key === 'contribution_sku#1.value');
  const rows = new Map<string, Record<string, string>>();
  for (const line of all.slice(dataRow - 1)) {
    const cells = line.split('\t');
    expect(cells).toHaveLength(keys.length);
    rows.set(cells[skuAt], Object.fromEntries(keys.map((key, i) => [key, cells[i]])));
  }
  return rows;
}

function feed(result: ExportAmazonResult, site: Site) {
  return JSON.parse(file(result, `amazon-${site}-2026-12-01.json`).content as string) as {
    header: Record<string, string>;
    messages: Array<{
      sku: string;
      productType: string;
      attributes: Record<string, Array<Record<string, unknown>>>;
    }>;
  };
}

/** Every .json validates against Amazon's schemas; every .txt keeps its header and its shape. */
function expectValidFiles(result: ExportAmazonResult): void {
  for (const output of result.files) {
    if (output.name.endsWith('.json')) {
      const site = output.name.split('-')[1] as Site;
      const document = JSON.parse(output.content as string);
      expect(feedProblems(document)).toBe('');
      for (const message of document.messages) {
        expect({ sku: message.sku, problems: attributeProblems(message.attributes, site) }).toEqual(
          {
            sku: message.sku,
            problems: '',
          },
        );
      }
    } else {
      const summary = result.summary.find((site) =>
        output.name.startsWith(`amazon-${site.site}-`),
      )!;
      const text = lines(output);
      expect(text.length).toBeGreaterThan(summary.exported > 0 ? 3 : 0);
    }
  }
}

function refusedFindings(result: ExportAmazonResult, site: Site, sku: string): Finding[] {
  return result.refused.find((entry) => entry.site === site && entry.sku === sku)?.findings ?? [];
}

function skusIn(result: ExportAmazonResult, site: Site): string[] {
  return feed(result, site).messages.map((message) => message.sku);
}

describe('export to Amazon', () => {
  it('writes a UK .txt on the classic template with its header rows unchanged and a row per SKU', () => {
    const { result } = run({ templates: templateRows('HOME', 'UK', CLASSIC_UK) });

    const txt = file(result, 'amazon-UK-2026-12-01.txt');
    const all = lines(txt);
    expect(all.slice(0, 3)).toEqual(CLASSIC_UK);
    const rows = dataRows(txt, 3, 4);
    expect([...rows.keys()]).toEqual(['LUMO-BAG', 'LUMO-LAMP', 'LUMO-BAG-RED', 'LUMO-BAG-BLUE']);
    const tabs = CLASSIC_UK[2].split('\t').length - 1;
    for (const line of all.slice(3)) expect(line.split('\t').length - 1).toBe(tabs);

    const lampRow = rows.get('LUMO-LAMP')!;
    expect(lampRow.item_name).toBe('Lumo LD-3 LED Desk Lamp, Dimmable, Aluminium, White');
    expect(lampRow.feed_product_type).toBe('HOME');
    expect(lampRow.brand_name).toBe('Lumo');
    expect(lampRow.standard_price).toBe('34.99');
    expect(lampRow.external_product_id).toBe('4006381333931');
    expect(lampRow.external_product_id_type).toBe('EAN');
    expect(lampRow.main_image_url).toBe('https://img.lumo.example/lamp/1.jpg');
    expect(lampRow.other_image_url1).toBe('https://img.lumo.example/lamp/2.jpg');
    expect(lampRow.bullet_point2).toBe('Foldable aluminium arm.');
    expect(lampRow.package_weight).toBe('0.75');
    expect(lampRow.package_weight_unit_of_measure).toBe('KG');
    expect(lampRow.parent_child).toBe('');

    const red = rows.get('LUMO-BAG-RED')!;
    expect(red.parent_child).toBe('Child');
    expect(red.parent_sku).toBe('LUMO-BAG');
    expect(red.relationship_type).toBe('Variation');
    expect(red.variation_theme).toBe('Color');
    expect(red.color_name).toBe('Red');
    expect(red.standard_price).toBe('12.99');
    expect(rows.get('LUMO-BAG')!.parent_child).toBe('Parent');
    expect(rows.get('LUMO-BAG')!.standard_price).toBe('');
    expect(result.summary[0].templates).toEqual({ HOME: 'sheet' });
  });

  it('fills a current-dialect German template under its attribute paths, below its example row', () => {
    const { result } = run(
      {
        templates: templateRows('HOME', 'DE', CURRENT_DE),
        translations: [
          translation('LUMO-LAMP', 'DE', { title: 'Lumo LD-3 LED Schreibtischlampe, Weiß' }),
        ],
        products: [lamp()],
      },
      ['DE'],
    );

    const txt = file(result, 'amazon-DE-2026-12-01.txt');
    expect(lines(txt).slice(0, 6)).toEqual(CURRENT_DE);
    const rows = dataRows(txt, 5, 7);
    expect([...rows.keys()]).toEqual(['LUMO-LAMP']);
    const row = rows.get('LUMO-LAMP')!;
    const text = '[marketplace_id=A1PA6795UKMFR9][language_tag=de_DE]';
    expect(row['product_type#1.value']).toBe('HOME');
    expect(row['::record_action']).toBe('Erstellen oder Ersetzen (Vollständige Aktualisierung)');
    expect(row[`item_name${text}#1.value`]).toBe('Lumo LD-3 LED Schreibtischlampe, Weiß');
    expect(row[`brand${text}#1.value`]).toBe('Lumo');
    expect(row[`bullet_point${text}#2.value`]).toBe('Zweiter Punkt.');
    expect(
      row[
        'purchasable_offer[marketplace_id=A1PA6795UKMFR9][audience=ALL]#1.our_price#1.schedule#1.value_with_tax'
      ],
    ).toBe('39.99');
    expect(row['fulfillment_availability#1.fulfillment_channel_code']).toBe('DEFAULT');
    expect(row['amzn1.volt.ca.product_id_type']).toBe('EAN');
    expect(row['amzn1.volt.ca.product_id_value']).toBe('4006381333931');
    expect(row['item_package_dimensions[marketplace_id=A1PA6795UKMFR9]#1.length.value']).toBe('35');
    expect(row['item_package_weight[marketplace_id=A1PA6795UKMFR9]#1.unit']).toBe('kilograms');
    expect(row['parentage_level[marketplace_id=A1PA6795UKMFR9]#1.value']).toBe('');
    expect(result.summary[0].templates).toEqual({ HOME: 'sheet' });

    const lacking = result.findings.find((finding) => finding.rule === 'AMZ.template.columns');
    expect(lacking?.message.en).toContain('product_description');
  });

  it('writes a JSON feed per site with the site marketplace, language and currency', () => {
    const { result } = run(
      {
        translations: ['LUMO-LAMP', 'LUMO-BAG', 'LUMO-BAG-RED', 'LUMO-BAG-BLUE'].flatMap((sku) =>
          ALL.filter((site) => site !== 'UK').map((site) => translation(sku, site)),
        ),
      },
      ALL,
    );

    expectValidFiles(result);
    const expected: Record<Site, [string, string, string]> = {
      UK: ['A1F83G8C2ARO7P', 'en_GB', 'GBP'],
      DE: ['A1PA6795UKMFR9', 'de_DE', 'EUR'],
      FR: ['A13V1IB3VIYZZH', 'fr_FR', 'EUR'],
      IT: ['APJ6JRA9NG5V4', 'it_IT', 'EUR'],
      ES: ['A1RKKUPIHCS9HS', 'es_ES', 'EUR'],
    };
    for (const site of ALL) {
      const document = feed(result, site);
      const [marketplace, language, currency] = expected[site];
      expect(document.header).toEqual({
        sellerId: 'A2LUMOSELLER',
        version: '2.0',
        issueLocale: language,
      });
      const lampMessage = document.messages.find((message) => message.sku === 'LUMO-LAMP')!;
      expect(lampMessage.attributes.item_name[0]).toMatchObject({
        marketplace_id: marketplace,
        language_tag: language,
      });
      expect(lampMessage.attributes.purchasable_offer[0]).toMatchObject({
        currency,
        marketplace_id: marketplace,
      });
      expect(lampMessage.attributes.list_price[0]).toMatchObject({ currency });
    }
    expect(feed(result, 'UK').messages.map((message) => message.sku)).toEqual([
      'LUMO-BAG',
      'LUMO-LAMP',
      'LUMO-BAG-RED',
      'LUMO-BAG-BLUE',
    ]);
    const ukLamp = feed(result, 'UK').messages.find((message) => message.sku === 'LUMO-LAMP')!;
    expect(ukLamp.attributes.purchasable_offer[0].our_price).toEqual([
      { schedule: [{ value_with_tax: 34.99 }] },
    ]);
    const deLamp = feed(result, 'DE').messages.find((message) => message.sku === 'LUMO-LAMP')!;
    expect(deLamp.attributes.purchasable_offer[0].our_price).toEqual([
      { schedule: [{ value_with_tax: 39.99 }] },
    ]);
    expect(deLamp.attributes.item_name[0].value).toBe('Lumo LUMO-LAMP Übersetzt');
    expect(deLamp.attributes.recommended_browse_nodes[0].value).toBe('1000001');
    // The non-text facts come from the new-product row.
    expect(deLamp.attributes.item_package_weight[0]).toMatchObject({
      value: 0.75,
      unit: 'kilograms',
    });
    expect(deLamp.attributes.externally_assigned_product_identifier[0]).toMatchObject({
      type: 'ean',
      value: '4006381333931',
    });
    const blue = feed(result, 'UK').messages.find((message) => message.sku === 'LUMO-BAG-BLUE')!;
    // R4.4b: the blue bag has no main image of its own and shows the family's.
    expect(blue.attributes.main_product_image_locator[0].media_location).toBe(
      'https://img.lumo.example/bag/1.jpg',
    );
    expect(blue.attributes.other_product_image_locator_1[0].media_location).toBe(
      'https://img.lumo.example/bag-blue/2.jpg',
    );
    expect(blue.attributes.child_parent_sku_relationship[0]).toMatchObject({
      parent_sku: 'LUMO-BAG',
      child_relationship_type: 'variation',
    });
    expect(blue.attributes.variation_theme).toEqual([{ name: 'COLOR' }]);
  });

  it('says when it falls back to its built-in layout', () => {
    const { result } = run({});
    expect(result.summary[0].templates).toEqual({ HOME: 'built-in' });
    expect(result.findings.some((finding) => finding.rule === 'AMZ.template.builtIn')).toBe(true);
    const txt = lines(file(result, 'amazon-UK-2026-12-01.txt'));
    expect(txt[0].startsWith('TemplateType=fptcustom')).toBe(true);
    const keys = txt[2].split('\t');
    expect(keys).toContain('item_sku');
    expect(keys).toContain('power_plug_type');
    expect(txt).toHaveLength(3 + 4);
    for (const line of txt.slice(3)) expect(line.split('\t')).toHaveLength(keys.length);
  });

  it('warns once per site when no stock quantity is given, and uses a default when there is one', () => {
    const guessed = run({});
    const warnings = guessed.result.findings.filter((finding) => finding.rule === 'AMZ.stock');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message.en).toContain('3 UK listings');

    const given = run({
      defaults: [
        { productType: 'HOME', site: '', attribute: 'power_plug_type', value: 'no_plug' },
        { productType: 'HOME', site: 'UK', attribute: 'fulfillment_availability', value: '25' },
      ],
    });
    expect(given.result.findings.some((finding) => finding.rule === 'AMZ.stock')).toBe(false);
    const lampMessage = feed(given.result, 'UK').messages.find(
      (message) => message.sku === 'LUMO-LAMP',
    )!;
    expect(lampMessage.attributes.fulfillment_availability).toEqual([
      { fulfillment_channel_code: 'DEFAULT', quantity: 25 },
    ]);
  });

  it('refuses a title with a tab or a line break and exports the other rows', () => {
    const { result } = run({
      products: [
        lamp({ sku: 'TAB-LAMP', title: 'Lumo LD-3 LED Desk\tLamp, White' }),
        lamp({ sku: 'LINE-LAMP', title: 'Lumo LD-3 LED Desk Lamp,\nWhite' }),
        lamp(),
      ],
    });

    for (const sku of ['TAB-LAMP', 'LINE-LAMP']) {
      const findings = refusedFindings(result, 'UK', sku);
      expect(findings).toContainEqual(
        expect.objectContaining({
          rule: 'AMZ.title.chars',
          sheet: 'New products',
          column: 'title',
        }),
      );
    }
    expect(skusIn(result, 'UK')).toEqual(['LUMO-LAMP']);
    const txt = lines(file(result, 'amazon-UK-2026-12-01.txt'));
    expect(txt).toHaveLength(4);
    expect(txt.join('\n')).not.toContain('TAB-LAMP');
  });

  it('refuses a bullet with a tab rather than shifting the columns after it', () => {
    const { result } = run({ products: [lamp({ bullet2: 'Foldable\tarm' })] });
    expect(refusedFindings(result, 'UK', 'LUMO-LAMP')).toContainEqual(
      expect.objectContaining({ rule: 'AMZ.text.control', column: 'bullet2' }),
    );
    expect(result.files).toEqual([]);
  });

  it('refuses a German price written "12,99" and names the cell', () => {
    const { result } = run(
      { products: [lamp()], translations: [translation('LUMO-LAMP', 'DE', { price: '12,99' })] },
      ['DE'],
    );
    const findings = refusedFindings(result, 'DE', 'LUMO-LAMP');
    expect(findings).toContainEqual(
      expect.objectContaining({ sheet: 'Translations', row: 2, column: 'price', rule: 'WB.type' }),
    );
    expect(findings[0].message.en).toContain('12,99');
    expect(result.files).toEqual([]);
  });

  it('refuses a product with no reviewed translation for the site, and a machine draft', () => {
    const { result } = run(
      {
        translations: [
          translation('LUMO-BAG', 'DE'),
          translation('LUMO-BAG-RED', 'DE'),
          translation('LUMO-BAG-BLUE', 'DE', { status: 'Machine draft' }),
        ],
      },
      ['DE'],
    );
    expect(refusedFindings(result, 'DE', 'LUMO-LAMP')).toEqual([
      expect.objectContaining({ rule: 'R4.6', sheet: 'New products', column: 'sku' }),
    ]);
    expect(refusedFindings(result, 'DE', 'LUMO-BAG-BLUE')).toEqual([
      expect.objectContaining({ rule: 'R4.6', sheet: 'Translations', column: 'status', row: 4 }),
    ]);
    expect(skusIn(result, 'DE')).toEqual(['LUMO-BAG', 'LUMO-BAG-RED']);
  });

  it('refuses an image link with spaces', () => {
    const { result } = run({
      products: [lamp({ image2: 'https://img.lumo.example/lamp/2 copy.jpg' }), ...bags()],
    });
    expect(refusedFindings(result, 'UK', 'LUMO-LAMP')).toContainEqual(
      expect.objectContaining({ column: 'image2', rule: 'WB.type' }),
    );
    expect(skusIn(result, 'UK')).not.toContain('LUMO-LAMP');
  });

  it('refuses the rows of a template whose attribute row is missing, pointing at the template', () => {
    const { result } = run({ templates: templateRows('HOME', 'UK', CLASSIC_UK.slice(0, 2)) });
    const problem = result.findings.find((finding) => finding.rule === 'AMZ.template');
    expect(problem).toEqual(
      expect.objectContaining({
        sheet: 'Amazon templates',
        row: 2,
        column: 'content',
        severity: 'error',
      }),
    );
    expect(problem?.message.en).toContain('row 3 is missing');
    expect(result.refused.map((entry) => entry.sku).sort()).toEqual([
      'LUMO-BAG',
      'LUMO-BAG-BLUE',
      'LUMO-BAG-RED',
      'LUMO-LAMP',
    ]);
    expect(result.files).toEqual([]);
  });

  it('refuses a child whose parent was not approved, and exports nothing the director did not approve', () => {
    const [parent, red, blue] = bags();
    const { result } = run({
      products: [
        lamp({ sku: 'DRAFT-LAMP', status: 'Submitted' }),
        { ...parent, status: 'Submitted' },
        red,
        blue,
      ],
    });
    expect(refusedFindings(result, 'UK', 'LUMO-BAG-RED')).toContainEqual(
      expect.objectContaining({ rule: 'R3.5', column: 'parentSku' }),
    );
    expect(result.refused.map((entry) => entry.sku)).toEqual(['LUMO-BAG-RED', 'LUMO-BAG-BLUE']);
    expect(result.files).toEqual([]);
  });

  it('refuses a child whose parent is refused for its own errors', () => {
    const [parent, red, blue] = bags();
    const { result } = run({ products: [lamp(), { ...parent, brand: '' }, red, blue] });
    expect(refusedFindings(result, 'UK', 'LUMO-BAG')).toContainEqual(
      expect.objectContaining({ rule: 'AMZ.required', column: 'brand' }),
    );
    expect(refusedFindings(result, 'UK', 'LUMO-BAG-BLUE')).toContainEqual(
      expect.objectContaining({ rule: 'R3.5' }),
    );
    expect(skusIn(result, 'UK')).toEqual(['LUMO-LAMP']);
  });

  it('names a required attribute the sheets lack and where to give it', () => {
    const { result } = run({ products: [lamp()], defaults: [] });
    const findings = refusedFindings(result, 'UK', 'LUMO-LAMP');
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'AMZ.required', column: 'amazon.power_plug_type', row: 2 }),
    );
    expect(
      findings.find((finding) => finding.column === 'amazon.power_plug_type')?.message.en,
    ).toContain('Amazon defaults');
  });

  it('stamps the exported rows with the batch, once, and not on a dry run', () => {
    const dry = run({}, ['UK'], { dryRun: true, user: '' });
    expect(dry.book.applied).toEqual([]);
    expect(dry.result.edits.length).toBe(1);

    const { book, result } = run({});
    expect(book.applied).toHaveLength(1);
    const values = book.values('New products');
    const batchAt = values[0].indexOf('Export batch');
    const skuAt = values[0].indexOf('SKU');
    const stamped = values.slice(1).map((row) => [row[skuAt], row[batchAt]]);
    expect(stamped).toEqual([
      ['LUMO-LAMP', 'AMZ-2026-12-01-UK'],
      ['LUMO-BAG', 'AMZ-2026-12-01-UK'],
      ['LUMO-BAG-RED', 'AMZ-2026-12-01-UK'],
      ['LUMO-BAG-BLUE', 'AMZ-2026-12-01-UK'],
    ]);
    expect(result.summary[0].batchId).toBe('AMZ-2026-12-01-UK');

    const again = exportAmazon(book, { sites: ['UK'], dryRun: false, user: UPLOADER, now: NOW });
    expect(again.edits).toEqual([]);
    expect(book.applied).toHaveLength(1);
  });

  it('keeps the batches of several sites in one cell', () => {
    const translations = ['LUMO-LAMP', 'LUMO-BAG', 'LUMO-BAG-RED', 'LUMO-BAG-BLUE'].map((sku) =>
      translation(sku, 'DE'),
    );
    const { book } = run({ translations }, ['UK', 'DE']);
    const values = book.values('New products');
    const batchAt = values[0].indexOf('Export batch');
    expect(values[1][batchAt]).toBe('AMZ-2026-12-01-UK, AMZ-2026-12-01-DE');
  });

  it('refuses to stamp for someone who is neither an uploader nor the site owner, writing nothing', () => {
    for (const user of ['', 'stranger@lumo.example', DIRECTOR]) {
      const book = workbook({});
      expect(() => exportAmazon(book, { sites: ['UK'], dryRun: false, user, now: NOW })).toThrow(
        RoleError,
      );
      expect(book.applied).toEqual([]);
    }
    const book = workbook({ translations: [translation('LUMO-LAMP', 'DE')], products: [lamp()] });
    expect(() =>
      exportAmazon(book, { sites: ['UK'], dryRun: false, user: DE_OWNER, now: NOW }),
    ).toThrow(RoleError);
    const german = exportAmazon(book, { sites: ['DE'], dryRun: false, user: DE_OWNER, now: NOW });
    expect(german.summary[0].exported).toBe(1);
  });

  it('marks a confirmed batch Uploaded, for uploaders only', () => {
    const { book } = run({});
    const before = book.values('New products');
    for (const user of ['', 'stranger@lumo.example', DE_OWNER]) {
      expect(() => confirmUpload(book, 'AMZ-2026-12-01-UK', user, NOW)).toThrow(RoleError);
    }
    expect(book.values('New products')).toEqual(before);

    const confirmed = confirmUpload(book, 'AMZ-2026-12-01-UK', UPLOADER, NOW);
    expect(confirmed.rows).toEqual([2, 3, 4, 5]);
    const values = book.values('New products');
    const statusAt = values[0].indexOf('Status');
    expect(values.slice(1).map((row) => row[statusAt])).toEqual([
      'Uploaded',
      'Uploaded',
      'Uploaded',
      'Uploaded',
    ]);

    const unknown = confirmUpload(book, 'AMZ-2026-11-30-UK', UPLOADER, NOW);
    expect(unknown.rows).toEqual([]);
    expect(unknown.findings[0].message.en).toContain('AMZ-2026-11-30-UK');
  });

  it('after the UK upload, still exports the rows to a site they have not reached', () => {
    const { book } = run({});
    confirmUpload(book, 'AMZ-2026-12-01-UK', UPLOADER, NOW);
    const tabs = Object.fromEntries(
      [...book.tabs.keys()].map((name) => [name, book.values(name)]),
    ) as Record<string, Cell[][]>;
    const translations = ['LUMO-LAMP', 'LUMO-BAG', 'LUMO-BAG-RED', 'LUMO-BAG-BLUE'].map((sku) =>
      translation(sku, 'DE'),
    );
    const withGerman = new MemoryWorkbook({
      ...tabs,
      Translations: workbook({ translations }).values('Translations'),
    });
    const later = new Date('2026-12-03T02:00:00Z');
    const uk = exportAmazon(withGerman, { sites: ['UK'], dryRun: true, user: '', now: later });
    expect(uk.summary[0]).toMatchObject({ exported: 0, alreadyExported: 4 });
    const de = exportAmazon(withGerman, { sites: ['DE'], dryRun: true, user: '', now: later });
    expect(de.summary[0]).toMatchObject({ exported: 4, alreadyExported: 0 });
  });
});

/** An e-packet line to a site: ¥20 a parcel plus so much a kilogram, up to 2 kg. */
function epacket(destination: string, perKgCny: number): Row {
  return {
    channel: `E-packet ${destination}`,
    carrier: '4PX',
    kind: 'epacket',
    destination,
    maxKg: 2,
    perKgCny,
    perParcelCny: 20,
    active: 'yes',
  };
}

const RATES: Row[] = [
  { month: '2026-11', currency: 'GBP', rate: 9 },
  { month: '2026-11', currency: 'EUR', rate: 7.8 },
];

describe('export to Amazon: an empty price', () => {
  /*
   * The lamp: ¥45 purchase, 0.75 kg. To the UK at ¥20 + ¥80/kg the freight is ¥80, landed
   * ¥125. With £1 = ¥9, VAT 20 % and a 15 % referral fee the lowest price reaching 30 % is
   * 125 × 1.2 / (9 × (1 − 0.15 × 1.2 − 0.30)) = 150 / 4.68 = £32.05 → £32.99:
   *   £32.99: 296.91 / 1.2 = 247.425 net, fee 44.5365, profit 77.8885 → 31.47 %
   *   £31.99: 287.91 / 1.2 = 239.925 net, fee 43.1865, profit 71.7385 → 29.90 %, too little.
   */
  it('goes out at the suggested UK price, and the result says which price was used', () => {
    const { result } = run({
      products: [lamp({ price: '' })],
      channels: [epacket('UK', 80)],
      fx: RATES,
    });

    expect(result.refused).toEqual([]);
    const lamp1 = feed(result, 'UK').messages[0];
    expect(lamp1.attributes.purchasable_offer[0].our_price).toEqual([
      { schedule: [{ value_with_tax: 32.99 }] },
    ]);
    const said = result.findings.filter((finding) => finding.rule === 'R4.2d');
    expect(said).toEqual([
      expect.objectContaining({
        sheet: 'New products',
        row: 2,
        column: 'price',
        severity: 'warning',
      }),
    ]);
    expect(said[0].message.en).toContain(
      'the price is empty: suggested £32.99 (margin 31.47%, minimum 30%; ' +
        'freight 80.00 CNY by E-packet UK)',
    );
  });

  it('leaves the empty price cell empty: the suggestion follows the costs of each export', () => {
    const { book } = run({
      products: [lamp({ price: '' })],
      channels: [epacket('UK', 80)],
      fx: RATES,
    });

    const values = book.values('New products');
    expect(values[1][values[0].indexOf('Price')]).toBe('');
  });

  /*
   * To Germany at ¥20 + ¥85/kg the freight is ¥83.75, landed ¥128.75; with €1 = ¥7.8 and
   * VAT 19 %: 128.75 × 1.19 / (7.8 × (1 − 0.15 × 1.19 − 0.30)) = 153.2125 / 4.0677 = €37.67
   * → €37.99 (30.44 %); €36.99 would leave 29.04 %.
   */
  it("goes out at the suggested euro price when a German translation's price is empty", () => {
    const { result } = run(
      {
        products: [lamp()],
        translations: [translation('LUMO-LAMP', 'DE', { price: '' })],
        channels: [epacket('UK', 80), epacket('DE', 85)],
        fx: RATES,
      },
      ['UK', 'DE'],
    );

    expect(result.refused).toEqual([]);
    expect(feed(result, 'DE').messages[0].attributes.purchasable_offer[0]).toMatchObject({
      currency: 'EUR',
      our_price: [{ schedule: [{ value_with_tax: 37.99 }] }],
    });
    expect(feed(result, 'UK').messages[0].attributes.purchasable_offer[0].our_price).toEqual([
      { schedule: [{ value_with_tax: 34.99 }] },
    ]);
    const said = result.findings.filter((finding) => finding.rule === 'R4.2d');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ sheet: 'Translations', row: 2, column: 'price' });
    expect(said[0].message.en).toContain('suggested €37.99 (margin 30.44%');
  });

  it('converts at the rate of the latest month up to the export date', () => {
    // In December £1 = ¥9.5: 150 / (9.5 × 0.52) = £30.36 → £30.99.
    const book = workbook({
      products: [lamp({ price: '' })],
      channels: [epacket('UK', 80)],
      fx: [...RATES, { month: '2026-12', currency: 'GBP', rate: 9.5 }],
    });
    const price = (date: string) => {
      const result = exportAmazon(book, { sites: ['UK'], date, dryRun: true, user: '', now: NOW });
      const json = JSON.parse(file(result, `amazon-UK-${date}.json`).content as string);
      return json.messages[0].attributes.purchasable_offer[0].our_price;
    };

    expect(price('2026-12-01')).toEqual([{ schedule: [{ value_with_tax: 30.99 }] }]);
    expect(price('2026-11-30')).toEqual([{ schedule: [{ value_with_tax: 32.99 }] }]);
  });

  it('refuses the row, with the reason, when no channel goes to the site', () => {
    const { result } = run(
      {
        products: [lamp()],
        translations: [translation('LUMO-LAMP', 'DE', { price: '' })],
        channels: [epacket('UK', 80)],
        fx: RATES,
      },
      ['UK', 'DE'],
    );

    expect(result.summary.map((site) => [site.site, site.exported])).toEqual([
      ['UK', 1],
      ['DE', 0],
    ]);
    expect(refusedFindings(result, 'DE', 'LUMO-LAMP')).toEqual([
      expect.objectContaining({
        sheet: 'Translations',
        row: 2,
        column: 'price',
        rule: 'R4.2d',
        severity: 'error',
      }),
    ]);
    expect(refusedFindings(result, 'DE', 'LUMO-LAMP')[0].message.en).toContain(
      'the price is empty and none can be suggested: no channel takes a 0.75 kg parcel to DE',
    );
  });

  it('refuses the row, with the reason, when there is no rate for the currency', () => {
    const { result } = run({
      products: [lamp({ price: '' })],
      channels: [epacket('UK', 80)],
      fx: [{ month: '2026-11', currency: 'EUR', rate: 7.8 }],
    });

    const [finding] = refusedFindings(result, 'UK', 'LUMO-LAMP');
    expect(finding).toMatchObject({ column: 'price', rule: 'R4.2d' });
    expect(finding.message.en).toContain('no GBP rate for 2026-12 or any month before');
    expect(result.files).toEqual([]);
  });

  it('asks no price of a variation parent', () => {
    const { result } = run({ products: bags(), channels: [], fx: [] });

    expect(result.refused).toEqual([]);
    expect(result.summary[0].exported).toBe(3);
  });
});

describe('export of the demo workbook', () => {
  it('writes files for all five sites that Amazon schemas accept', () => {
    let demoTabs: (() => Array<{ name: string; values: Cell[][] }>) | null = null;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      demoTabs = require('../../src/demo/demo-workbook').demoTabs;
    } catch (error) {
      // Until the demo workbook is part of the build, there is nothing to export.
      if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    }
    if (!demoTabs) return;
    const book = new MemoryWorkbook(
      Object.fromEntries(demoTabs().map((tab) => [tab.name, tab.values])),
    );
    const result = exportAmazon(book, { sites: ALL, dryRun: true, user: '', now: NOW });

    expect(result.summary.map((site) => site.site)).toEqual(ALL);
    expectValidFiles(result);
    for (const site of result.summary) {
      expect(site.exported).toBeGreaterThan(0);
      expect(site.files).toContain(`amazon-${site.site}-2026-12-01.json`);
      const texts = result.files.filter(
        (output) => output.name.startsWith(`amazon-${site.site}-`) && output.name.endsWith('.txt'),
      );
      let rows = 0;
      for (const output of texts) {
        const txt = lines(output);
        const keys = txt[2].split('\t');
        for (const line of txt.slice(3)) expect(line.split('\t')).toHaveLength(keys.length);
        rows += txt.length - 3;
      }
      expect(rows).toBe(site.exported);
    }
  });
});
