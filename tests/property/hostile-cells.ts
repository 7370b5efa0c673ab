import * as fc from 'fast-check';

import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import type { ColumnDef, SheetDef, SheetId } from '../../src/core/contract/types';
import type { Finding } from '../../src/core/findings';

/**
 * Cell values a sheet may hold on a bad day, for the property suites: what Range.getValues()
 * and an .xlsx can hand the add-on, from the plausible to the hostile.
 */

/** A text as long as a cell can take, and longer. */
export const HUGE_TEXT = 'x'.repeat(60_000);

/** Texts that look like something else: errors, formulas, numbers, dates, scripts, controls. */
const SPECIAL_TEXTS = [
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  ' #N/A ',
  '=SUM(A1:A9)',
  '=HYPERLINK("http://evil.example","click")',
  '=IMPORTXML("http://evil.example","//a")',
  '+1+1',
  '-2+3',
  '@evil',
  "'=1",
  '１２３',
  '１２．５',
  '٣٤٫٥',
  '2026年11月3日',
  '2026/11/03',
  '2026-02-30',
  '2026-11-03T25:61:00',
  '13/13/2026',
  '9999-99-99',
  '0000-00-00',
  '£9.99',
  '￥12',
  '¥-3',
  '1,234.50',
  '12,99',
  '(5)',
  '1e400',
  '-1e-400',
  '-0',
  'NaN',
  'Infinity',
  '0x1F',
  '12%',
  '150%',
  'TRUE',
  'yes',
  '是',
  '否',
  'N',
  'UK',
  '英国',
  'GB',
  'amazon.de',
  'XX',
  '2026-11',
  '2026-13',
  'https://detail.1688.com/offer/612345678901.html',
  'https://shop123.taobao.com/',
  'javascript:alert(1)',
  'http://',
  'a@b.co',
  'a@b.co, not an email',
  'LAMP-01',
  'lamp 01',
  'SKU.1_2',
  '\u202eevil',
  'ٱلعربية',
  'עברית',
  'ไทย',
  '😀👍🏽',
  'e\u0301\u0301\u0301',
  '\u0000\u0001\u0007\u001b',
  '\uFFFE\uFFFF',
  '\uD800',
  '\r\n\t',
  ' ',
  '',
  '0.3',
  '30',
  '5-10',
  'Approved',
  '已通过',
  'Submitted',
  'Shipped',
  'Delivered',
  'Reassure',
  'Full',
  'Size',
  'GBP',
  'RMB',
  'AMZ-2026-11-03-UK',
];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SPECIAL_TEXTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(HUGE_TEXT, '中'.repeat(40_000), '=A1'.repeat(9_000)) },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ min: -1e6, max: 1e6 }),
  fc.double(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    2 ** 53 + 1,
    1e21,
    0.1 + 0.2,
    45962.5,
  ),
);

export const hostileDate: fc.Arbitrary<Date> = fc.oneof(
  fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
  fc.date({ noInvalidDate: false }),
  fc.constant(new Date(NaN)),
);

/** Any cell, from plausible to hostile. */
export const hostileCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 5, arbitrary: hostileText },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 2, arbitrary: hostileDate },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom<Cell>(null, undefined, '') },
);

/** What a header cell of a column may say: a label, an alias, a near miss, or garbage. */
function headerOf(column: ColumnDef): fc.Arbitrary<Cell> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc.constantFrom<Cell>(column.label.en, column.label.zh, ...column.aliases),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Cell>(
        ` ${column.label.en.toUpperCase()} `,
        `${column.label.zh}（kg）`,
      ),
    },
    { weight: 1, arbitrary: hostileCell },
  );
}

/**
 * A sheet of a contract sheet: its columns (some missing, shuffled, some repeated), extra
 * columns, then rows of hostile cells, ragged or not.
 */
export function hostileSheet(def: SheetDef, maxRows = 8): fc.Arbitrary<Cell[][]> {
  const columns = fc
    .subarray(def.columns, { minLength: 0 })
    .chain((kept) => fc.shuffledSubarray(kept, { minLength: kept.length, maxLength: kept.length }));
  return fc
    .record({
      kept: columns,
      repeat: fc.option(fc.constantFrom(...def.columns), { freq: 12 }),
      extra: fc.array(hostileCell, { maxLength: 2 }),
      required: fc.boolean(),
    })
    .chain(({ kept, repeat, extra, required }) => {
      // Mostly keep every required column, so the rows are read and their cells checked.
      const chosen = required
        ? [...def.columns.filter((c) => c.required && !kept.includes(c)), ...kept]
        : kept;
      const withRepeat = repeat ? [...chosen, repeat] : chosen;
      const header = fc.tuple(
        ...withRepeat.map(headerOf),
        ...extra.map((cell) => fc.constant(cell)),
      );
      const width = withRepeat.length + extra.length;
      const row = fc.array(hostileCell, { minLength: 0, maxLength: width + 1 });
      return fc.tuple(header, fc.array(row, { maxLength: maxRows }));
    })
    .map(([header, rows]) => [header as Cell[], ...rows]);
}

/** The tab names a sheet may go by: its labels, in either language and odd spacing. */
export function tabNameOf(def: SheetDef): fc.Arbitrary<string> {
  return fc.constantFrom(def.name.en, def.name.zh, ` ${def.name.en.toUpperCase()} `);
}

/** A copy of a sheet's values and of each Date's time, to see afterwards that nothing moved. */
export function snapshot(values: readonly (readonly Cell[])[]): {
  rows: Cell[][];
  times: number[];
} {
  const rows = values.map((row) => [...row]);
  const times = rows.flat().map((cell) => (cell instanceof Date ? cell.getTime() : 0));
  return { rows, times };
}

/** Whether values still hold what a snapshot saw: the same cells, the same Dates' times. */
export function unchanged(
  values: readonly (readonly Cell[])[],
  before: { rows: Cell[][]; times: number[] },
): boolean {
  if (values.length !== before.rows.length) return false;
  const same = values.every(
    (row, r) =>
      row.length === before.rows[r].length &&
      row.every((cell, c) => Object.is(cell, before.rows[r][c])),
  );
  const times = values.flat().map((cell) => (cell instanceof Date ? cell.getTime() : 0));
  return same && times.every((time, i) => Object.is(time, before.times[i]));
}

/** The sheets by id, for suites that go through every one. */
export const SHEET_LIST: Array<[SheetId, SheetDef]> = Object.entries(SHEETS) as Array<
  [SheetId, SheetDef]
>;

/** What every finding must be: placed on a sheet, with a rule and a message in both languages. */
export function wellFormed(finding: Finding): boolean {
  return (
    typeof finding.sheet === 'string' &&
    (finding.row === null || (Number.isInteger(finding.row) && finding.row >= 1)) &&
    typeof finding.rule === 'string' &&
    finding.rule !== '' &&
    (finding.severity === 'error' || finding.severity === 'warning') &&
    typeof finding.message.zh === 'string' &&
    finding.message.zh !== '' &&
    typeof finding.message.en === 'string' &&
    finding.message.en !== ''
  );
}

/** Runs per property: at least 1,000, as the suites promise. */
export const RUNS = 1000;
