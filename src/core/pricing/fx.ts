import type { Parsed } from '../cells';
import type { FxRow } from '../contract/rows';
import type { LocalDate } from '../dates';
import { t } from '../i18n';
import { multiplyCents, prorateCents, toDecimal } from '../money';
import type { Cents, Decimal } from '../money';
import { place } from '../reader';
import type { RowMeta } from '../reader';

/** A rate from the FX rates sheet: units of base currency for one unit of `currency`. */
export interface FxRate {
  currency: string;
  month: string;
  rate: Decimal;
  /** The sheet row it came from; null for the base currency, which needs no row. */
  rowNumber: number | null;
}

type Row = FxRow & RowMeta;

const ONE: Decimal = { units: 1n, scale: 0 };

/** The currency each Amazon site sells in. */
export function siteCurrency(site: string): 'GBP' | 'EUR' {
  return site === 'UK' ? 'GBP' : 'EUR';
}

function normalCurrency(code: string): string {
  const upper = code.trim().toUpperCase();
  return upper === 'RMB' ? 'CNY' : upper;
}

/**
 * The rate of the newest month that passes `accept`, or the problem: no such row, a rate that
 * is not above zero, or two rows of the same month and currency that disagree.
 */
function pickRate(
  rows: readonly Row[],
  currency: string,
  accept: (month: string) => boolean,
  sheetName: string,
  missing: () => Parsed<FxRate>,
): Parsed<FxRate> {
  let best: Row | null = null;
  let clash: Row | null = null;
  for (const row of rows) {
    if (row.month === null || row.currency === null || row.rate === null) continue;
    if (normalCurrency(row.currency) !== currency || !accept(row.month)) continue;
    if (best === null || row.month > best.month!) {
      best = row;
      clash = null;
    } else if (row.month === best.month && row.rate !== best.rate) clash = row;
  }
  if (best === null) return missing();

  const where = place(sheetName, best.rowNumber);
  if (clash !== null) {
    return {
      ok: false,
      problem: t(
        `${sheetName} 第${best.rowNumber}行和第${clash.rowNumber}行` +
          `给了 ${currency} ${best.month} 两个不同的汇率，请删除一个`,
        `${sheetName} rows ${best.rowNumber} and ${clash.rowNumber} give two different ` +
          `${currency} rates for ${best.month}; delete one`,
      ),
    };
  }
  const rate = toDecimal(best.rate!);
  if (rate === null || rate.units <= 0n) {
    return {
      ok: false,
      problem: t(`${where.zh}：汇率必须大于0`, `${where.en}: the rate must be more than 0`),
    };
  }
  return { ok: true, value: { currency, month: best.month!, rate, rowNumber: best.rowNumber } };
}

/** The rate of a currency for one month exactly (finance uses each line's own month). */
export function fxRateFor(
  rows: readonly Row[],
  currency: string,
  month: string,
  baseCurrency: string,
  sheetName: string,
): Parsed<FxRate> {
  const code = normalCurrency(currency);
  if (code === normalCurrency(baseCurrency)) {
    return { ok: true, value: { currency: code, month, rate: ONE, rowNumber: null } };
  }
  return pickRate(
    rows,
    code,
    (rowMonth) => rowMonth === month,
    sheetName,
    () => ({
      ok: false,
      problem: t(
        `${sheetName} 中没有 ${month} 的 ${code} 汇率：请添加一行`,
        `no ${code} rate for ${month} in ${sheetName}: add a row`,
      ),
    }),
  );
}

/** The rate pricing uses: that of the latest month up to today's. */
export function latestFxRate(
  rows: readonly Row[],
  currency: string,
  today: LocalDate,
  baseCurrency: string,
  sheetName: string,
): Parsed<FxRate> {
  const code = normalCurrency(currency);
  const month = today.slice(0, 7);
  if (code === normalCurrency(baseCurrency)) {
    return { ok: true, value: { currency: code, month, rate: ONE, rowNumber: null } };
  }
  return pickRate(
    rows,
    code,
    (rowMonth) => rowMonth <= month,
    sheetName,
    () => ({
      ok: false,
      problem: t(
        `${sheetName} 中没有 ${month} 或更早月份的 ${code} 汇率：请添加一行`,
        `no ${code} rate for ${month} or any month before in ${sheetName}: add a row`,
      ),
    }),
  );
}

/** An amount in the rate's currency to base currency, rounded half-up to the cent. */
export function toBaseCurrency(cents: Cents, rate: FxRate): Cents {
  return multiplyCents(cents, rate.rate);
}

/** An amount in base currency to the rate's currency, rounded half-up to the cent. */
export function fromBaseCurrency(cents: Cents, rate: FxRate): Cents {
  return prorateCents(cents, ONE, rate.rate);
}

/** An amount from one currency to another through base currency, rounded once. */
export function convertCents(cents: Cents, from: FxRate, to: FxRate): Cents {
  return prorateCents(cents, from.rate, to.rate);
}
