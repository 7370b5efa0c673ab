import { anyInterpreted, sheetsWouldInterpret, toSheetValue } from '../../src/gas/sheet-values';

describe('values written to Sheets', () => {
  it('keeps formula-looking text from an import as text', () => {
    for (const text of [
      '=HYPERLINK("http://x")',
      '+44 20 7946 0000',
      '-5',
      '@mention',
      "'quoted",
    ]) {
      expect(toSheetValue(text, 'Asia/Shanghai')).toBe(`'${text}`);
    }
  });

  it('keeps numbers, dates, times and booleans written as text as text', () => {
    const texts = [
      '00123',
      '1688',
      '1,234.50',
      '12.5',
      '£9.99',
      '12%',
      '1e5',
      '2026-11-03',
      '2026/11/3',
      '2026年11月3日',
      '3/11',
      '14:05',
      '3pm',
      '3 Nov 2026',
      'March 2026',
      'TRUE',
      'false',
    ];
    expect(texts.filter((text) => !sheetsWouldInterpret(text))).toEqual([]);
  });

  it('writes ordinary text as it is', () => {
    for (const text of [
      'LAMP-01',
      'Desk lamp 3 pcs',
      '台灯',
      'A1',
      'Nov',
      '',
      'https://detail.1688.com/offer/1.html',
    ]) {
      expect(toSheetValue(text, 'UTC')).toBe(text);
    }
  });

  it('writes text into a plain-text cell without the apostrophe Sheets would keep there', () => {
    expect(toSheetValue('2026-11', 'UTC', true)).toBe('2026-11');
  });

  it('turns a wall-clock date into the instant it names in the spreadsheet time zone', () => {
    const written = toSheetValue({ date: '2026-11-03T09:30:00' }, 'Asia/Shanghai');
    expect(written).toEqual(new Date('2026-11-03T01:30:00Z'));
    expect(toSheetValue({ date: '2026-03-29' }, 'Europe/London')).toEqual(
      new Date('2026-03-29T00:00:00Z'),
    );
    expect(toSheetValue({ date: '2026-07-01' }, 'Europe/London')).toEqual(
      new Date('2026-06-30T23:00:00Z'),
    );
  });

  it('writes numbers and booleans as they are and empties null and non-finite numbers', () => {
    expect(toSheetValue(12.5, 'UTC')).toBe(12.5);
    expect(toSheetValue(false, 'UTC')).toBe(false);
    expect(toSheetValue(null, 'UTC')).toBe('');
    expect(toSheetValue(Number.NaN, 'UTC')).toBe('');
  });

  it('tells whether a block holds any text that needs the apostrophe', () => {
    expect(
      anyInterpreted([
        ['SKU', 'Price'],
        ['LAMP-01', 12.5],
      ]),
    ).toBe(false);
    expect(
      anyInterpreted([
        ['SKU', 'Price'],
        ['LAMP-01', '12.5'],
      ]),
    ).toBe(true);
  });
});
