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
function headerOf(column: ColumnDef, care: number): fc.Arbitrary<Cell> {
  return fc.oneof(
    {
      weight: 8 * care * care,
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

/** The people of the suites' Settings: each role once, and someone with none. */
export const USERS = [
  'boss@x.example',
  'up@x.example',
  'fin@x.example',
  'buy@x.example',
  'de@x.example',
  'nobody@x.example',
  '',
];

const TEXTS = [
  'LED Desk Lamp',
  '台灯',
  'Zhongshan Lighting',
  '206-1',
  '206-2',
  'LX100',
  '4PX',
  'HOME',
];
const SKUS = ['SKU-1', 'SKU-2', 'LAMP-01', 'BAG-RED', 'BAG'];
const URLS = [
  'https://detail.1688.com/offer/612345678901.html',
  'https://item.taobao.com/item.htm?id=700123456789',
  'https://img.example.com/a.jpg',
];
const DAYS = ['2026-09-02', '2026-10-01', '2026-10-20', '2026-11-03', '2026-11-20', '2026-12-31'];

/** A value a careful person would write in a column: so the rules behind the reader run too. */
export function plausibleCell(column: ColumnDef): fc.Arbitrary<Cell> {
  switch (column.type) {
    case 'sku':
      return fc.constantFrom(...SKUS);
    case 'number':
      return fc.oneof(fc.double({ min: 0, max: 80, noNaN: true }), fc.constantFrom(0.5, 2, 5000));
    case 'integer':
      return fc.integer({ min: -1, max: 12 });
    case 'money':
      return fc.oneof(
        fc.integer({ min: 0, max: 900 }),
        fc.constantFrom(29.99, 0.01, '£9.99', '￥12'),
      );
    case 'percent':
      return fc.constantFrom(0.1, 0.2, '30%', 0.35, 0);
    case 'yesno':
      return fc.constantFrom<Cell>('Y', 'N', '是', '否', true, false);
    case 'date':
    case 'datetime':
      return fc.oneof(
        fc.constantFrom(...DAYS),
        fc.constantFrom(...DAYS).map((day) => new Date(`${day}T02:00:00Z`)),
        fc.constantFrom('2026/11/03', '2026年11月3日', '2026-11-03 14:05'),
      );
    case 'month':
      return fc.constantFrom('2026-10', '2026-11', '2026-12', '2026年11月');
    case 'url':
      return fc.constantFrom(...URLS);
    case 'enum':
      return fc.constantFrom(...(column.options ?? []).flatMap((option) => [option.en, option.zh]));
    case 'emails':
      return fc.constantFrom(...USERS.filter(Boolean));
    case 'currency':
      return fc.constantFrom('GBP', 'EUR', 'CNY', 'USD');
    default:
      return fc.constantFrom(...TEXTS);
  }
}

/**
 * A sheet of a contract sheet: its columns (some missing, shuffled, some repeated), extra
 * columns, then rows where each cell is a plausible value of its column or a hostile one, the
 * rows ragged or not. `care` above 1 keeps headers right more often, so that workflows
 * reading many sheets get past their headers to the rows; `hostility` 0 fills the rows with
 * plausible values only, so that workflows refusing any bad cell get to their arithmetic.
 */
export function hostileSheet(
  def: SheetDef,
  maxRows = 8,
  care = 1,
  hostility = 1,
): fc.Arbitrary<Cell[][]> {
  const columns = fc
    .subarray(def.columns, { minLength: 0 })
    .chain((kept) => fc.shuffledSubarray(kept, { minLength: kept.length, maxLength: kept.length }));
  return fc
    .record({
      kept: columns,
      repeat: fc.oneof(
        { weight: 12 * care, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom(...def.columns) },
      ),
      extra: fc.array(hostileCell, { maxLength: hostility === 0 ? 0 : 2 }),
      required: fc.oneof(
        { weight: 1, arbitrary: fc.constant(false) },
        { weight: care, arbitrary: fc.constant(true) },
      ),
    })
    .chain(({ kept, repeat, extra, required }) => {
      // Mostly keep every required column, so the rows are read and their cells checked.
      const chosen = required
        ? [...def.columns.filter((c) => c.required && !kept.includes(c)), ...kept]
        : kept;
      const withRepeat = repeat ? [...chosen, repeat] : chosen;
      const header = fc.tuple(
        ...withRepeat.map((column) => headerOf(column, care)),
        ...extra.map((cell) => fc.constant(cell)),
      );
      const cellOf = (column: ColumnDef) =>
        hostility === 0
          ? plausibleCell(column)
          : fc.oneof(
              { weight: 3, arbitrary: plausibleCell(column) },
              { weight: hostility, arbitrary: hostileCell },
            );
      const fullRow = fc
        .tuple(...withRepeat.map(cellOf), ...extra.map(() => hostileCell))
        .map((cells) => cells as Cell[]);
      const row =
        hostility === 0
          ? fullRow
          : fullRow.chain((cells) =>
              fc
                .oneof(
                  { weight: 3, arbitrary: fc.constant(cells.length) },
                  { weight: hostility, arbitrary: fc.integer({ min: 0, max: cells.length }) },
                )
                .map((n) => cells.slice(0, n)),
            );
      const rows = fc.array(
        hostility === 0
          ? row
          : fc.oneof(
              { weight: 4, arbitrary: row },
              { weight: hostility, arbitrary: fc.array(hostileCell, { maxLength: 4 }) },
            ),
        { maxLength: maxRows },
      );
      return fc.tuple(header, rows);
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
