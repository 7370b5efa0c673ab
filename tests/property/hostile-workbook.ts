import * as fc from 'fast-check';

import type { Cell } from '../../src/core/cells';
import { SETTING_DEFAULTS, SHEETS } from '../../src/core/contract/sheets';
import type { SheetId } from '../../src/core/contract/types';
import { UnusableInputError } from '../../src/core/findings';
import { RoleError } from '../../src/core/roles';
import { MemoryWorkbook } from '../support/memory-workbook';
import { hostileCell, hostileSheet, USERS, wellFormed } from './hostile-cells';

/** The sheets a hostile workbook may hold besides Settings. */
const SHEET_IDS: SheetId[] = [
  'fx',
  'newProducts',
  'translations',
  'amazonDefaults',
  'amazonTemplates',
  'skuSuppliers',
  'shippingChannels',
  'orders',
  'shippingFees',
  'purchases',
  'refunds',
  'expenses',
  'abnormalShipments',
  'staff',
];

const ROLE_KEYS = ['directors', 'uploaders', 'finance', 'purchasing', 'owner.UK', 'owner.DE'];
const PEOPLE = USERS.filter(Boolean);

/** Settings as a team writes them: roles given to the suite's people, other keys good or bad. */
const settingsSheet: fc.Arbitrary<Cell[][]> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.oneof(
          fc.tuple(
            fc.constantFrom(...ROLE_KEYS),
            fc.oneof(
              { weight: 3, arbitrary: fc.constantFrom<Cell>(...PEOPLE, PEOPLE.join(', ')) },
              { weight: 1, arbitrary: hostileCell },
            ),
          ),
          fc.tuple(
            fc.constantFrom(...Object.keys(SETTING_DEFAULTS), 'referralFee.HOME'),
            fc.oneof(
              { weight: 2, arbitrary: fc.constantFrom<Cell>(...Object.values(SETTING_DEFAULTS)) },
              { weight: 1, arbitrary: hostileCell },
            ),
          ),
        ),
        { maxLength: 10 },
      )
      .map((rows) => [['Key', 'Value', 'Note'], ...rows.map(([key, value]) => [key, value, ''])]),
  },
  { weight: 1, arbitrary: hostileSheet(SHEETS.settings, 6) },
);

/** A workbook on a bad day, as tabs by name, and the zones it reads dates in. */
export interface WorkbookSpec {
  tabs: Record<string, Cell[][]>;
  zone: string;
  cellZone: string;
}

/** A workbook whose every part may be broken: sheets missing, headers wrong, cells hostile. */
const brokenWorkbook: fc.Arbitrary<WorkbookSpec> = fc
  .record({
    settings: fc.option(settingsSheet, { freq: 8 }),
    sheets: fc.tuple(
      ...SHEET_IDS.map((id) =>
        fc.option(
          fc.tuple(
            fc.constantFrom(SHEETS[id].name.en, SHEETS[id].name.zh),
            hostileSheet(SHEETS[id], 5, 30),
          ),
          { freq: 4 },
        ),
      ),
    ),
    zone: fc.constantFrom('Asia/Shanghai', 'Europe/London', 'UTC'),
    sheetZone: fc.boolean(),
  })
  .map(({ settings, sheets, zone, sheetZone }) => {
    const tabs: Record<string, Cell[][]> = {};
    if (settings) tabs.Settings = settings;
    for (const sheet of sheets) if (sheet) tabs[sheet[0]] = sheet[1];
    return { tabs, zone, cellZone: sheetZone ? zone : 'UTC' };
  });

/** Settings giving each of the suites' people one role, as a set-up team has it. */
const TEAM: Cell[][] = [
  ['Key', 'Value', 'Note'],
  ['directors', 'boss@x.example', ''],
  ['uploaders', 'up@x.example', ''],
  ['finance', 'fin@x.example', ''],
  ['purchasing', 'buy@x.example', ''],
  ['owner.UK', 'de@x.example', ''],
  ['owner.DE', 'de@x.example', ''],
];

