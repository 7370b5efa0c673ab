import type { ListingInput } from '../../../src/core/amazon/listing';
import type { Cell } from '../../../src/core/cells';
import type {
  AmazonDefaultRow,
  NewProductRow,
  TranslationRow,
} from '../../../src/core/contract/rows';
import { SHEETS } from '../../../src/core/contract/sheets';
import type { SheetId } from '../../../src/core/contract/types';
import type { Lang } from '../../../src/core/i18n';
import { readSheet } from '../../../src/core/reader';
import { readSettings } from '../../../src/core/settings';
import { MemoryWorkbook } from '../../support/memory-workbook';

/**
 * A small seller's workbook for the Amazon export tests: one lamp, one bag family (a parent
 * and two colours), reviewed German translations, HOME defaults, and users with roles.
 */

export type Row = Record<string, Cell>;

export const UPLOADER = 'uploader@lumo.example';
export const DE_OWNER = 'de-owner@lumo.example';
export const DIRECTOR = 'director@lumo.example';

/** A tab of a contract sheet, headers in one language, plus `amazon.*` columns. */
export function contractTab(id: SheetId, rows: Row[], lang: Lang = 'en'): Cell[][] {
  const columns = SHEETS[id].columns.map((column) => column.id);
  const extra = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter(
    (key) => !columns.includes(key),
  );
  for (const key of extra) if (!key.startsWith('amazon.')) throw new Error(`no column ${key}`);
  const header = [...SHEETS[id].columns.map((column) => column.label[lang]), ...extra];
  return [header, ...rows.map((row) => [...columns, ...extra].map((key) => row[key] ?? ''))];
}

const IMAGE = (slug: string, n: number): string => `https://img.lumo.example/${slug}/${n}.jpg`;

/** An approved UK product that passes every check. */
export function lamp(overrides: Row = {}): Row {
  return {
    date: '2026-11-20',
    sku: 'LUMO-LAMP',
    productType: 'HOME',
    browseNode: '3146311',
    productId: '4006381333931',
    productIdType: 'EAN',
    countryOfOrigin: 'CN',
    brand: 'Lumo',
    model: 'LD-3',
    productName: 'LED Desk Lamp',
    feature: 'Dimmable',
    material: 'Aluminium',
    color: 'White',
    size: '35 x 13 cm',
    quantity: '1',
    title: 'Lumo LD-3 LED Desk Lamp, Dimmable, Aluminium, White',
    bullet1: 'Five brightness levels for reading and work.',
    bullet2: 'Foldable aluminium arm.',
    bullet3: 'USB charging port in the base.',
    description: 'Parameters: 10 W, 5 V.\nFeatures: touch dimming.',
    keywords: 'reading lamp bedside light',
    image1: IMAGE('lamp', 1),
    image2: IMAGE('lamp', 2),
    image3: IMAGE('lamp', 3),
    supplierUrl: 'https://detail.1688.com/offer/675318204519.html',
    costCny: 45,
    weightKg: 0.75,
    lengthCm: 35,
    widthCm: 13,
    heightCm: 8,
    battery: 'N',
    fragile: 'Y',
    reason: 'Good sales, few sellers',
    advantage: 'Metal arm',
    price: 34.99,
    status: 'Approved',
    ...overrides,
  };
}

