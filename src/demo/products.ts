import { enumLabel } from '../core/contract/headers';
import { PLATFORM, PRODUCT_STATUS } from '../core/contract/sheets';
import { chineseDayText, slashText, wallDate } from './calendar';
import { BRAND, CATALOGUE, ean13 } from './catalogue';
import type { DemoProduct } from './catalogue';
import { contractTab } from './tabs';
import type { DemoColumn, DemoRecord, DemoTab } from './tabs';
import { TEAM } from './team';

const YES = '是';
const NO = '否';
const yesNo = (value: boolean): string => (value ? YES : NO);

/** What the researchers wrote for themselves in a column of their own. */
const INTERNAL_NOTES: Record<string, string> = {
  'LUM-DL01': '样品已到，灯光测试OK',
  'LUM-TS03': '样品摔过一次未破，包装可以',
  'LUM-NL05': '带电资料已发给云途',
  'LUM-TB06': '主图拍全部颜色',
  'LUM-BD07': '和BB-3一起拍场景图',
  'LUM-CM09': '等样品',
};

/**
 * The 上新表 columns in the order the researchers keep them: what they fill first on the
 * left, the listing text further right, and their own 内部备注 column in the middle.
 */
const NEW_PRODUCT_COLUMNS: DemoColumn[] = [
  'date',
  'sku',
  'parentSku',
  'variationTheme',
  'productName',
  'status',
  'supplierUrl',
  'supplierName',
  'costCny',
  'price',
  'weightKg',
  'lengthCm',
  'widthCm',
  'heightCm',
  'battery',
  'powder',
  'liquid',
  'bulky',
  'fragile',
  'reason',
  'advantage',
  'notes',
  { own: '内部备注' },
  'productType',
  'browseNode',
  'productId',
  'productIdType',
  'gtinExempt',
  'countryOfOrigin',
  'brand',
  'model',
  'feature',
  'material',
  'color',
  'size',
  'quantity',
  'title',
  'bullet1',
  'bullet2',
  'bullet3',
  'bullet4',
  'bullet5',
  'description',
  'keywords',
  'image1',
  'image2',
  'image3',
  'image4',
  'image5',
  'amazon.power_plug_type',
  'amazon.is_fragile',
  'reviewer',
  'reviewedAt',
  'reviewNote',
];

function researchDay(product: DemoProduct, i: number): Date | string {
  if (i === 3) return chineseDayText(product.date);
  if (i === 8) return slashText(product.date);
  return wallDate(product.date);
}

function newProductRecord(product: DemoProduct, i: number): DemoRecord {
  const reviewed = product.status === 'Approved' || product.status === 'Uploaded';
  const cost = product.suppliers[0].unitCny;
  const record: DemoRecord = {
    date: researchDay(product, i),
    sku: product.sku,
    parentSku: product.parentSku ?? null,
    variationTheme: product.variationTheme ?? null,
    productName: product.productName,
    status: enumLabel(PRODUCT_STATUS, product.status, 'zh'),
    supplierUrl: product.suppliers[0].url,
    supplierName: product.suppliers[0].name,
    costCny: product.sku === 'LUM-TS03' ? `￥${cost.toFixed(2)}` : cost,
    price: product.priceGbp,
    weightKg: product.weightKg,
    lengthCm: product.dims[0],
    widthCm: product.dims[1],
    heightCm: product.dims[2],
    battery: yesNo(product.battery),
    powder: NO,
    liquid: NO,
    bulky: yesNo(product.bulky),
    fragile: yesNo(product.fragile),
    reason: product.reason,
    advantage: product.advantage,
    notes: product.notes,
    内部备注: INTERNAL_NOTES[product.sku] ?? null,
    productType: 'HOME',
    browseNode: product.browseNode,
    productId: product.eanBase ? ean13(product.eanBase) : null,
    productIdType: product.eanBase ? 'EAN' : null,
    gtinExempt: yesNo(!product.eanBase),
    countryOfOrigin: 'CN',
    brand: BRAND,
    model: product.model,
    feature: product.feature,
    material: product.material,
    color: product.color || null,
    size: product.size || null,
    quantity: product.quantity || null,
    title: product.title || null,
    description: product.description,
    keywords: product.keywords,
    'amazon.power_plug_type': product.plugType ?? null,
    'amazon.is_fragile': product.amazonFragile ?? null,
    reviewer: reviewed ? TEAM.director : null,
    reviewedAt: reviewed && product.reviewedAt ? wallDate(product.reviewedAt) : null,
    reviewNote: product.reviewNote ?? null,
  };
  product.bullets.forEach((bullet, n) => (record[`bullet${n + 1}`] = bullet));
  product.images.forEach((url, n) => (record[`image${n + 1}`] = url));
  return record;
}

