import { bulkySize, checkResearchNotes } from '../../../src/core/new-products/research-notes';
import { GOOD_PRODUCT, productSheet } from './product-sheet';
import type { ProductCells } from './product-sheet';

const check = (changes: ProductCells) =>
  checkResearchNotes(productSheet([{ ...GOOD_PRODUCT, ...changes }]));

describe('R3.2: why, what advantage, what needs care', () => {
  it('refuses a reason of one character or a filler word', () => {
    expect(check({ reason: '好' })).toEqual([
      expect.objectContaining({ rule: 'R3.2', column: 'reason', severity: 'error' }),
    ]);
    expect(check({ advantage: 'N/A' })).toEqual([
      expect.objectContaining({ rule: 'R3.2', column: 'advantage', severity: 'error' }),
    ]);
    expect(check({ reason: 'ok' })).toHaveLength(1);
  });

  it('accepts a short reason that still says something', () => {
    expect(check({ reason: '好卖', advantage: 'cheap' })).toEqual([]);
  });

  it('leaves an empty reason to the required-cell check', () => {
    const sheet = productSheet([{ ...GOOD_PRODUCT, reason: '' }]);
    expect(checkResearchNotes(sheet)).toEqual([]);
    expect(sheet.findings).toEqual([
      expect.objectContaining({ rule: 'WB.required', column: 'reason' }),
    ]);
  });

  it('warns about a battery the notes do not mention', () => {
    expect(check({ battery: '是', notes: '' })).toEqual([
      expect.objectContaining({ rule: 'R3.2', column: 'notes', severity: 'warning' }),
    ]);
    expect(check({ battery: '是', notes: '内置锂电池，走带电渠道' })).toEqual([]);
  });

  it('warns about a fragile or liquid product whose notes say nothing of it', () => {
    expect(check({ fragile: 'yes', notes: 'ships in 3 days' })).toHaveLength(1);
    expect(check({ liquid: 'yes', notes: 'liquid: sealed bottle' })).toEqual([]);
  });

  it('warns when a parcel over 60 cm on a side is not marked bulky', () => {
    const findings = check({ lengthCm: 70, widthCm: 30, heightCm: 20 });
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'R3.2', column: 'bulky', severity: 'warning' }),
    ]);
    expect(findings[0].message.en).toContain('70×30×20 cm');
  });

  it('warns when length + width + height pass 90 cm though no side passes 60', () => {
    expect(check({ lengthCm: 40, widthCm: 30, heightCm: 25 })).toHaveLength(1);
    expect(check({ lengthCm: 40, widthCm: 30, heightCm: 20 })).toEqual([]);
  });

  it('accepts a large parcel marked bulky with a note', () => {
    expect(check({ lengthCm: 70, bulky: '是', notes: '大体积，走快递' })).toEqual([]);
  });

  it('derives bulky from one long side even when the others are unknown', () => {
    const [row] = productSheet([{ ...GOOD_PRODUCT, lengthCm: 61, widthCm: '', heightCm: '' }]).rows;
    expect(bulkySize(row)).toBe('61×?×?');
  });
});
