import type { Finding } from '../findings';
import { t } from '../i18n';
import { cellFinding } from '../reader';
import { containsPhrase } from './title';
import type { NewProductEntry, NewProductSheet } from './sheet';

/** Amazon product types of things worn, whose descriptions must state every size (R4.3d). */
export const CLOTHING_PRODUCT_TYPES: ReadonlySet<string> = new Set([
  'SHIRT',
  'PANTS',
  'SHORTS',
  'DRESS',
  'SKIRT',
  'COAT',
  'SWEATER',
  'SWEATSHIRT',
  'BLAZER',
  'VEST',
  'SUIT',
  'UNDERWEAR',
  'BRA',
  'SOCKS',
  'TIGHTS',
  'SLEEPWEAR',
  'SWIMWEAR',
  'OVERALLS',
  'SHOES',
  'BOOT',
  'SANDAL',
  'SLIPPER',
  'HAT',
  'GLOVES',
  'APPAREL',
]);

/** Words that show a description carries a size chart. */
export const SIZE_CHART_WORDS = [
  '尺码表',
  '尺码对照',
  '尺寸表',
  'size chart',
  'size guide',
  'size table',
  'größentabelle',
  'guide des tailles',
  'tableau des tailles',
  'tabella taglie',
  'tabella delle taglie',
  'guía de tallas',
  'tabla de tallas',
] as const;

/** True for a product type of clothing, shoes or hats. */
export function isClothing(productType: string | null): boolean {
  return productType !== null && CLOTHING_PRODUCT_TYPES.has(productType.trim().toUpperCase());
}

/** The sizes a row is sold in: its own, or every size its variation family uses. */
function familySizes(sheet: NewProductSheet, row: NewProductEntry): string[] {
  const parentSku = row.parentSku ?? row.sku;
  const family = [row, ...(parentSku ? (sheet.childrenOf.get(parentSku) ?? []) : [])];
  const sizes = family.map((member) => member.size?.trim() ?? '').filter(Boolean);
  return [...new Set(sizes)];
}

/**
 * R4.3d: a clothing description states every detailed size: it carries a size chart, or names
 * every size the product (or its variation family) is sold in.
 */
export function checkClothingSizes(sheet: NewProductSheet): Finding[] {
  const findings: Finding[] = [];
  for (const row of sheet.rows) {
    if (!isClothing(row.productType)) continue;
    const description = row.description ?? '';
    const lower = description.toLowerCase();
    if (SIZE_CHART_WORDS.some((word) => lower.includes(word))) continue;
    const sizes = familySizes(sheet, row);
    const missing = sizes.filter((size) => !containsPhrase(description, size));
    if (sizes.length > 0 && missing.length === 0) continue;
    const problem =
      sizes.length === 0
        ? t(
            '服装的描述必须写明详细尺码（加尺码表）',
            'a clothing description must state every size (add a size chart)',
          )
        : t(
            `服装的描述必须写明每个尺码，缺少：${missing.join('、')}（或加尺码表）`,
            `a clothing description must state every size; missing: ${missing.join(', ')} ` +
              '(or add a size chart)',
          );
    findings.push(
      cellFinding(sheet.layout, row.rowNumber, 'description', 'R4.3d', 'error', problem),
    );
  }
  return findings;
}
