import type { Finding } from '../findings';
import { t } from '../i18n';
import { cellFinding } from '../reader';
import type { NewProductSheet } from './sheet';

/**
 * Characters per bullet point by Amazon product type, from the product-type schemas (HOME
 * and PRODUCT allow 700). A type not listed gets the default, which is a careful guess rather
 * than a schema's word, so exceeding it only warns.
 */
export const BULLET_LIMITS: Readonly<Record<string, number>> = { HOME: 700, PRODUCT: 700 };
export const DEFAULT_BULLET_LIMIT = 500;

/** Search terms past this many UTF-8 bytes are not indexed by Amazon. */
export const KEYWORD_BYTES = 250;

/** The product description's limit in the product-type schemas. */
export const DESCRIPTION_BYTES = 10_000;

const BULLET_COLUMNS = ['bullet1', 'bullet2', 'bullet3', 'bullet4', 'bullet5'] as const;

/**
 * The length of a text in UTF-8 bytes, counted by code point because Apps Script has no
 * TextEncoder. A lone surrogate counts 3, as the replacement character it becomes.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code < 0x10000) bytes += 3;
    else bytes += 4;
  }
  return bytes;
}

/** Characters in a text as a reader counts them (an emoji is one). */
export function characterCount(text: string): number {
  return [...text].length;
}

/**
 * Amazon's limits on the other content of a listing: bullet points within their product
 * type's length (the sheet's five bullet columns are the seller's five), search terms within
 * 250 bytes, the description within 10,000 bytes.
 */
export function checkContentLimits(sheet: NewProductSheet): Finding[] {
  const findings: Finding[] = [];
  for (const row of sheet.rows) {
    const known = row.productType ? BULLET_LIMITS[row.productType.toUpperCase()] : undefined;
    const limit = known ?? DEFAULT_BULLET_LIMIT;
    for (const column of BULLET_COLUMNS) {
      const bullet = row[column];
      if (!bullet || characterCount(bullet) <= limit) continue;
      findings.push(
        cellFinding(
          sheet.layout,
          row.rowNumber,
          column,
          'AMZ.bullets',
          known ? 'error' : 'warning',
          t(
            `卖点有${characterCount(bullet)}个字符，超过${limit}`,
            `the bullet point has ${characterCount(bullet)} characters, over ${limit}`,
          ),
        ),
      );
    }

    const keywordBytes = row.keywords ? utf8ByteLength(row.keywords) : 0;
    if (keywordBytes > KEYWORD_BYTES) {
      findings.push(
        cellFinding(
          sheet.layout,
          row.rowNumber,
          'keywords',
          'AMZ.keywords.bytes',
          'warning',
          t(
            `关键词有${keywordBytes}字节，超过${KEYWORD_BYTES}字节的部分不会被收录`,
            `the search terms are ${keywordBytes} bytes; Amazon indexes ${KEYWORD_BYTES}`,
          ),
        ),
      );
    }

    const descriptionBytes = row.description ? utf8ByteLength(row.description) : 0;
    if (descriptionBytes > DESCRIPTION_BYTES) {
      findings.push(
        cellFinding(
          sheet.layout,
          row.rowNumber,
          'description',
          'AMZ.description.bytes',
          'error',
          t(
            `描述有${descriptionBytes}字节，超过${DESCRIPTION_BYTES}`,
            `the description is ${descriptionBytes} bytes, over ${DESCRIPTION_BYTES}`,
          ),
        ),
      );
    }
  }
  return findings;
}
