import { formatCents, fromCents, multiplyCents, toCents, toDecimal } from '../../src/core/money';

describe('money in cents', () => {
  it('reads amounts as written, rounding half-up to the cent', () => {
    expect(toCents('12.345')).toBe(1235);
    expect(toCents(1.005)).toBe(101);
    expect(toCents('-0.005')).toBe(-1);
    expect(toCents('1e2')).toBe(10000);
    expect(toCents('abc')).toBeNull();
  });

  it('converts at a rate exactly, rounding once half-up', () => {
    // 12.99 GBP × 9.1235 CNY/GBP = 118.514265 CNY → 118.51
    expect(multiplyCents(1299, toDecimal('9.1235')!)).toBe(11851);
    // 0.50 × 0.01 = 0.005 → 0.01 (half-up), where a float product 0.005 might fall under it
    expect(multiplyCents(50, toDecimal('0.01')!)).toBe(1);
    expect(multiplyCents(-50, toDecimal('0.01')!)).toBe(-1);
  });

  it('sums 100,000 converted lines with no float drift', () => {
    const rate = toDecimal(9.1234)!;
    let total = 0;
    for (let i = 0; i < 100_000; i += 1) total += multiplyCents(10, rate);
    // each line: 0.10 × 9.1234 = 0.91234 → 0.91; exactly 100,000 × 91 cents
    expect(total).toBe(9_100_000);
    expect(formatCents(total)).toBe('91000.00');
  });

  it('formats cents for people and JSON', () => {
    expect(formatCents(-5)).toBe('-0.05');
    expect(formatCents(123456)).toBe('1234.56');
    expect(fromCents(1235)).toBe(12.35);
  });
});