/** The 上新表: every researched SKU, in Chinese, with the researchers' own column order. */
export function newProductsTab(): DemoTab {
  return contractTab(
    'newProducts',
    { lang: 'zh', columns: NEW_PRODUCT_COLUMNS },
    CATALOGUE.map(newProductRecord),
  );
}

/**
 * The SKU供应商总表: a row per SKU and supplier for every approved SKU (R4.1, R5.2a), the
 * preferred supplier first; `lastBought` gives the day each SKU was last bought.
 */
export function skuSuppliersTab(lastBought: Map<string, string>): DemoTab {
  const records: DemoRecord[] = [];
  for (const product of CATALOGUE) {
    if (product.status !== 'Approved' && product.status !== 'Uploaded') continue;
    product.suppliers.forEach((supplier, n) => {
      const last = n === 0 ? lastBought.get(product.sku) : undefined;
      records.push({
        sku: product.sku,
        productName: product.productName,
        supplierName: supplier.name,
        supplierUrl: supplier.url,
        platform: enumLabel(PLATFORM, supplier.platform, 'zh'),
        unitCostCny: supplier.unitCny,
        agentPriceCny: supplier.agentCny ?? null,
        moq: supplier.moq,
        contact: supplier.contact,
        weightKg: product.weightKg,
        lengthCm: product.dims[0],
        widthCm: product.dims[1],
        heightCm: product.dims[2],
        battery: yesNo(product.battery),
        powder: NO,
        liquid: NO,
        addedOn: wallDate((product.reviewedAt ?? product.date).slice(0, 10)),
        lastBoughtOn: last ? wallDate(last) : null,
        preferred: yesNo(n === 0),
        notes: supplier.notes ?? null,
      });
    });
  }
  return contractTab('skuSuppliers', { lang: 'zh' }, records);
}

/** Values Amazon's HOME product type asks for that most Lumora products share. */
export function amazonDefaultsTab(): DemoTab {
  return contractTab(
    'amazonDefaults',
    { lang: 'en' },
    [
      ['', 'power_plug_type', 'no_plug'],
      ['', 'is_fragile', 'false'],
      ['', 'batteries_required', 'false'],
      ['', 'supplier_declared_dg_hz_regulation', 'not_applicable'],
      ['', 'condition_type', 'new_new'],
      ['DE', 'gpsr_safety_attestation', 'true'],
    ].map(([site, attribute, value]) => ({
      productType: 'HOME',
      site: site || null,
      attribute,
      value,
    })),
  );
}

/** Terms every translation keeps or renders the same way: the brand, the models, key words. */
export const GLOSSARY: Array<{ site: string; term: string; translation: string }> = [
  { site: 'DE', term: 'desk lamp', translation: 'Schreibtischlampe' },
  { site: 'DE', term: 'bamboo', translation: 'Bambus' },
  { site: 'DE', term: 'tea set', translation: 'Teeservice' },
  { site: 'DE', term: 'night light', translation: 'Nachtlicht' },
  { site: 'DE', term: 'throw blanket', translation: 'Kuscheldecke' },
  { site: 'FR', term: 'desk lamp', translation: 'lampe de bureau' },
  { site: 'FR', term: 'bamboo', translation: 'bambou' },
  { site: 'FR', term: 'night light', translation: 'veilleuse' },
  { site: 'FR', term: 'throw blanket', translation: 'plaid' },
  { site: 'IT', term: 'desk lamp', translation: 'lampada da scrivania' },
  { site: 'IT', term: 'bamboo', translation: 'bambù' },
  { site: 'IT', term: 'tea set', translation: 'servizio da tè' },
  { site: 'IT', term: 'night light', translation: 'luce notturna' },
  { site: 'ES', term: 'desk lamp', translation: 'lámpara de escritorio' },
  { site: 'ES', term: 'bamboo', translation: 'bambú' },
  { site: 'ES', term: 'throw blanket', translation: 'manta' },
  { site: 'ES', term: 'night light', translation: 'luz nocturna' },
];

/** The Glossary sheet: names kept as they are on every site, then fixed terms per site. */
export function glossaryTab(): DemoTab {
  const models = [...new Set(CATALOGUE.map((product) => product.model))];
  const kept: DemoRecord[] = [BRAND, ...models].map((term, i) => ({
    site: null,
    term,
    translation: null,
    keep: i % 2 === 0 ? 'Y' : true,
  }));
  const fixed: DemoRecord[] = GLOSSARY.map((entry) => ({ ...entry, keep: 'N' }));
  return contractTab('glossary', { lang: 'en' }, [...kept, ...fixed]);
}
