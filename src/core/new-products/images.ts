import type { Finding } from '../findings';
import { t } from '../i18n';
import { cellFinding } from '../reader';
import { isParentRow } from './sheet';
import type { NewProductSheet } from './sheet';

/** R4.4: an overall picture, detail pictures, a size picture and a usage picture. */
export const IMAGE_COUNT = { min: 3, max: 5 } as const;

const IMAGE_COLUMNS = ['image1', 'image2', 'image3', 'image4', 'image5'] as const;

/**
 * R4.4: each product has 3 to 5 image links, each https, without spaces, none repeated. A
 * variation parent shows no images of its own on Amazon, so it needs none; links it does
 * have are still checked.
 */
export function checkImages(sheet: NewProductSheet): Finding[] {
  const findings: Finding[] = [];
  for (const row of sheet.rows) {
    const seen = new Map<string, string>();
    let count = 0;
    for (const column of IMAGE_COLUMNS) {
      const link = row[column];
      if (!link) continue;
      count += 1;
      const problem = (zh: string, en: string): void => {
        findings.push(cellFinding(sheet.layout, row.rowNumber, column, 'R4.4', 'error', t(zh, en)));
      };
      const first = seen.get(link.trim());
      if (/\s/.test(link)) problem('图片链接中有空格', 'the image link contains spaces');
      else if (!/^https:\/\//i.test(link.trim())) {
        problem('图片链接必须以 https:// 开头', 'the image link must start with https://');
      } else if (first) {
        const header = sheet.layout.headers[sheet.layout.index[first]] ?? first;
        problem(`与「${header}」是同一张图片`, `the same image as "${header}"`);
      }
      if (!first) seen.set(link.trim(), column);
    }
    if (count < IMAGE_COUNT.min && !isParentRow(sheet, row)) {
      const range = `${IMAGE_COUNT.min}–${IMAGE_COUNT.max}`;
      findings.push(
        cellFinding(
          sheet.layout,
          row.rowNumber,
          'image1',
          'R4.4',
          'error',
          t(
            `只有${count}张图片，需要${range}张（整体图、细节图、尺寸图、使用步骤图）`,
            `${count} image(s); ${range} are needed (overall, details, size, usage steps)`,
          ),
        ),
      );
    }
  }
  return findings;
}