/**
 * A workbook as a careful team keeps it, every sheet there with its full header and sensible
 * rows, then a few cells made hostile: so the workflows that refuse any bad cell still get to
 * their sums, margins and files, and meet garbage there.
 */
const carefulWorkbook: fc.Arbitrary<WorkbookSpec> = fc
  .record({
    sheets: fc.tuple(...SHEET_IDS.map((id) => hostileSheet(SHEETS[id], 5, 1000, 0))),
    spoiled: fc.oneof(
      fc.constant([] as Array<[number, number, number, Cell]>),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), hostileCell), { maxLength: 2 }),
    ),
    zone: fc.constantFrom('Asia/Shanghai', 'Europe/London'),
  })
  .map(({ sheets, spoiled, zone }) => {
    const tabs: Record<string, Cell[][]> = { Settings: TEAM.map((row) => [...row]) };
    SHEET_IDS.forEach((id, i) => {
      tabs[SHEETS[id].name.en] = sheets[i];
    });
    // Every month's rate of every currency the rows use, so that the reports get to their sums.
    tabs[SHEETS.fx.name.en] = [
      ['Month', 'Currency', 'Rate'],
      ...['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02'].flatMap((month) =>
        ['GBP', 'EUR', 'USD'].map((currency) => [month, currency, 9]),
      ),
    ];
    for (const [sheet, row, column, cell] of spoiled) {
      const values = sheets[sheet % sheets.length];
      if (values.length < 2) continue;
      const line = values[1 + (row % (values.length - 1))];
      if (line.length > 0) line[column % line.length] = cell;
    }
    return { tabs, zone, cellZone: zone };
  });

/** Half broken workbooks, half careful ones with a little garbage in them. */
export const hostileWorkbook: fc.Arbitrary<WorkbookSpec> = fc.oneof(
  brokenWorkbook,
  carefulWorkbook,
);

/** A fresh workbook of a spec: every run gets its own, the spec stays as generated. */
export function workbookOf(spec: WorkbookSpec): MemoryWorkbook {
  return new MemoryWorkbook(spec.tabs, spec.zone, spec.cellZone);
}

/** Every tab's values as text, Dates and odd numbers spelled out, to compare before and after. */
export function tabsOf(workbook: MemoryWorkbook): Record<string, string> {
  const text: Record<string, string> = {};
  for (const tab of workbook.tabNames()) {
    text[tab] = JSON.stringify(workbook.values(tab), (_, value) => {
      if (value instanceof Date) return `Date(${value.getTime()})`;
      if (typeof value === 'number' && !Number.isFinite(value)) return `Number(${value})`;
      return value;
    });
  }
  return text;
}

/** The tabs whose text changed between two pictures, new tabs included. */
export function changedTabs(
  before: Record<string, string>,
  after: Record<string, string>,
): string[] {
  return Object.keys(after).filter((tab) => before[tab] !== after[tab]);
}

/**
 * Runs a workflow: its result, or 'refused' when it refused as the add-on refuses (unusable
 * input, a missing role) with well-formed findings. Any other error is a fault and is thrown.
 */
export function attempt<T>(run: () => T): T | 'refused' {
  try {
    return run();
  } catch (error) {
    if (error instanceof RoleError) return 'refused';
    if (error instanceof UnusableInputError) {
      if (error.findings.length === 0 || !error.findings.every(wellFormed)) {
        throw new Error('a refusal without well-formed findings');
      }
      return 'refused';
    }
    throw error;
  }
}

/** Distinctive values of the suites' rows: none may reach a log line. */
export const ROW_CONTENTS = [
  'SKU-1',
  'SKU-2',
  'LAMP-01',
  'BAG-RED',
  'LED Desk Lamp',
  '台灯',
  'Zhongshan Lighting',
  '206-1',
  '206-2',
  'LX100',
  'detail.1688.com',
  'taobao.com',
  'img.example.com',
  ...PEOPLE,
];
