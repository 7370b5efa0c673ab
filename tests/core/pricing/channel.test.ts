import { toDecimal } from '../../../src/core/money';
import { channelRulesOf, chooseChannel } from '../../../src/core/pricing/channel';
import type { ChannelRules } from '../../../src/core/pricing/channel';
import type { Parcel } from '../../../src/core/pricing/parcel';
import { rateCardsOf } from '../../../src/core/pricing/rate-card';
import { readSettings } from '../../../src/core/settings';
import { channelRows, channelSheet } from './pricing-sheets';

const cards = rateCardsOf(channelSheet().rows, 'Shipping channels');
const rules: ChannelRules = channelRulesOf(readSettings(null).settings);
const parcel = (kg: number, more: Partial<Parcel> = {}): Parcel => ({
  grams: Math.round(kg * 1000),
  sizeCm: null,
  dangerous: false,
  ...more,
});
const choose = (p: Parcel, site = 'UK', from = cards) => chooseChannel(from, p, site, rules);
const chosen = (p: Parcel, site = 'UK') => {
  const quote = choose(p, site);
  if (!quote.ok) throw new Error(quote.problem.en);
  return {
    channel: quote.value.card.channel,
    freight: quote.value.freight,
    billable: quote.value.billableGrams,
  };
};

describe('choosing the shipping channel', () => {
  it('takes the cheapest e-packet line for 2 kg and under (R4.2b)', () => {
    // Yanwen: 18 + 80 × 0.5 = 58.00; 4PX: 20 + 95 × 0.5 = 67.50
    expect(chosen(parcel(0.5))).toEqual({ channel: 'Yanwen UK', freight: 5800, billable: 500 });
    // at exactly 2 kg still e-packet: 18 + 80 × 2 = 178.00
    expect(chosen(parcel(2))).toEqual({ channel: 'Yanwen UK', freight: 17800, billable: 2000 });
  });

  it('sends a parcel over 2 kg by express only (R4.2b)', () => {
    // 2.01 kg on DHL: 120 for the first 0.5 kg, then 1.51 kg = 4 started steps of 0.5 → 240.00
    // on EMS: 150 for the first kg, then 1.01 kg = 2 started steps of 1 kg → 270.00
    expect(chosen(parcel(2.01))).toEqual({ channel: 'DHL UK', freight: 24000, billable: 2010 });
  });

  it('never chooses the postal small packet, even when it is the cheapest (R4.2b, R5.4c)', () => {
    // China Post would be 5 + 40 × 0.5 = 25.00, less than Yanwen's 58.00
    expect(chosen(parcel(0.5)).channel).not.toBe('China Post UK');
    const postalOnly = rateCardsOf(
      channelSheet(
        channelRows([
          'China Post UK',
          'CP',
          'postal',
          'UK',
          '',
          2,
          40,
          5,
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
    const quote = choose(parcel(0.5), 'UK', postalOnly);
    expect(quote.ok).toBe(false);
    expect(!quote.ok && quote.problem.en).toBe('no channel takes a 0.5 kg parcel to UK');
  });

  it('skips a retired channel even when it is the cheapest', () => {
    // Old line UK (inactive) would cost 1 + 10 × 0.5 = 6.00
    expect(chosen(parcel(0.5)).channel).toBe('Yanwen UK');
  });

  it('ships dangerous goods only on an accepting line, at double freight (R4.2c)', () => {
    // only 4PX Battery UK accepts them among the e-packet lines: (20 + 95 × 0.5) × 2 = 135.00
    expect(chosen(parcel(0.5, { dangerous: true }))).toEqual({
      channel: '4PX Battery UK',
      freight: 13500,
      billable: 500,
    });
    // over 2 kg only EMS takes batteries: (150 + 2 × 60) × 2 = 540.00
    expect(chosen(parcel(2.01, { dangerous: true }))).toEqual({
      channel: 'EMS UK',
      freight: 54000,
      billable: 2010,
    });
  });

  it('applies the dangerous-goods factor of the settings', () => {
    const factor = { ...rules, dangerousFreightFactor: toDecimal('1.5')! };
    const quote = chooseChannel(cards, parcel(0.5, { dangerous: true }), 'UK', factor);
    // 67.50 × 1.5 = 101.25
    expect(quote.ok && quote.value.freight).toBe(10125);
  });

  it('lets volumetric weight decide the price and so the channel', () => {
    const box = parcel(2.5, {
      sizeCm: { length: toDecimal(40)!, width: toDecimal(30)!, height: toDecimal(20)! },
    });
    // as weighed, DHL wins: 120 + 4 × 30 = 240 against EMS 150 + 2 × 60 = 270
    expect(chosen(parcel(2.5)).channel).toBe('DHL UK');
    // 24,000 cm³: DHL bills 24000 / 5000 = 4.8 kg → 120 + ceil(4.3 / 0.5) = 9 steps × 30 = 390;
    // EMS bills 24000 / 6000 = 4 kg → 150 + 3 steps × 60 = 330
    expect(chosen(box)).toEqual({ channel: 'EMS UK', freight: 33000, billable: 4000 });
  });

  it('falls back to express when no e-packet line takes the parcel', () => {
    const limited = rateCardsOf(
      channelSheet(
        channelRows(
          ['Light line', 'X', 'epacket', 'UK', '', 0.5, 80, 18, '', '', '', '', '', '', '', ''],
          ['DHL UK', 'DHL', 'express', 'UK', '', '', '', '', 0.5, 120, 0.5, 30, '', '', '', ''],
        ),
      ).rows,
      'Shipping channels',
    );
    // 0.5 kg: the light line takes it (18 + 40 = 58.00); 0.51 kg is over its max → DHL 150.00
    expect(choose(parcel(0.5), 'UK', limited)).toMatchObject({
      ok: true,
      value: { freight: 5800 },
    });
    expect(choose(parcel(0.51), 'UK', limited)).toMatchObject({
      ok: true,
      value: { card: { channel: 'DHL UK' }, freight: 15000 },
    });
  });

  it('respects a minimum weight', () => {
    const heavyOnly = rateCardsOf(
      channelSheet(
        channelRows([
          'Heavy line',
          'X',
          'epacket',
          'UK',
          1,
          2,
          50,
          0,
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
    expect(choose(parcel(0.99), 'UK', heavyOnly).ok).toBe(false);
    expect(choose(parcel(1), 'UK', heavyOnly)).toMatchObject({
      ok: true,
      value: { freight: 5000 },
    });
  });

  it('says plainly when no channel takes a parcel', () => {
    const quote = choose(parcel(3.2), 'DE');
    expect(quote.ok).toBe(false);
    expect(!quote.ok && quote.problem.en).toContain('no channel takes a 3.2 kg parcel to DE');
    expect(!quote.ok && quote.problem.zh).toContain('3.2 公斤');
    const dangerous = choose(parcel(0.4, { dangerous: true }), 'DE');
    expect(!dangerous.ok && dangerous.problem.en).toBe(
      'no channel that accepts dangerous goods takes a 0.4 kg parcel to DE',
    );
  });

  it('stops at a faulty rate card that could be the cheapest, naming its row', () => {
    const withBroken = rateCardsOf(
      channelSheet(
        channelRows(
          ['Yanwen UK', 'Yanwen', 'epacket', 'UK', '', 2, 80, 18, '', '', '', '', '', '', '', ''],
          ['New line', 'X', 'epacket', 'UK', '', 2, '', '', '', '', '', '', '', '', '', ''],
        ),
      ).rows,
      'Shipping channels',
    );
    const quote = choose(parcel(0.5), 'UK', withBroken);
    expect(!quote.ok && quote.problem.en).toContain('Shipping channels row 3 (channel "New line")');
    // the same broken row does not matter for another destination
    expect(choose(parcel(0.5), 'DE', withBroken).ok).toBe(false);
    expect(choose(parcel(0.5), 'DE', withBroken)).toMatchObject({
      problem: { en: 'no channel takes a 0.5 kg parcel to DE' },
    });
  });

  it('prefers the faster channel when two cost the same', () => {
    const tie = rateCardsOf(
      channelSheet(
        channelRows(
          ['Slow', 'X', 'epacket', 'UK', '', 2, 80, 18, '', '', '', '', '', '', 15, ''],
          ['Fast', 'X', 'epacket', 'UK', '', 2, 80, 18, '', '', '', '', '', '', 8, ''],
        ),
      ).rows,
      'Shipping channels',
    );
    expect(choose(parcel(1), 'UK', tie)).toMatchObject({
      ok: true,
      value: { card: { channel: 'Fast' } },
    });
  });
});
