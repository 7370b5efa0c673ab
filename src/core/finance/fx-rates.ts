import type { FxRow } from '../contract/rows';
import type { Finding } from '../findings';
import { t } from '../i18n';
import { formatCents, multiplyCents, toDecimal } from '../money';
import type { Cents, Decimal } from '../money';
import { cellFinding } from '../reader';
import type { Layout, SheetRead } from '../reader';

/**
 * The FX rates sheet as finance uses it: one rate per month and currency, in units of the
 * base currency per unit of the foreign one. A line is converted at the rate of its own
 * month, never at today's.
 */
export interface FxTable {
  baseCurrency: string;
  /** The FX sheet's tab name, or its contract name when the workbook has none. */
  sheetName: string;
  layout: Layout | null;
  rates: Map<string, { rate: Decimal; rowNumber: number }>;
  /** Month and currency whose rate cell cannot be read: the row to fix. */
  unreadable: Map<string, number>;
  /** Two rows giving different rates for one month and currency. */
  findings: Finding[];
}

function key(month: string, currency: string): string {
  return `${month} ${currency.toUpperCase()}`;
}

/** Builds the FX table from the FX rates sheet (none: only the base currency converts). */
export function fxTable(read: SheetRead<FxRow> | null | undefined, baseCurrency: string): FxTable {
  const table: FxTable = {
    baseCurrency: baseCurrency.toUpperCase(),
    sheetName: read?.layout.sheetName ?? '汇率',
    layout: read?.layout ?? null,
    rates: new Map(),
    unreadable: new Map(),
    findings: [],
  };
  for (const row of read?.rows ?? []) {
    if (!row.month || !row.currency) continue;
    const at = key(row.month, row.currency);
    const rate = row.rate === null ? null : toDecimal(row.rate);
    if (rate === null || rate.units <= 0n) {
      if (!table.unreadable.has(at)) table.unreadable.set(at, row.rowNumber);
      continue;
    }
    const earlier = table.rates.get(at);
    if (!earlier) {
      table.rates.set(at, { rate, rowNumber: row.rowNumber });
      continue;
    }
    // The same rate written twice is harmless; two different rates leave the month ambiguous.
    if (sameDecimal(earlier.rate, rate) || !read) continue;
    table.findings.push(
      cellFinding(
        read.layout,
        row.rowNumber,
        'rate',
        'R7.1',
        'error',
        t(
          `${row.month} ${row.currency} 的汇率与第${earlier.rowNumber}行不同：每月每个币种只能有一个汇率`,
          `the ${row.currency} rate for ${row.month} differs from row ${earlier.rowNumber}: one ` +
            `rate per month and currency`,
        ),
      ),
    );
  }
  return table;
}

function sameDecimal(a: Decimal, b: Decimal): boolean {
  const scale = Math.max(a.scale, b.scale);
  return a.units * 10n ** BigInt(scale - a.scale) === b.units * 10n ** BigInt(scale - b.scale);
}

/** The rate of a month and currency; the base currency is always 1. */
export function fxRate(table: FxTable, month: string, currency: string): Decimal | null {
  if (currency.toUpperCase() === table.baseCurrency) return { units: 1n, scale: 0 };
  return table.rates.get(key(month, currency))?.rate ?? null;
}

/** Converts cents of a currency into base-currency cents at a month's rate, half-up. */
export function toBase(
  table: FxTable,
  cents: Cents,
  currency: string,
  month: string,
): Cents | null {
  const rate = fxRate(table, month, currency);
  return rate === null ? null : multiplyCents(cents, rate);
}

/**
 * The finding that stops a report when a rate is missing: it names the month and the
 * currency, and the first line that needed it.
 */
export function missingRateFinding(
  table: FxTable,
  month: string,
  currency: string,
  neededBy: { zh: string; en: string },
  moreLines: number,
): Finding {
  const unreadableRow = table.unreadable.get(key(month, currency));
  const more = {
    zh: moreLines > 0 ? `，另有${moreLines}行` : '',
    en: moreLines > 0 ? ` and ${moreLines} more line${moreLines === 1 ? '' : 's'}` : '',
  };
  if (unreadableRow !== undefined && table.layout) {
    return cellFinding(
      table.layout,
      unreadableRow,
      'rate',
      'R7.1',
      'error',
      t(
        `${month} ${currency} 的汇率无法读取（${neededBy.zh}${more.zh}需要）：请填写正数汇率`,
        `the ${currency} rate for ${month} cannot be read (needed by ${neededBy.en}${more.en}): ` +
          `enter a positive rate`,
      ),
    );
  }
  return {
    sheet: table.sheetName,
    row: null,
    column: 'rate',
    rule: 'R7.1',
    severity: 'error',
    message: t(
      `${table.sheetName}：缺少 ${month} ${currency} 的汇率（${neededBy.zh}${more.zh}需要）：请添加一行 月份 ` +
        `${month}、币种 ${currency}`,
      `${table.sheetName}: no ${currency} rate for ${month} (needed by ` +
        `${neededBy.en}${more.en}): add a row with month ${month} and currency ${currency}`,
    ),
  };
}

/** Money with its currency for messages: `612.35 CNY`. */
export function moneyText(cents: Cents, currency: string): string {
  return `${formatCents(cents)} ${currency}`;
}
