import type { Cell } from '../../../src/core/cells';
import { monthEndReport } from '../../../src/core/finance/month-end';
import { ORDERS, SHIPPING_FEES, financeBooks } from './finance-books';

type Row = Record<string, Cell>;

// Two e-packet rate cards: 10.00 + 60.00/kg to the UK, 12.00 + 70.00/kg to Germany.
const CHANNELS: Row[] = [
  { channel: 'YunExpress', kind: 'epacket', destination: 'UK', perKgCny: 60, perParcelCny: 10 },
  { channel: 'YunExpress', kind: 'epacket', destination: 'DE', perKgCny: 70, perParcelCny: 12 },
];

function suppliers(lampBattery = false): Row[] {
  return [
    {
      sku: 'LAMP-01',
      supplierUrl: 'https://detail.1688.com/offer/1.html',
      weightKg: 0.35,
      battery: lampBattery ? 'yes' : 'no',
    },
    { sku: 'MUG-02', supplierUrl: 'https://detail.1688.com/offer/2.html', weightKg: 0.4 },
  ];
}

const ORDERS_BY_CHANNEL = ORDERS.map((row) =>
  row.orderId === 'A-1001' || row.orderId === 'A-1002' ? { ...row, channel: 'YunExpress' } : row,
);

function feesWith(a1001: number, a1002: number): Row[] {
  return SHIPPING_FEES.map((row) => {
    if (row.trackingNumber === 'TRK1') return { ...row, feeCny: a1001 };
    if (row.trackingNumber === 'TRK2') return { ...row, feeCny: a1002 };
    return row;
  });
}

function offEstimate(fees: Row[], lampBattery = false) {
  const books = financeBooks({
    orders: ORDERS_BY_CHANNEL,
    shippingFees: fees,
    shippingChannels: CHANNELS,
    skuSuppliers: suppliers(lampBattery),
  });
  return monthEndReport(books, '2026-11').reconciliation.filter(
    (item) => item.kind === 'feeOffEstimate',
  );
}

describe('carriers’ fees against the rate card (R7.4)', () => {
  it('flags a fee more than 20 % off the estimate for the order’s channel and weight', () => {
    // A-1001: 2 lamps × 0.35 kg = 0.7 kg to the UK: 10.00 + 60.00 × 0.7 = 52.00;
    // 65.00 is 13.00 or 25 % over
    // A-1002: a mug 0.4 kg + a lamp 0.35 kg = 0.75 kg to Germany: 12.00 + 70.00 × 0.75 =
    // 64.50; 77.40 is 12.90 over, exactly 20 %, which is not more than 20 %
    const items = offEstimate(feesWith(65, 77.4));

    expect(items.map((item) => item.reference)).toEqual(['A-1001']);
    expect(items[0].message.en).toContain(
      "the fee 65.00 CNY for order A-1001 is 25% off the rate card's 52.00 CNY",
    );
    expect(items[0].message.zh).toContain('运价表估算 52.00 CNY');
  });

  it('flags a fee too far below the estimate as well, and one fen past 20 %', () => {
    // 40.00 is 12.00 or 23.08 % under 52.00; 77.41 is 12.91 or 20.02 % over 64.50
    const items = offEstimate(feesWith(40, 77.41));

    expect(items.map((item) => item.reference)).toEqual(['A-1001', 'A-1002']);
    expect(items[0].message.en).toContain('23.08% off');
    expect(items[1].message.en).toContain('20.02% off');
  });

  it('prices dangerous goods at the Settings factor', () => {
    // a lamp with a battery: 52.00 × 2 = 104.00, so 65.00 is 37.5 % under it
    const items = offEstimate(feesWith(65, 64.5), true);

    expect(items.map((item) => item.reference)).toEqual(['A-1001', 'A-1002']);
    expect(items[0].message.en).toContain("37.5% off the rate card's 104.00 CNY");
  });

  it('leaves the comparison out when the order names no priced channel', () => {
    const books = financeBooks({
      shippingFees: feesWith(500, 500),
      shippingChannels: CHANNELS,
      skuSuppliers: suppliers(),
    });

    const report = monthEndReport(books, '2026-11');

    expect(report.reconciliation.some((item) => item.kind === 'feeOffEstimate')).toBe(false);
  });
});
