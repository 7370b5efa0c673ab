import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import { runFollowUpNow } from '../../src/gas/follow-up-sidebar';
import { importRows } from '../../src/gas/import-sidebar';
import { dailyFollowUp } from '../../src/gas/jobs';
import { BUSY_MESSAGE, BusyError } from '../../src/gas/lock';
import { approveReview } from '../../src/gas/review';
import { SpreadsheetWorkbook } from '../../src/gas/spreadsheet-workbook';
import { planImport, runImport } from '../../src/workflows/import-table';
import { installGas } from '../fakes/gas';
import type { FakeGas } from '../fakes/gas';

/** 10:30 in Shanghai, the spreadsheet's zone. */
const NOW = new Date('2026-11-20T02:30:00Z');
const BUYER = 'buyer@example.com';
const SECOND_BUYER = 'buyer2@example.com';
const UK_OWNER = 'uk@example.com';
const DIRECTOR = 'boss@example.com';

const ORDER_HEADER = [
  'Order ID',
  'Site',
  'Ordered at',
  'SKU',
  'Quantity',
  'Item price',
  'Currency',
  'Status',
  'Shipped at',
  'Tracking number',
];

/** An order line of the ERP's export: shipped 50 days before NOW unless said otherwise. */
function order(n: number, status = 'Shipped', shippedAt = '2026-10-01 09:00'): string[] {
  const id = `206-${String(n).padStart(4, '0')}`;
  return [
    id,
    'UK',
    '2026-09-28 10:00',
    `SKU-${n % 7}`,
    '1',
    '19.99',
    'GBP',
    status,
    shippedAt,
    `LX${n}`,
  ];
}

/** The first export: orders 1–40. The second overlaps it (30–40, some delivered since) and adds 41–70. */
const FIRST: string[][] = [ORDER_HEADER, ...range(1, 40).map((n) => order(n))];
const SECOND: string[][] = [
  ORDER_HEADER,
  ...range(30, 70).map((n) => (n <= 35 ? order(n, 'Delivered') : order(n))),
];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function sheets(): Record<string, Cell[][]> {
  return {
    Settings: [
      ['Key', 'Value'],
      ['directors', DIRECTOR],
      ['purchasing', `${BUYER}, ${SECOND_BUYER}`],
      ['owner.UK', UK_OWNER],
    ],
    Orders: [SHEETS.orders.columns.map((column) => column.label.en)],
    'Abnormal shipments': [SHEETS.abnormalShipments.columns.map((column) => column.label.en)],
  };
}

let fake: FakeGas;

function open(): FakeGas {
  fake = installGas({
    user: BUYER,
    editors: [BUYER, SECOND_BUYER, UK_OWNER, DIRECTOR],
    userLocale: 'en-GB',
    now: () => new Date(),
    sheets: sheets(),
  });
  return fake;
}

/** The business tabs as they stand (the Audit log records who did what, in which order). */
function business(): Record<string, unknown[][]> {
  return { Orders: fake.values('Orders'), 'Abnormal shipments': fake.values('Abnormal shipments') };
}

/**
 * Runs `first`, and the moment its first write is about to reach the sheet (everything read,
 * everything planned) runs `second` as another person: the worst interleaving there is.
 */
function interleave<T>(first: () => T, second: () => void): T {
  const apply = SpreadsheetWorkbook.prototype.apply;
  let cut = false;
  const spy = jest.spyOn(SpreadsheetWorkbook.prototype, 'apply').mockImplementation(function (
    this: SpreadsheetWorkbook,
    edits,
  ) {
    if (!cut) {
      cut = true;
      second();
    }
    return apply.call(this, edits);
  });
  try {
    return first();
  } finally {
    spy.mockRestore();
  }
}

