import type { Parsed } from '../cells';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { formatCents } from '../money';
import type { Cents } from '../money';
import type { ChannelQuote } from './channel';
import { kgText } from './parcel';
import type { Grams, Parcel } from './parcel';

/**
 * R5.6e: how far over a whole kilogram a parcel may be and still be repacked down to it.
 * 100 g is what a lighter box or mailer and less void fill usually save; a parcel further
 * over is heavy in its goods, and no repacking brings it back.
 */
export const REPACK_TOLERANCE_GRAMS: Grams = 100;

/** What repacking a parcel to the whole kilogram below would save. */
export interface RepackHint {
  fromGrams: Grams;
  toGrams: Grams;
  /** The channel and freight as the parcel is now; null when no channel takes it now. */
  before: ChannelQuote | null;
  after: ChannelQuote;
  /** Freight saved, in base-currency cents; null when the parcel cannot ship as it is. */
  saving: Cents | null;
}

/** The whole kilogram a parcel just over it is repacked to, or null when it is not just over. */
export function repackTarget(grams: Grams): Grams | null {
  const over = grams % 1000;
  if (grams < 1000 || over === 0 || over > REPACK_TOLERANCE_GRAMS) return null;
  return grams - over;
}

/**
 * The repacking hint for a parcel (R5.6e): when it is just over a whole kilogram, the freight
 * of the channel chosen for it now against the freight of the channel chosen once it is
 * repacked (often the same channel; across the express limit, a cheaper kind). Null when the
 * parcel is not just over a kilogram or repacking would save nothing.
 */
export function repackHint(
  parcel: Parcel,
  quote: (parcel: Parcel) => Parsed<ChannelQuote>,
): Parsed<RepackHint | null> {
  const toGrams = repackTarget(parcel.grams);
  const before = quote(parcel);
  if (toGrams === null) return before.ok ? { ok: true, value: null } : before;

  const after = quote({ ...parcel, grams: toGrams });
  if (!after.ok) return before.ok ? { ok: true, value: null } : before;
  if (!before.ok) {
    const value = {
      fromGrams: parcel.grams,
      toGrams,
      before: null,
      after: after.value,
      saving: null,
    };
    return { ok: true, value };
  }
  const saving = before.value.freight - after.value.freight;
  if (saving <= 0) return { ok: true, value: null };
  return {
    ok: true,
    value: { fromGrams: parcel.grams, toGrams, before: before.value, after: after.value, saving },
  };
}

function money(cents: Cents, baseCurrency: string): string {
  return baseCurrency === 'CNY'
    ? `¥${formatCents(cents)}`
    : `${formatCents(cents)} ${baseCurrency}`;
}

/** The hint as a person reads it: to what weight, by how much, what it saves on which channel. */
export function describeRepack(hint: RepackHint, baseCurrency: string): Localized {
  const to = kgText(hint.toGrams);
  const less = kgText(hint.fromGrams - hint.toGrams);
  const after = hint.after;
  const afterText = `${after.card.channel} ${money(after.freight, baseCurrency)}`;
  if (hint.before === null || hint.saving === null) {
    return t(
      `重新包装到 ${to} 公斤（减 ${less} 公斤）：现在没有渠道能寄，${to} 公斤可走 ${afterText}`,
      `repack to ${to} kg (${less} kg less): ` +
        `no channel takes it as it is; at ${to} kg ${afterText}`,
    );
  }
  const saving = money(hint.saving, baseCurrency);
  if (hint.before.card.rowNumber === after.card.rowNumber) {
    return t(
      `重新包装到 ${to} 公斤（减 ${less} 公斤）：${after.card.channel} 运费省 ${saving}`,
      `repack to ${to} kg (${less} kg less): saves ${saving} on ${after.card.channel}`,
    );
  }
  const beforeText = `${hint.before.card.channel} ${money(hint.before.freight, baseCurrency)}`;
  return t(
    `重新包装到 ${to} 公斤（减 ${less} 公斤）：${beforeText} → ${afterText}，省 ${saving}`,
    `repack to ${to} kg (${less} kg less): ${beforeText} → ${afterText}, saves ${saving}`,
  );
}