/** A bag family: the parent (no price, theme Color) and a red and a blue child. */
export function bags(): Row[] {
  const common = {
    productType: 'HOME',
    browseNode: '3310901',
    brand: 'Lumo',
    model: 'TB-1',
    productName: 'Tote Bag',
    material: 'Cotton',
    size: '40 x 35 cm',
    quantity: '1',
    bullet1: 'Strong cotton canvas.',
    bullet2: 'Inner pocket.',
    description: 'A cotton tote bag.',
    keywords: 'shopping bag canvas',
    supplierUrl: 'https://detail.1688.com/offer/612345678901.html',
    costCny: 8,
    weightKg: 0.2,
    lengthCm: 30,
    widthCm: 25,
    heightCm: 2,
    reason: 'Cheap to ship',
    advantage: 'Thick canvas',
    status: 'Approved',
  };
  return [
    {
      ...common,
      sku: 'LUMO-BAG',
      variationTheme: 'Color',
      title: 'Lumo TB-1 Tote Bag, Cotton',
      gtinExempt: 'Y',
      image1: IMAGE('bag', 1),
    },
    {
      ...common,
      sku: 'LUMO-BAG-RED',
      parentSku: 'LUMO-BAG',
      color: 'Red',
      title: 'Lumo TB-1 Tote Bag, Cotton, Red',
      productId: '0012345678905',
      image2: IMAGE('bag-red', 2),
      image3: IMAGE('bag-red', 3),
      price: 12.99,
    },
    {
      ...common,
      sku: 'LUMO-BAG-BLUE',
      parentSku: 'LUMO-BAG',
      color: 'Blue',
      title: 'Lumo TB-1 Tote Bag, Cotton, Blue',
      gtinExempt: 'Y',
      image2: IMAGE('bag-blue', 2),
      image3: IMAGE('bag-blue', 3),
      price: 12.99,
    },
  ];
}

/** A reviewed translation of a product for a site. */
export function translation(sku: string, site: string, overrides: Row = {}): Row {
  return {
    sku,
    site,
    title: `Lumo ${sku} Übersetzt`,
    bullet1: 'Erster Punkt.',
    bullet2: 'Zweiter Punkt.',
    description: 'Beschreibung.',
    keywords: 'lampe tasche',
    browseNode: '1000001',
    price: 39.99,
    status: 'Reviewed',
    translator: 'Anna',
    ...overrides,
  };
}

/** The Amazon defaults every HOME product of these tests takes. */
export function homeDefaults(): Row[] {
  return [{ productType: 'HOME', site: '', attribute: 'power_plug_type', value: 'no_plug' }];
}

export function settingsRows(overrides: Record<string, string> = {}): Row[] {
  const values: Record<string, string> = {
    directors: DIRECTOR,
    uploaders: UPLOADER,
    'owner.DE': DE_OWNER,
    sellerId: 'A2LUMOSELLER',
    ...overrides,
  };
  return Object.entries(values).map(([key, value]) => ({ key, value }));
}

export interface Sheets {
  products?: Row[];
  translations?: Row[];
  defaults?: Row[];
  templates?: Row[];
  settings?: Row[];
  /** Shipping channels and FX rates, for prices the export suggests; absent when not given. */
  channels?: Row[];
  fx?: Row[];
}

/** The tabs of a workbook holding these sheets, English headers. */
export function tabs(sheets: Sheets = {}): Record<string, Cell[][]> {
  const result: Record<string, Cell[][]> = {
    Settings: contractTab('settings', sheets.settings ?? settingsRows()),
    'New products': contractTab('newProducts', sheets.products ?? [lamp(), ...bags()]),
    Translations: contractTab('translations', sheets.translations ?? []),
    'Amazon defaults': contractTab('amazonDefaults', sheets.defaults ?? homeDefaults()),
  };
  if (sheets.templates)
    result['Amazon templates'] = contractTab('amazonTemplates', sheets.templates);
  if (sheets.channels)
    result['Shipping channels'] = contractTab('shippingChannels', sheets.channels);
  if (sheets.fx) result['FX rates'] = contractTab('fx', sheets.fx);
  return result;
}

export function workbook(sheets: Sheets = {}): MemoryWorkbook {
  return new MemoryWorkbook(tabs(sheets));
}

/** What the core's listing builder reads, straight from the tabs. */
export function listingInput(sheets: Sheets = {}): ListingInput {
  const all = tabs(sheets);
  const read = <T>(id: SheetId, name: string) =>
    readSheet<T>(SHEETS[id], all[name], { sheetName: name, timeZone: 'UTC' });
  const settings = readSettings(read('settings', 'Settings')).settings;
  return {
    products: read<NewProductRow>('newProducts', 'New products'),
    translations: read<TranslationRow>('translations', 'Translations'),
    defaults: read<AmazonDefaultRow>('amazonDefaults', 'Amazon defaults'),
    settings,
    pricing: null,
  };
}

