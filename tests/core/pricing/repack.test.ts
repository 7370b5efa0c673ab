import { channelRulesOf, chooseChannel } from '../../../src/core/pricing/channel';
import type { Parcel } from '../../../src/core/pricing/parcel';
import { rateCardsOf } from '../../../src/core/pricing/rate-card';
import type { RateCard } from '../../../src/core/pricing/rate-card';
import {
  describeRepack,
  REPACK_TOLERANCE_GRAMS,
  repackHint,
  repackTarget,
} from '../../../src/core/pricing/repack';
import { readSettings } from '../../../src/core/settings';
import { channelRows, channelSheet } from './pricing-sheets';

const rules = channelRulesOf(readSettings(null).settings);
const standard = rateCardsOf(channelSheet().rows, 'Shipping channels');
const parcel = (grams: number): Parcel => ({ grams, sizeCm: null, dangerous: false });
const hintFor = (grams: number, site = 'UK', cards: RateCard[] = standard) =>
  repackHint(parcel(grams), (p) => chooseChannel(cards, p, site, rules));

describe('repacking to the whole kilogram (R5.6e)', () => {
  it('repacks a parcel up to 100 g over a whole kilogram, and no further', () => {
    expect(REPACK_TOLERANCE_GRAMS).toBe(100);
    expect(repackTarget(1050)).toBe(1000);
    expect(repackTarget(1100)).toBe(1000);
    expect(repackTarget(1101)).toBeNull();
    expect(repackTarget(1000)).toBeNull();
    expect(repackTarget(950)).toBeNull();
    expect(repackTarget(50)).toBeNull();
    expect(repackTarget(3020)).toBe(3000);
  });

  it('says by how much and what it saves on the same channel', () => {
    // Yanwen UK at 1.05 kg: 18 + 80 × 1.05 = 102.00; at 1 kg: 98.00 → saves 4.00
    const hint = hintFor(1050);
    expect(hint).toMatchObject({
      ok: true,
      value: { fromGrams: 1050, toGrams: 1000, saving: 400 },
    });
    if (!hint.ok || !hint.value) throw new Error('no hint');
    expect(describeRepack(hint.value, 'CNY').en).toBe(
      'repack to 1 kg (0.05 kg less): saves ¥4.00 on Yanwen UK',
    );
    expect(describeRepack(hint.value, 'CNY').zh).toContain('重新包装到 1 公斤');
  });

  it('shows the cheaper channel a parcel reaches by coming down to 2 kg', () => {
    // 2.05 kg goes express: DHL 120 + ceil(1.55 / 0.5) = 4 steps × 30 = 240.00
    // 2 kg may go e-packet: Yanwen 18 + 80 × 2 = 178.00 → saves 62.00
    const hint = hintFor(2050);
    if (!hint.ok || !hint.value) throw new Error('no hint');
    expect(hint.value.saving).toBe(6200);
    expect(describeRepack(hint.value, 'CNY').en).toBe(
      'repack to 2 kg (0.05 kg less): DHL UK ¥240.00 → Yanwen UK ¥178.00, saves ¥62.00',
    );
  });

  it('gives no hint when repacking saves nothing', () => {
    const flat = rateCardsOf(
      channelSheet(
        channelRows([
          'Flat UK',
          'X',
          'epacket',
          'UK',
          '',
          2,
          0,
          30,
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ]),
      ).rows,
      'Shipping channels',
    );
    expect(hintFor(1050, 'UK', flat)).toEqual({ ok: true, value: null });
    expect(hintFor(1200)).toEqual({ ok: true, value: null });
  });

  it('tells when repacking is the only way a parcel ships', () => {
    // Germany has no express: 2.05 kg cannot go, 2 kg goes Yanwen DE at 20 + 85 × 2 = 190.00
    const hint = hintFor(2050, 'DE');
    if (!hint.ok || !hint.value) throw new Error('no hint');
    expect(describeRepack(hint.value, 'CNY').en).toBe(
      'repack to 2 kg (0.05 kg less): no channel takes it as it is; at 2 kg Yanwen DE ¥190.00',
    );
  });

  it('passes on the problem when the parcel cannot ship even repacked', () => {
    const hint = hintFor(3050, 'DE');
    expect(!hint.ok && hint.problem.en).toContain('no channel takes a 3.05 kg parcel to DE');
  });
});
