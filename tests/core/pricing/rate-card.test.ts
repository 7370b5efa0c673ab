import { toDecimal } from '../../../src/core/money';
import { rateCardsOf } from '../../../src/core/pricing/rate-card';
import { channelRows, channelSheet } from './pricing-sheets';

const dec = (text: string) => toDecimal(text)!;

describe('reading rate cards from Shipping channels', () => {
  const cardsOf = (...rows: unknown[][]) => {
    const read = channelSheet(channelRows(...(rows as never[][])));
    return rateCardsOf(read.rows, 'Shipping channels');
  };

  it('reads both forms of tariff from the sheet', () => {
    const cards = rateCardsOf(channelSheet().rows, 'Shipping channels');
    expect(cards[0].tariff).toEqual({
      ok: true,
      value: { form: 'perKg', perParcel: 1800, perKg: 8000 },
    });
    expect(cards[3].tariff).toEqual({
      ok: true,
      value: {
        form: 'steps',
        perParcel: 0,
        firstGrams: 500,
        first: 12000,
        stepGrams: 500,
        step: 3000,
      },
    });
    expect(cards[3].volumetricDivisor).toEqual(dec('5000'));
    expect(cards[6].active).toBe(false);
  });

  it('names the row of an empty rate card instead of pricing it at zero', () => {
    const [card] = cardsOf([
      'Empty line',
      'X',
      'epacket',
      'UK',
      '',
      2,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(card.tariff.ok).toBe(false);
    if (card.tariff.ok) return;
    expect(card.tariff.problem.en).toBe(
      'Shipping channels row 2 (channel "Empty line"): it has no rates: fill in ' +
        '"Per kg", "Per parcel", or "First kg", "First price", "Step kg", "Step price"',
    );
    expect(card.tariff.problem.zh).toContain('Shipping channels 第2行（Empty line）：没有运费价格');
  });

  it('names what a half-filled first/step card lacks, and refuses a card priced both ways', () => {
    const [half, both] = cardsOf(
      ['Half', 'X', 'express', 'UK', '', '', '', '', 0.5, 120, '', '', '', '', '', ''],
      ['Both', 'X', 'express', 'UK', '', '', 80, '', 0.5, 120, 0.5, 30, '', '', '', ''],
    );
    expect(!half.tariff.ok && half.tariff.problem.en).toBe(
      'Shipping channels row 2 (channel "Half"): ' +
        'the first/step prices lack "Step kg", "Step price"',
    );
    expect(!both.tariff.ok && both.tariff.problem.en).toContain('row 3 (channel "Both")');
    expect(!both.tariff.ok && both.tariff.problem.en).toContain('keep one form');
  });

  it('refuses a zero step, a negative rate and limits the wrong way round', () => {
    const [zeroStep, negative, limits] = cardsOf(
      ['Zero', 'X', 'express', 'UK', '', '', '', '', 0.5, 120, 0, 30, '', '', '', ''],
      ['Negative', 'X', 'epacket', 'UK', '', '', -80, 18, '', '', '', '', '', '', '', ''],
      ['Limits', 'X', 'epacket', 'UK', 3, 2, 80, 18, '', '', '', '', '', '', '', ''],
    );
    expect(!zeroStep.tariff.ok && zeroStep.tariff.problem.en).toContain('must be more than 0');
    expect(!negative.tariff.ok && negative.tariff.problem.en).toContain('cannot be negative');
    expect(!limits.tariff.ok && limits.tariff.problem.en).toContain('min kg is more than max kg');
  });

  it('takes a per-kg card without a per-parcel fee as having none', () => {
    const [card] = cardsOf([
      'Flat kg',
      'X',
      'epacket',
      'UK',
      '',
      2,
      80,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(card.tariff).toEqual({ ok: true, value: { form: 'perKg', perParcel: 0, perKg: 8000 } });
  });
});
