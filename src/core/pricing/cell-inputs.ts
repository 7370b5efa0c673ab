import { isBlank, parseDecimal, parseMoney, parsePercent, parseYesNo } from '../cells';
import type { Cell, Parsed } from '../cells';
import { enumCode } from '../contract/headers';
import { SITE_OPTIONS } from '../contract/sheets';
import type { Site } from '../contract/sheets';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { toDecimal } from '../money';
import type { Cents, Decimal } from '../money';
import { gramsOf } from './parcel';
import type { Grams, ParcelSize } from './parcel';

/**
 * What people type into the cells that pricing reads, parsed strictly: every problem names
 * the input ("weight", "price") and the text as typed, and says what to write instead.
 */

const bad = <T>(zh: string, en: string): Parsed<T> => ({ ok: false, problem: t(zh, en) });

function shown(cell: Cell): string {
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
}

/** Prefixes a cell parser's problem with the input it concerns. */
function about<T>(label: Localized, parsed: Parsed<T>): Parsed<T> {
  if (parsed.ok) return parsed;
  return bad(`${label.zh}：${parsed.problem.zh}`, `${label.en}: ${parsed.problem.en}`);
}

const WEIGHT = t('重量', 'weight');
const IN_KG = /^(.*?)\s*(?:kgs?|公斤|千克)$/i;
const IN_GRAMS = /^([\d.]+)\s*(?:g|gr|grams?|克)$/i;
const IN_OTHER_UNIT = /^[\d.,\s]+\s*(?:lbs?|oz|斤|两|磅|t|mg)$/i;

/** The three-letter code of the currency a money mark stands for, if the text has one. */
function currencyMarked(text: string): string | null {
  if (/[¥￥元]|\b(?:CNY|RMB)\b/i.test(text)) return 'CNY';
  if (/£|\bGBP\b/i.test(text)) return 'GBP';
  if (/€|\bEUR\b/i.test(text)) return 'EUR';
  if (/\$|\bUSD\b/i.test(text)) return 'USD';
  return null;
}

/** A parcel weight in kilograms ("0.35", "0.35 kg") as whole grams; "500g" is refused. */
export function parseWeight(cell: Cell): Parsed<Grams> {
  if (isBlank(cell)) return bad('重量为空', 'weight is empty');
  let value: Cell = cell;
  if (typeof cell === 'string') {
    const text = cell.trim();
    const grams = IN_GRAMS.exec(text);
    if (grams) {
      const example = String(Number(grams[1]) / 1000);
      return bad(
        `重量“${text}”：请写公斤数，例如 ${example}`,
        `weight "${text}": write kilograms, e.g. ${example}`,
      );
    }
    if (IN_OTHER_UNIT.test(text) || currencyMarked(text)) {
      const money = currencyMarked(text)
        ? t('这是金额，不是重量；', 'that is money, not a weight; ')
        : t('', '');
      return bad(
        `重量“${text}”：${money.zh}请写公斤数，例如 0.5`,
        `weight "${text}": ${money.en}write kilograms, e.g. 0.5`,
      );
    }
    value = IN_KG.exec(text)?.[1] ?? text;
  }
  const kg = about(WEIGHT, parseDecimal(value));
  if (!kg.ok) return kg;
  if (kg.value.units <= 0n) {
    return bad(
      `重量 ${shown(cell)}：必须大于0公斤`,
      `weight ${shown(cell)}: must be more than 0 kg`,
    );
  }
  return { ok: true, value: gramsOf(kg.value) };
}

function parseCentimetres(cell: Cell, label: Localized): Parsed<Decimal> {
  let value: Cell = cell;
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (/^[\d.]+\s*(?:mm|m|in|inch|毫米|米|寸)$/i.test(text)) {
      return bad(
        `${label.zh}“${text}”：请写厘米数，例如 25`,
        `${label.en} "${text}": write centimetres, e.g. 25`,
      );
    }
    value = /^(.*?)\s*(?:cm|厘米|公分)$/i.exec(text)?.[1] ?? text;
  }
  const size = about(label, parseDecimal(value));
  if (!size.ok) return size;
  if (size.value.units <= 0n) {
    return bad(
      `${label.zh} ${shown(cell)}：必须大于0`,
      `${label.en} ${shown(cell)}: must be more than 0`,
    );
  }
  return size;
}