/** Template rows for the Amazon templates sheet: one sheet row per header row. */
export function templateRows(productType: string, site: string, rows: string[]): Row[] {
  return rows.map((content, i) => ({ productType, site, row: i + 1, content }));
}

/** A classic UK template: its own first row (with trailing empty cells), labels and keys. */
export const CLASSIC_UK = [
  'TemplateType=fptcustom\tVersion=2025.1207\tTemplateSignature=SE9NRQ==\tsettings=contentLanguageTag=en_GB&feedType=113&headerLanguageTag=en_GB&labelRow=2&attributeRow=3&dataRow=4&primaryMarketplaceId=amzn1.mp.o.A1F83G8C2ARO7P\tThe top 3 rows are for Amazon use only.\tImages\t\t',
  'Product Type\tSeller SKU\tBrand Name\tItem Name\tProduct ID\tProduct ID Type\tStandard Price\tQuantity\tMain Image URL\tOther Image URL1\tParentage\tParent SKU\tRelationship Type\tVariation Theme\tKey Product Features1\tKey Product Features2\tColour\tPackage Weight\tPackage Weight Unit\tUpdate Delete',
  'feed_product_type\titem_sku\tbrand_name\titem_name\texternal_product_id\texternal_product_id_type\tstandard_price\tquantity\tmain_image_url\tother_image_url1\tparent_child\tparent_sku\trelationship_type\tvariation_theme\tbullet_point1\tbullet_point2\tcolor_name\tpackage_weight\tpackage_weight_unit_of_measure\tupdate_delete',
];

const DE_MARKET = 'A1PA6795UKMFR9';
const DE_TEXT = `[marketplace_id=${DE_MARKET}][language_tag=de_DE]`;

/** A current-dialect German template: settings in A1, keys on row 5, data from row 7. */
export const CURRENT_DE = [
  `settings=feedType=256&labelRow=4&attributeRow=5&dataRow=7&primaryMarketplaceId=amzn1.mp.o.${DE_MARKET}&contentLanguageTag=de_DE&headerLanguageTag=de_DE&templateIdentifier=3c1f9a52-77d0-4c2b-9a61-0d5e2b8c4f11`,
  'Bitte nur die Zeilen ab Zeile 7 ausfüllen.',
  'Angebotsidentität\t\t\tProdukt',
  'SKU\tProdukttyp\tAktion\tProduktname\tMarke\tAufzählungspunkt\tAufzählungspunkt\tPreis\tVersand\tMenge\tProdukt-ID-Typ\tProdukt-ID\tHauptbild\tElternteil\tEltern-SKU\tVariantenthema\tPaketlänge\tPaketgewicht\tGewichtseinheit',
  [
    'contribution_sku#1.value',
    'product_type#1.value',
    '::record_action',
    `item_name${DE_TEXT}#1.value`,
    `brand${DE_TEXT}#1.value`,
    `bullet_point${DE_TEXT}#1.value`,
    `bullet_point${DE_TEXT}#2.value`,
    `purchasable_offer[marketplace_id=${DE_MARKET}][audience=ALL]#1.our_price#1.schedule#1.value_with_tax`,
    'fulfillment_availability#1.fulfillment_channel_code',
    'fulfillment_availability#1.quantity',
    'amzn1.volt.ca.product_id_type',
    'amzn1.volt.ca.product_id_value',
    `main_product_image_locator[marketplace_id=${DE_MARKET}]#1.media_location`,
    `parentage_level[marketplace_id=${DE_MARKET}]#1.value`,
    `child_parent_sku_relationship[marketplace_id=${DE_MARKET}]#1.parent_sku`,
    'variation_theme#1.name',
    `item_package_dimensions[marketplace_id=${DE_MARKET}]#1.length.value`,
    `item_package_weight[marketplace_id=${DE_MARKET}]#1.value`,
    `item_package_weight[marketplace_id=${DE_MARKET}]#1.unit`,
  ].join('\t'),
  'ABC123\tHOME\tErstellen oder Ersetzen (Vollständige Aktualisierung)\tBeispiel – nicht löschen',
];
