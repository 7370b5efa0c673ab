import type { Parsed } from '../cells';
import type { ShippingChannelRow } from '../contract/rows';
import { SHEETS } from '../contract/sheets';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { toDecimal } from '../money';
import type { Cents, Decimal } from '../money';
import { place } from '../reader';
import type { RowMeta } from '../reader';
import { gramsOf } from './parcel';
import type { Grams } from './parcel';

/**
 * How a channel prices a parcel, in one of the two forms carriers quote:
 * a fee per parcel plus a price per kilogram of billable weight (e-packet lines), or a price
 * for the first weight plus a price for every started step beyond it (express).
 */
export type Tariff =
  | { form: 'perKg'; perParcel: Cents; perKg: Cents }
  | {
      form: 'steps';
      /** A registration fee per parcel, when the carrier adds one to its first/step prices. */
      perParcel: Cents;
      firstGrams: Grams;
      first: Cents;
      stepGrams: Grams;
      step: Cents;
    };

/** One row of the Shipping channels sheet, checked and ready to price parcels. */
export interface RateCard {
  rowNumber: number;
  channel: string;
  carrier: string;
  /** express, epacket or postal; null when the row does not say. */
  kind: string | null;
  /** The site the channel delivers to; null when the row does not say. */
  destination: string | null;
  minGrams: Grams | null;
  maxGrams: Grams | null;
  volumetricDivisor: Decimal | null;
  acceptsDangerous: boolean;
  transitDays: number | null;
  /** A blank "active" cell counts as active: only an explicit "no" retires a channel. */
  active: boolean;
  /** The tariff, or what is wrong with the row, named by its row and channel. */
  tariff: Parsed<Tariff>;
}

type ChannelRow = ShippingChannelRow & RowMeta;

function header(columnId: string): Localized {
  const column = SHEETS.shippingChannels.columns.find((candidate) => candidate.id === columnId);
  return column ? column.label : t(columnId, columnId);
}

function headers(ids: string[]): Localized {
  const labels = ids.map(header);
  return t(
    labels.map((label) => `「${label.zh}」`).join(''),
    labels.map((label) => `"${label.en}"`).join(', '),
  );
}

/** The tariff a row describes, or why it describes none. */
function tariffOf(row: ChannelRow): Parsed<Tariff> {
  const perKgFilled = row.perKgCny !== null;
  const stepFields = {
    firstKg: row.firstKg,
    firstCny: row.firstCny,
    stepKg: row.stepKg,
    stepCny: row.stepCny,
  };
  const stepMissing = Object.entries(stepFields)
    .filter(([, value]) => value === null)
    .map(([id]) => id);
  const stepsFilled = stepMissing.length === 0;
  const stepsStarted = stepMissing.length < 4;
  const fail = (problem: Localized): Parsed<Tariff> => ({ ok: false, problem });

  if (perKgFilled && stepsStarted) {
    const both = headers(['perKgCny', 'firstKg', 'stepKg']);
    return fail(
      t(
        `同时填了按公斤和首重/续重两种价格（${both.zh}），只保留一种`,
        `it is priced both per kg and by first/step weight (${both.en}); keep one form`,
      ),
    );
  }
  if (!perKgFilled && !stepsFilled) {
    if (stepsStarted) {
      const missing = headers(stepMissing);
      return fail(
        t(`首重/续重价格不完整：缺少${missing.zh}`, `the first/step prices lack ${missing.en}`),
      );
    }
    const perKg = headers(['perKgCny', 'perParcelCny']);
    const steps = headers(['firstKg', 'firstCny', 'stepKg', 'stepCny']);
    return fail(
      t(
        `没有运费价格：填写${perKg.zh}，或${steps.zh}`,
        `it has no rates: fill in ${perKg.en}, or ${steps.en}`,
      ),
    );
  }

  const money = [row.perKgCny, row.perParcelCny, row.firstCny, row.stepCny];
  if (money.some((cents) => cents !== null && cents < 0)) {
    return fail(t('运费价格不能为负数', 'a rate cannot be negative'));
  }
  const perParcel = row.perParcelCny ?? 0;
  if (perKgFilled) return { ok: true, value: { form: 'perKg', perParcel, perKg: row.perKgCny! } };

  const firstGrams = gramsOf(row.firstKg!);
  const stepGrams = gramsOf(row.stepKg!);
  if (firstGrams < 0 || stepGrams <= 0) {
    const steps = headers(['firstKg', 'stepKg']);
    return fail(
      t(`${steps.zh}必须大于0（首重可为0）`, `${steps.en} must be more than 0 (first kg may be 0)`),
    );
  }
  return {
    ok: true,
    value: {
      form: 'steps',
      perParcel,
      firstGrams,
      first: row.firstCny!,
      stepGrams,
      step: row.stepCny!,
    },
  };
}

/** A problem of the row that is not about its prices: the kind, destination, limits, divisor. */
function rowProblem(row: ChannelRow, divisor: Decimal | null): Localized | null {
  if (row.channel === null) {
    const channel = header('channel');
    return t(`「${channel.zh}」为空`, `"${channel.en}" is empty`);
  }
  if (row.kind === null) {
    const kind = header('kind');
    return t(`「${kind.zh}」为空`, `"${kind.en}" is empty`);
  }
  if (row.destination === null) {
    const destination = header('destination');
    return t(`「${destination.zh}」为空`, `"${destination.en}" is empty`);
  }
  if (divisor !== null && divisor.units <= 0n) {
    const column = header('volumetricDivisor');
    return t(`「${column.zh}」必须大于0`, `"${column.en}" must be more than 0`);
  }
  if ((row.minKg !== null && row.minKg < 0) || (row.maxKg !== null && row.maxKg <= 0)) {
    return t('重量上下限必须为正数', 'the weight limits must be positive');
  }
  if (row.minKg !== null && row.maxKg !== null && row.minKg > row.maxKg) {
    return t('最小重量大于最大重量', 'min kg is more than max kg');
  }
  return null;
}

/** Reads the Shipping channels rows into rate cards; a faulty row carries its problem. */
export function rateCardsOf(rows: readonly ChannelRow[], sheetName: string): RateCard[] {
  return rows.map((row) => {
    const channel = row.channel ?? '';
    const divisor = row.volumetricDivisor === null ? null : toDecimal(row.volumetricDivisor);
    const problem = rowProblem(row, divisor);
    let tariff = problem ? { ok: false as const, problem } : tariffOf(row);
    if (!tariff.ok) {
      const where = place(sheetName, row.rowNumber);
      const name = channel ? `（${channel}）` : '';
      const nameEn = channel ? ` (channel "${channel}")` : '';
      tariff = {
        ok: false,
        problem: t(
          `${where.zh}${name}：${tariff.problem.zh}`,
          `${where.en}${nameEn}: ${tariff.problem.en}`,
        ),
      };
    }
    return {
      rowNumber: row.rowNumber,
      channel,
      carrier: row.carrier ?? '',
      kind: row.kind,
      destination: row.destination,
      minGrams: row.minKg === null || row.minKg < 0 ? null : gramsOf(row.minKg),
      maxGrams: row.maxKg === null || row.maxKg <= 0 ? null : gramsOf(row.maxKg),
      volumetricDivisor: divisor,
      acceptsDangerous: row.acceptsDangerous === true,
      transitDays: row.transitDays,
      active: row.active !== false,
      tariff,
    };
  });
}