function message(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

beforeEach(() => jest.useFakeTimers({ now: NOW }));
afterEach(() => {
  fake.uninstall();
  jest.useRealTimers();
});

describe('two people importing overlapping exports at once', () => {
  function serial(): Record<string, unknown[][]> {
    open();
    importRows('orders', FIRST, 'first.csv');
    fake.runAs(SECOND_BUYER, () => importRows('orders', SECOND, 'second.csv'));
    const result = business();
    fake.uninstall();
    return result;
  }

  it('tells the second person to retry, and the retry gives what one after the other gives', () => {
    const expected = serial();
    open();
    let told = '';
    const waitedFrom = fake.now().getTime();

    interleave(
      () => importRows('orders', FIRST, 'first.csv'),
      () => {
        told = fake.runAs(SECOND_BUYER, () =>
          message(() => importRows('orders', SECOND, 'second.csv')),
        );
      },
    );
    expect(told).toBe(BUSY_MESSAGE.en);
    expect(fake.now().getTime() - waitedFrom).toBeGreaterThanOrEqual(10_000);

    fake.runAs(SECOND_BUYER, () => importRows('orders', SECOND, 'second.csv'));

    expect(business()).toEqual(expected);
    const orders = fake.values('Orders').slice(1);
    expect(orders).toHaveLength(70);
    expect(new Set(orders.map((row) => row[0])).size).toBe(70);
    const delivered = orders.filter((row) => row[11] === 'Delivered').map((row) => row[0]);
    expect(delivered).toEqual(range(30, 35).map((n) => `206-${String(n).padStart(4, '0')}`));
  });

  it('loses rows without the lock: what the lock is there to prevent', () => {
    const expected = serial();
    open();
    const mine = new SpreadsheetWorkbook(SpreadsheetApp.getActive());
    const plan = planImport(mine, 'orders', FIRST as Cell[][], 'first.csv');
    fake.runAs(SECOND_BUYER, () =>
      runImport(
        new SpreadsheetWorkbook(SpreadsheetApp.getActive()),
        'orders',
        SECOND as Cell[][],
        'second.csv',
      ),
    );
    mine.apply(plan.edits);

    const orders = fake.values('Orders').slice(1);
    expect(business()).not.toEqual(expected);
    expect(orders.length).toBeLessThan(70);
  });

  it('records both imports in the Audit log, and not the attempt that found the lock taken', () => {
    open();
    interleave(
      () => importRows('orders', FIRST, 'first.csv'),
      () =>
        fake.runAs(SECOND_BUYER, () => message(() => importRows('orders', SECOND, 'second.csv'))),
    );
    fake.runAs(SECOND_BUYER, () => importRows('orders', SECOND, 'second.csv'));

    const log = fake.values('Audit log').slice(1);
    expect(log.map((row) => [row[1], row[6]])).toEqual([
      [BUYER, 'done'],
      [SECOND_BUYER, 'done'],
    ]);
  });
});

describe('an import and the daily follow-up at once', () => {
  function serialImportThenFollowUp(): Record<string, unknown[][]> {
    open();
    importRows('orders', FIRST, 'first.csv');
    fake.runAs(UK_OWNER, () => runFollowUpNow());
    const result = business();
    fake.uninstall();
    return result;
  }

  it('makes the follow-up wait for the import, then gives what one after the other gives', () => {
    const expected = serialImportThenFollowUp();
    open();
    let told = '';

    interleave(
      () => importRows('orders', FIRST, 'first.csv'),
      () => {
        told = fake.runAs(UK_OWNER, () => message(() => runFollowUpNow()));
      },
    );
    expect(told).toBe(BUSY_MESSAGE.en);
    fake.runAs(UK_OWNER, () => runFollowUpNow());

    expect(business()).toEqual(expected);
    expect(fake.values('Abnormal shipments')).toHaveLength(41);
  });

  it('lets the daily trigger find the lock taken and leaves the sheet to its next run', () => {
    const expected = (() => {
      open();
      importRows('orders', FIRST, 'first.csv');
      fake.runAs(DIRECTOR, () => dailyFollowUp());
      const result = business();
      fake.uninstall();
      return result;
    })();
    open();
    let busy: unknown = null;

    interleave(
      () => importRows('orders', FIRST, 'first.csv'),
      () => {
        try {
          fake.runAs(DIRECTOR, () => dailyFollowUp());
        } catch (error) {
          busy = error;
        }
      },
    );
    expect(busy).toBeInstanceOf(BusyError);
    expect(fake.values('Abnormal shipments')).toHaveLength(1);
    fake.runAs(DIRECTOR, () => dailyFollowUp());

    expect(business()).toEqual(expected);
  });

  it('lets an import wait for the follow-up that started first', () => {
    const expected = (() => {
      open();
      importRows('orders', FIRST, 'first.csv');
      fake.runAs(UK_OWNER, () => runFollowUpNow());
      fake.runAs(SECOND_BUYER, () => importRows('orders', SECOND, 'second.csv'));
      const result = business();
      fake.uninstall();
      return result;
    })();
    open();
    importRows('orders', FIRST, 'first.csv');
    let told = '';

    interleave(
      () => fake.runAs(UK_OWNER, () => runFollowUpNow()),
      () => {
        told = fake.runAs(SECOND_BUYER, () =>
          message(() => importRows('orders', SECOND, 'second.csv')),
        );
      },
    );
    expect(told).toBe(BUSY_MESSAGE.en);
    fake.runAs(SECOND_BUYER, () => importRows('orders', SECOND, 'second.csv'));

    expect(business()).toEqual(expected);
  });
});

describe('a review while someone holds the lock', () => {
  it('waits a short while, then says so and writes nothing', () => {
    fake = installGas({
      user: DIRECTOR,
      userLocale: 'en-GB',
      sheets: {
        Settings: [
          ['Key', 'Value'],
          ['directors', DIRECTOR],
        ],
      },
    });
    fake.holdDocumentLock(BUYER);
    const from = fake.now().getTime();

    expect(message(() => approveReview([2], ''))).toBe(BUSY_MESSAGE.en);

    expect(fake.now().getTime() - from).toBe(10_000);
    expect(fake.sheetNames).not.toContain('Audit log');
  });
});
