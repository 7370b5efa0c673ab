import { SHEETS } from '../../src/core/contract/sheets';
import { runFollowUp } from '../../src/workflows/follow-up';
import { MemoryWorkbook } from '../support/memory-workbook';

const header = (id: 'orders' | 'abnormalShipments') => SHEETS[id].columns.map((c) => c.label.en);

function order(values: Record<string, string | number>): (string | number)[] {
  return SHEETS.orders.columns.map((column) => values[column.id] ?? '');
}

function workbook(abnormal: (string | number)[][] = []): MemoryWorkbook {
  const line = {
    site: 'UK',
    sku: 'LAMP-01',
    quantity: 1,
    itemPrice: 10,
    currency: 'GBP',
    orderedAt: '2026-09-20',
  };
  return new MemoryWorkbook({
    Settings: [
      ['Key', 'Value'],
      ['owner.UK', 'uk@demo.example'],
      ['owner.DE', 'de@demo.example'],
    ],
    Orders: [
      header('orders'),
      order({
        ...line,
        orderId: 'O-29',
        status: 'Shipped',
        shippedAt: '2026-11-02',
        trackingNumber: 'T29',
      }),
      order({
        ...line,
        orderId: 'O-30',
        status: 'Shipped',
        shippedAt: '2026-11-01',
        trackingNumber: 'T30',
      }),
      order({
        ...line,
        orderId: 'O-30',
        sku: 'BOX-02',
        status: 'Shipped',
        shippedAt: '2026-11-01',
      }),
      order({
        ...line,
        orderId: 'O-60',
        site: 'DE',
        currency: 'EUR',
        status: 'Shipped',
        shippedAt: '2026-10-02',
        trackingNumber: 'T60',
      }),
      order({
        ...line,
        orderId: 'O-OK',
        status: 'Delivered',
        shippedAt: '2026-09-01',
        deliveredAt: '2026-09-12',
      }),
    ],
    'Abnormal shipments': [header('abnormalShipments'), ...abnormal],
  });
}

const today = new Date('2026-12-01T02:00:00Z');
const stageColumn = SHEETS.abnormalShipments.columns.findIndex((c) => c.id === 'stage');

describe('daily shipment follow-up', () => {
  it('adds undelivered orders at 30 days to reassure and at 60 days for a refund (R6.1f)', () => {
    const book = workbook();
    const result = runFollowUp(book, today);
    expect(result.items.map((item) => [item.orderId, item.daysInTransit, item.stage])).toEqual([
      ['O-30', 30, 'Reassure'],
      ['O-60', 60, 'RefundDue'],
    ]);
    const rows = book.values('Abnormal shipments');
    expect(rows.map((row) => row[0])).toEqual(['Order ID', 'O-30', 'O-60']);
    expect(result.mails.map((mail) => mail.to)).toEqual([['uk@demo.example'], ['de@demo.example']]);
  });

  it('changes nothing and mails nobody when run twice on the same day', () => {
    const book = workbook();
    runFollowUp(book, today);
    const before = book.values('Abnormal shipments');
    const again = runFollowUp(book, new Date('2026-12-01T09:00:00Z'));
    expect(again.edits).toEqual([]);
    expect(again.mails).toEqual([]);
    expect(book.values('Abnormal shipments')).toEqual(before);
  });

  it('keeps what a person wrote on a row and moves it forward, never duplicating it', () => {
    const edited = SHEETS.abnormalShipments.columns.map(
      (column) =>
        ({
          orderId: 'O-60',
          stage: 'Reassure',
          owner: 'amy@demo.example',
          notes: 'carrier says customs',
        })[column.id] ?? '',
    );
    const book = workbook([edited]);
    runFollowUp(book, today);
    const rows = book.values('Abnormal shipments').filter((row) => row[0] === 'O-60');
    expect(rows).toHaveLength(1);
    expect(rows[0][stageColumn]).toBe('Refund due');
    expect(rows[0]).toEqual(expect.arrayContaining(['amy@demo.example', 'carrier says customs']));
  });

  it('resolves a followed order once it is delivered', () => {
    const book = workbook();
    runFollowUp(book, today);
    const delivered = book.values('Orders').map((row) => (row[0] === 'O-30' ? [...row] : row));
    const status = SHEETS.orders.columns.findIndex((c) => c.id === 'status');
    delivered.forEach((row) => {
      if (row[0] === 'O-30') row[status] = 'Delivered';
    });
    book.tabs.get('Orders')!.values = delivered;
    const result = runFollowUp(book, new Date('2026-12-02T02:00:00Z'));
    expect(result.items).toContainEqual(
      expect.objectContaining({ orderId: 'O-30', change: 'resolved' }),
    );
    expect(book.values('Abnormal shipments')[1][stageColumn]).toBe('Resolved');
  });
});
