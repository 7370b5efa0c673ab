import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import { UnusableInputError } from '../../src/core/findings';
import { RoleError } from '../../src/core/roles';
import { bookMonth } from '../../src/workflows/book-month';
import {
  DIRECTOR,
  FINANCE,
  ORDERS,
  REFUNDS,
  financeWorkbook,
  settingsRows,
} from '../core/finance/finance-books';

const NOW = new Date('2026-12-01T02:00:00Z');

beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  jest.restoreAllMocks();
});
const BOOKED = SHEETS.refunds.columns.findIndex((column) => column.id === 'bookedMonth');

function bookedColumn(values: Cell[][]): Cell[] {
  return values.slice(1).map((row) => row[BOOKED]);
}

describe('Book month', () => {
  it('stamps the month on its refunds that have none, in one write', () => {
    const workbook = financeWorkbook();

    const result = bookMonth(workbook, '2026-11', FINANCE, NOW);

    // rows 3 and 4 are dated in November; row 2 is October's and row 5 December's
    expect(result.booked).toEqual([3, 4]);
    expect(bookedColumn(workbook.values('Refunds'))).toEqual(['', '2026-11', '2026-11', '']);
    expect(workbook.applied).toHaveLength(1);
    expect(workbook.applied[0]).toEqual([
      {
        tab: 'Refunds',
        blocks: [{ row: 3, column: BOOKED + 1, values: [['2026-11'], ['2026-11']] }],
      },
    ]);
  });

  it('changes nothing when run a second time', () => {
    const workbook = financeWorkbook();
    bookMonth(workbook, '2026-11', FINANCE, NOW);
    const after = workbook.values('Refunds');

    const second = bookMonth(workbook, '2026-11', FINANCE, NOW);

    expect(second.booked).toEqual([]);
    expect(workbook.values('Refunds')).toEqual(after);
    expect(workbook.applied).toHaveLength(1);
  });

  it('keeps the booked month of refunds between the ones it stamps', () => {
    const refunds = [
      { ...REFUNDS[1] },
      { ...REFUNDS[2], date: '2026-11-06', bookedMonth: '2026-10' },
      { ...REFUNDS[2] },
    ];
    const workbook = financeWorkbook({ refunds });

    bookMonth(workbook, '2026-11', FINANCE, NOW);

    expect(bookedColumn(workbook.values('Refunds'))).toEqual(['2026-11', '2026-10', '2026-11']);
  });

  it('adds the booked-month column when the sheet has none', () => {
    const workbook = financeWorkbook();
    const sheet = workbook.tabs.get('Refunds')!;
    sheet.values = sheet.values.map((row) => row.filter((_, i) => i !== BOOKED));
    const width = sheet.values[0].length;

    bookMonth(workbook, '2026-11', FINANCE, NOW);

    const values = workbook.values('Refunds');
    expect(values.map((row) => row[width])).toEqual(['Booked month', '', '2026-11', '2026-11', '']);
    expect(workbook.applied[0][0].blocks).toHaveLength(1);
  });

  it('refuses someone who is not on the finance list, naming the role, and writes nothing', () => {
    const workbook = financeWorkbook();

    expect(() => bookMonth(workbook, '2026-11', DIRECTOR, NOW)).toThrow(RoleError);
    expect(() => bookMonth(workbook, '2026-11', '', NOW)).toThrow(/finance role/);
    expect(() => bookMonth(workbook, '2026-11', null, NOW)).toThrow(/an unknown user/);
    expect(workbook.applied).toHaveLength(0);
  });

  it('refuses everyone while the finance list is empty', () => {
    const workbook = financeWorkbook({ settings: settingsRows({ finance: '' }) });

    expect(() => bookMonth(workbook, '2026-11', FINANCE, NOW)).toThrow(RoleError);
    expect(workbook.applied).toHaveLength(0);
  });

  it('books nothing while one of the month’s refunds lacks a director’s approval', () => {
    // A-1006 paid 4 × 19.99 = 79.96 GBP; its refund of 60.00 GBP × 9.1234 = 547.40 CNY is
    // over the 500.00 that needs a director
    const orders = [
      ...ORDERS,
      { ...ORDERS[0], orderId: 'A-1006', quantity: 4, shippingCharged: 0, trackingNumber: 'T6' },
    ];
    const refunds = [
      ...REFUNDS,
      { ...REFUNDS[3], orderId: 'A-1006', date: '2026-11-20', amount: 60 },
    ];
    const workbook = financeWorkbook({ refunds, orders });

    let error: unknown;
    try {
      bookMonth(workbook, '2026-11', FINANCE, NOW);
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(UnusableInputError);
    expect((error as UnusableInputError).findings).toEqual([
      expect.objectContaining({ sheet: 'Refunds', row: 6, column: 'approvedBy', rule: 'R6.2f' }),
    ]);
    expect(workbook.applied).toHaveLength(0);
  });

  it('reads the refunds once', () => {
    const workbook = financeWorkbook();

    bookMonth(workbook, '2026-11', FINANCE, NOW);

    expect(workbook.reads.get('Refunds')).toBe(1);
  });
});
