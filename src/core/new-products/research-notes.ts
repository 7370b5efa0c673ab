import type { Finding } from '../findings';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { cellFinding } from '../reader';
import type { NewProductEntry, NewProductSheet } from './sheet';

/**
 * How much a reason or an advantage must say: a Chinese character counts 2, a Latin letter
 * or digit 1, so "好卖" or "cheap" pass and "好" or "ok" do not.
 */
export const MIN_EXPLANATION_WEIGHT = 4;

/** Fillers that hold a cell without saying anything. */
const PLACEHOLDERS = new Set([
  '无',
  '没有',
  '暂无',
  '待定',
  '待补充',
  '略',
  'na',
  'n/a',
  'none',
  'tbd',
  'test',
  '测试',
  'xx',
  'xxx',
]);

/**
 * The size over which a parcel is bulky: e-packet lines take parcels up to 60 cm on the
 * longest side and 90 cm for length + width + height; a larger one needs express and care.
 */
export const BULKY_LIMITS = { longestSideCm: 60, sumOfSidesCm: 90 } as const;

type CareFlag = 'battery' | 'powder' | 'liquid' | 'bulky' | 'fragile';

/** What each care flag is called, and the words by which notes show they deal with it. */
const CARE_WORDS: Record<CareFlag, { name: Localized; words: string[] }> = {
  battery: {
    name: t('带电', 'contains a battery'),
    words: ['带电', '电池', '锂电', '电芯', 'battery', 'batteries', 'lithium', 'li-ion'],
  },
  powder: { name: t('粉末', 'powder'), words: ['粉', 'powder'] },
  liquid: {
    name: t('液体', 'liquid'),
    words: ['液', '膏', '油', 'liquid', 'gel', 'cream', 'oil'],
  },
  bulky: {
    name: t('大体积', 'bulky'),
    words: [
      '大体积',
      '体积',
      '泡货',
      '超大',
      '超长',
      '尺寸',
      'bulky',
      'oversize',
      'large',
      'volum',
    ],
  },
  fragile: {
    name: t('易碎', 'fragile'),
    words: ['易碎', '玻璃', '陶瓷', '防震', '包装', 'fragile', 'glass', 'ceramic', 'pack'],
  },
};

function explanationWeight(text: string): number {
  let weight = 0;
  for (const char of text) {
    if (/[\u3400-\u9fff\uf900-\ufaff]/.test(char)) weight += 2;
    else if (/[\p{L}\p{N}]/u.test(char)) weight += 1;
  }
  return weight;
}

function says(notes: string | null, words: readonly string[]): boolean {
  const text = (notes ?? '').toLowerCase();
  return words.some((word) => text.includes(word));
}

/** A parcel's size when it is over the bulky limits, e.g. "70×30×20"; null otherwise. */
export function bulkySize(row: NewProductEntry): string | null {
  const sides = [row.lengthCm, row.widthCm, row.heightCm];
  const known = sides.filter((side): side is number => side !== null);
  const longest = Math.max(0, ...known);
  const sum = known.length === 3 ? known[0] + known[1] + known[2] : 0;
  if (longest <= BULKY_LIMITS.longestSideCm && sum <= BULKY_LIMITS.sumOfSidesCm) return null;
  return sides.map((side) => (side === null ? '?' : String(side))).join('×');
}

/**
 * R3.2: a pick says why it was chosen and what its advantage is, and its notes say what needs
 * care (battery, powder, liquid, bulky, fragile). Blank cells are the reader's (WB.required);
 * this checks what a blank check cannot see: a reason of one character or a filler word, a
 * flag that the notes never mention, and a parcel over the bulky size that is not marked bulky.
 */
export function checkResearchNotes(sheet: NewProductSheet): Finding[] {
  const findings: Finding[] = [];
  for (const row of sheet.rows) {
    const at = (column: string, severity: 'error' | 'warning', problem: Localized): void => {
      findings.push(cellFinding(sheet.layout, row.rowNumber, column, 'R3.2', severity, problem));
    };

    for (const column of ['reason', 'advantage'] as const) {
      const text = row[column];
      if (!text) continue;
      const filler = PLACEHOLDERS.has(text.trim().toLowerCase());
      if (filler || explanationWeight(text) < MIN_EXPLANATION_WEIGHT) {
        at(
          column,
          'error',
          column === 'reason'
            ? t(
                `“${text}”没有说明为什么选这个产品`,
                `"${text}" does not say why this product was chosen`,
              )
            : t(
                `“${text}”没有说明产品的优势`,
                `"${text}" does not say what the product's advantage is`,
              ),
        );
      }
    }

    const size = bulkySize(row);
    if (size && row.bulky !== true) {
      const { longestSideCm: longest, sumOfSidesCm: sum } = BULKY_LIMITS;
      at(
        'bulky',
        'warning',
        t(
          `包装 ${size} 厘米，超过单边${longest}厘米或三边和${sum}厘米，应标记为大体积`,
          `the parcel is ${size} cm, over ${longest} cm on a side or ${sum} cm for ` +
            'length + width + height: mark it bulky',
        ),
      );
    }

    for (const flag of Object.keys(CARE_WORDS) as CareFlag[]) {
      const care = CARE_WORDS[flag];
      if (row[flag] !== true || says(row.notes, care.words)) continue;
      at(
        'notes',
        'warning',
        t(
          `产品标记为${care.name.zh}，但注意事项没有写明要注意什么`,
          `the product is marked ${care.name.en}, but the notes do not say what needs care`,
        ),
      );
    }
  }
  return findings;
}