/** Length, width and height in centimetres: all three or none (then null). */
export function parseSize(length: Cell, width: Cell, height: Cell): Parsed<ParcelSize | null> {
  const blanks = [length, width, height].filter(isBlank).length;
  if (blanks === 3) return { ok: true, value: null };
  if (blanks > 0) {
    return bad(
      '尺寸：长、宽、高要么都填，要么都不填',
      'size: give length, width and height, or none of them',
    );
  }
  const l = parseCentimetres(length, t('长', 'length'));
  if (!l.ok) return l;
  const w = parseCentimetres(width, t('宽', 'width'));
  if (!w.ok) return w;
  const h = parseCentimetres(height, t('高', 'height'));
  if (!h.ok) return h;
  return { ok: true, value: { length: l.value, width: w.value, height: h.value } };
}

/** An Amazon site: UK, DE, FR, IT or ES (also GB, 英国, amazon.de …). */
export function parseSite(cell: Cell): Parsed<Site> {
  if (isBlank(cell))
    return bad('站点为空（UK、DE、FR、IT 或 ES）', 'site is empty (UK, DE, FR, IT or ES)');
  const code = enumCode(SITE_OPTIONS, shown(cell));
  if (code === null) {
    return bad(
      `站点“${shown(cell)}”应为 UK、DE、FR、IT 或 ES`,
      `site "${shown(cell)}" should be UK, DE, FR, IT or ES`,
    );
  }
  return { ok: true, value: code as Site };
}

/** Dangerous goods (battery, powder, liquid): yes/no, blank meaning no. */
export function parseDangerous(cell: Cell): Parsed<boolean> {
  if (isBlank(cell)) return { ok: true, value: false };
  return about(
    t('危险品（带电/粉末/液体）', 'dangerous goods (battery/powder/liquid)'),
    parseYesNo(cell),
  );
}

const CURRENCY_NAMES: Record<string, Localized> = {
  CNY: t('人民币', 'CNY'),
  GBP: t('英镑', 'GBP'),
  EUR: t('欧元', 'EUR'),
  USD: t('美元', 'USD'),
};

function currencyName(code: string): Localized {
  return CURRENCY_NAMES[code] ?? t(code, code);
}

/**
 * An amount of money in a known currency as cents, zero or more: "12.99", "£12.99". A mark of
 * another currency ("￥12" where pounds are expected) is refused rather than converted.
 */
export function parseAmount(cell: Cell, currency: string, label: Localized): Parsed<Cents> {
  if (isBlank(cell)) return bad(`${label.zh}为空`, `${label.en} is empty`);
  if (typeof cell === 'string') {
    const marked = currencyMarked(cell);
    if (marked !== null && marked !== currency) {
      const expected = currencyName(currency);
      const found = currencyName(marked);
      return bad(
        `${label.zh}“${cell.trim()}”是${found.zh}：请写${expected.zh}金额`,
        `${label.en} "${cell.trim()}" is in ${found.en}: write the amount in ${expected.en}`,
      );
    }
  }
  const cents = about(label, parseMoney(cell));
  if (!cents.ok) return cents;
  if (cents.value < 0) return bad(`${label.zh}不能为负数`, `${label.en} cannot be negative`);
  return cents;
}

/** A share from 0 up to (not including) 1: "0.3", "30%". */
export function parseShare(cell: Cell, label: Localized): Parsed<Decimal> {
  const share = about(label, parsePercent(cell));
  if (!share.ok) return share;
  const decimal = toDecimal(share.value);
  if (decimal === null || share.value < 0 || share.value >= 1) {
    return bad(
      `${label.zh} ${shown(cell)}：应在 0 到 100% 之间`,
      `${label.en} ${shown(cell)}: should be from 0 to under 100%`,
    );
  }
  return { ok: true, value: decimal };
}

/** A currency code: GBP, EUR, USD, CNY (RMB). */
export function parseCurrencyCode(cell: Cell): Parsed<string> {
  if (isBlank(cell)) return bad('币种为空（例：GBP）', 'currency is empty (e.g. GBP)');
  const text = shown(cell).toUpperCase().replace('RMB', 'CNY');
  if (!/^[A-Z]{3}$/.test(text)) {
    return bad(
      `币种“${shown(cell)}”应为代码，例如 GBP`,
      `currency "${shown(cell)}" should be a code such as GBP`,
    );
  }
  return { ok: true, value: text };
}
