import type { Parsed } from '../cells';
import { t } from '../i18n';

/** Amazon's limit on a title, spaces included. */
export const TITLE_MAX_CHARS = 200;

/**
 * Characters Amazon does not allow in titles (outside the brand name, where they may be part
 * of a registered name).
 */
const BANNED_CHARACTERS = /[!$?_{}^¬¦]/g;

/** The parts of a title in the order R4.3b gives them. */
export interface TitleParts {
  brand: string;
  model: string;
  productName: string;
  feature: string;
  material: string;
  color: string;
  size: string;
  quantity: string;
}

function clean(text: string): string {
  return text.replace(BANNED_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
}

/** A bare count becomes "Pack of N"; one piece says nothing; any other wording is kept. */
function quantityText(quantity: string): string {
  const count = /^\d+$/.test(quantity) ? Number(quantity) : null;
  if (count === null) return quantity;
  return count > 1 ? `Pack of ${count}` : '';
}

/** Cuts a title to the limit at a word boundary, without a dangling comma. */
function fitted(title: string): string {
  if (title.length <= TITLE_MAX_CHARS) return title;
  const cut = title.slice(0, TITLE_MAX_CHARS + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, TITLE_MAX_CHARS);
  return words.replace(/[\s,;:/&-]+$/, '');
}

/**
 * An Amazon title from the parts of R4.3b: brand, model and product name (the core keyword)
 * first, then key feature, material, colour, size and quantity, comma-separated, with
 * Amazon's banned characters removed and no more than 200 characters.
 */
export function amazonTitle(parts: TitleParts): Parsed<string> {
  const productName = clean(parts.productName);
  if (productName === '') {
    return {
      ok: false,
      problem: t(
        '产品名称（核心关键词）为空：标题必须包含它',
        'the product name (core keyword) is empty: a title needs it',
      ),
    };
  }
  const head = [parts.brand.replace(/\s+/g, ' ').trim(), clean(parts.model), productName]
    .filter(Boolean)
    .join(' ');
  const details = [parts.feature, parts.material, parts.color, parts.size]
    .map(clean)
    .concat(clean(quantityText(parts.quantity.trim())))
    .filter(Boolean);
  return { ok: true, value: fitted([head, ...details].join(', ')) };
}
