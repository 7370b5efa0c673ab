import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import type { SheetId } from '../../src/core/contract/types';
import { bookMonth } from '../../src/workflows/book-month';
import { runCheck } from '../../src/workflows/check';
import { exportAmazon } from '../../src/workflows/export-amazon';
import { runFollowUp } from '../../src/workflows/follow-up';
import { runImport } from '../../src/workflows/import-table';
import { monthEnd } from '../../src/workflows/month-end';
import { purchaseAudit } from '../../src/workflows/purchase-audit';
import { quarter } from '../../src/workflows/quarter';
import { runSetup } from '../../src/workflows/setup';
import { MemoryWorkbook } from '../support/memory-workbook';
import { attempt } from './hostile-workbook';

/**
 * 50,000 empty rows between each sheet's header and its one row of data, as a sheet that was
 * once long and then cleared by hand looks: every command still runs, quickly, and writes
 * below the data rather than after the emptiness or over it.
 */

const EMPTY_ROWS = 50_000;
const NOW = new Date('2026-11-20T02:30:00Z');
const SHEETS_USED: SheetId[] = [
  'newProducts',
  'orders',
  'shippingFees',
  'refunds',
  'purchases',
  'abnormalShipments',
  'skuSuppliers',
  'shippingChannels',
];

/** An order shipped 50 days before NOW, so the follow-up has something to do. */
const DATA: Partial<Record<SheetId, Record<string, Cell>>> = {
  orders: {
    orderId: '206-1',
    site: 'UK',
    orderedAt: '2026-09-28',
    sku: 'LAMP-01',
    quantity: 1,
    itemPrice: 19.99,
    currency: 'GBP',
    status: 'Shipped',
    shippedAt: '2026-10-01',
  },
  shippingFees: { date: '2026-10-02', carrier: '4PX', trackingNumber: 'LX1', feeCny: 30 },
  refunds: {
    date: '2026-11-02',
    site: 'UK',
    orderId: '206-1',
    amount: 5,
    currency: 'GBP',
    reason: 'Size',
  },
};

function tab(id: SheetId): Cell[][] {
  const header = SHEETS[id].columns.map((column) => column.label.en);
  const data = DATA[id];
  const blank = header.map(() => '');
  const rows: Cell[][] = [header, ...Array.from({ length: EMPTY_ROWS }, () => [...blank])];
  if (data) rows.push(SHEETS[id].columns.map((column) => data[column.id] ?? ''));
  return rows;
}

function workbook(): MemoryWorkbook {
  const tabs: Record<string, Cell[][]> = {
    Settings: [
      ['Key', 'Value'],
      ['finance', 'fin@x.example'],
      ['purchasing', 'buy@x.example'],
      ['uploaders', 'up@x.example'],
    ],
    'FX rates': [
      ['Month', 'Currency', 'Rate'],
      ['2026-09', 'GBP', 9],
      ['2026-10', 'GBP', 9],
      ['2026-11', 'GBP', 9],
    ],
  };
  for (const id of SHEETS_USED) tabs[SHEETS[id].name.en] = tab(id);
  return new MemoryWorkbook(tabs, 'Asia/Shanghai', 'Asia/Shanghai');
}

const COMMANDS: Array<[string, (book: MemoryWorkbook) => unknown]> = [
  ['check', (book) => runCheck(book, NOW)],
  ['setup', (book) => runSetup(book, 'en')],
  [
    'import-orders',
    (book) => runImport(book, 'orders', [tab('orders')[0], tab('orders')[EMPTY_ROWS + 1]], 'o.csv'),
  ],
  ['follow-up', (book) => runFollowUp(book, NOW)],
  [
    'purchase-audit',
    (book) => purchaseAudit(book, NOW, { writeDrafts: true, user: 'buy@x.example' }),
  ],
  ['month-end', (book) => monthEnd(book, '2026-11', NOW)],
  ['quarter', (book) => quarter(book, '2026-Q4', NOW)],
  ['book-month', (book) => bookMonth(book, '2026-11', 'fin@x.example', NOW)],
  [
    'export-amazon',
    (book) => exportAmazon(book, { sites: ['UK'], dryRun: false, user: 'up@x.example', now: NOW }),
  ],
];

beforeEach(() => jest.spyOn(console, 'log').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe('sheets with 50,000 empty rows above their data', () => {
  it.each(COMMANDS)('%s runs through them in a few seconds', (_name, run) => {
    const book = workbook();

    const started = Date.now();
    attempt(() => run(book));

    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('follow-up writes its row right below the header, where the sheet holds nothing', () => {
    const book = workbook();

    runFollowUp(book, NOW);

    const rows = book.values('Abnormal shipments');
    expect(rows).toHaveLength(2);
    expect(rows[1][0]).toBe('206-1');
  });

  it('an import of a row already there, below the emptiness, adds nothing', () => {
    const book = workbook();
    const orders = tab('orders');

    const result = runImport(book, 'orders', [orders[0], orders[EMPTY_ROWS + 1]], 'o.csv');

    expect([result.added, result.unchanged]).toEqual([0, 1]);
    expect(book.values('Orders')).toHaveLength(EMPTY_ROWS + 2);
  });

  it('book-month stamps the refund below the emptiness, in its own row', () => {
    const book = workbook();

    const result = bookMonth(book, '2026-11', 'fin@x.example', NOW);

    expect(result.booked).toEqual([EMPTY_ROWS + 2]);
  });
});
