import {
  parseDate,
  parseDateTime,
  parseMoney,
  parseMonth,
  parseNumber,
  parsePercent,
  parseUrl,
  parseYesNo,
} from '../../src/core/cells';

const value = <T>(parsed: { ok: boolean; value?: T }): T | undefined =>
  parsed.ok ? parsed.value : undefined;

describe('reading cells as people type them', () => {
  it('reads numbers written as text with separators and currency marks', () => {
    expect(value(parseNumber('1,234.50'))).toBe(1234.5);
    expect(value(parseNumber(' 12.5 '))).toBe(12.5);
    expect(value(parseMoney('￥12'))).toBe(1200);
    expect(value(parseMoney('£9.99'))).toBe(999);
    expect(value(parseMoney('EUR 19.90'))).toBe(1990);
    expect(value(parseMoney(12.345))).toBe(1235);
  });

  it('refuses a decimal comma instead of guessing what "12,99" means', () => {
    const parsed = parseNumber('12,99');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.en).toContain('point');
  });

  it('refuses weights with units, dates and errors in number columns', () => {
    expect(parseNumber('500g').ok).toBe(false);
    expect(parseNumber(new Date()).ok).toBe(false);
    expect(parseNumber('#N/A').ok).toBe(false);
    expect(parseNumber(Number.NaN).ok).toBe(false);
  });

  it('reads percentages as shares', () => {
    expect(value(parsePercent('30%'))).toBe(0.3);
    expect(value(parsePercent(0.3))).toBe(0.3);
  });

  it('reads yes and no in Chinese and English', () => {
    expect(value(parseYesNo('是'))).toBe(true);
    expect(value(parseYesNo('否'))).toBe(false);
    expect(value(parseYesNo('Y'))).toBe(true);
    expect(value(parseYesNo(true))).toBe(true);
    expect(value(parseYesNo('FALSE'))).toBe(false);
    expect(parseYesNo('maybe').ok).toBe(false);
  });

  it('reads dates in the forms WORKBOOK.md lists', () => {
    expect(value(parseDate('2026-11-03', 'UTC'))).toBe('2026-11-03');
    expect(value(parseDate('2026/11/3', 'UTC'))).toBe('2026-11-03');
    expect(value(parseDate('2026年11月3日', 'UTC'))).toBe('2026-11-03');
    expect(value(parseDateTime('2026/11/3 14:05', 'UTC'))).toBe('2026-11-03T14:05:00');
    expect(parseDate('2026-02-30', 'UTC').ok).toBe(false);
    expect(parseDate(45000, 'UTC').ok).toBe(false);
  });

  it('reads a Date cell as the wall clock of the spreadsheet time zone', () => {
    const lateNightInShanghai = new Date('2026-11-30T15:30:00Z');
    expect(value(parseDate(lateNightInShanghai, 'Asia/Shanghai'))).toBe('2026-11-30');
    expect(value(parseDateTime(lateNightInShanghai, 'Asia/Shanghai'))).toBe('2026-11-30T23:30:00');
    expect(value(parseMonth(new Date('2026-11-30T16:30:00Z'), 'Asia/Shanghai'))).toBe('2026-12');
    expect(value(parseMonth('2026/11', 'UTC'))).toBe('2026-11');
  });

  it('refuses links with spaces or without a host', () => {
    expect(parseUrl('https://example.com/a b.jpg').ok).toBe(false);
    expect(parseUrl('example').ok).toBe(false);
    expect(value(parseUrl('https://detail.1688.com/offer/1.html'))).toBe(
      'https://detail.1688.com/offer/1.html',
    );
  });
});
