import { enumLabel } from '../core/contract/headers';
import { PURCHASE_STATUS } from '../core/contract/sheets';
import { chineseDayText, slashText, wallDate } from './calendar';
import { productOf, purchaseCny } from './catalogue';
import { seededDraw } from './draw';
import { DEMO_EXPECTATIONS } from './expectations';
import { billableKg, channelNamed, rateCardCents } from './logistics';
import { demoOrderLines } from './orders';
import type { DemoOrderLine } from './orders';
import { contractTab } from './tabs';
import type { DemoRecord, DemoTab } from './tabs';
import { TEAM } from './team';

/** CNY per unit of each currency, month by month, as finance copies them from the bank. */
export const FX_RATES: Array<{ month: string; currency: string; rate: number }> = [
  { month: '2026-09', currency: 'GBP', rate: 9.0835 },
  { month: '2026-09', currency: 'EUR', rate: 7.792 },
  { month: '2026-09', currency: 'USD', rate: 7.1265 },
  { month: '2026-10', currency: 'GBP', rate: 9.124 },
  { month: '2026-10', currency: 'EUR', rate: 7.8135 },
  { month: '2026-10', currency: 'USD', rate: 7.148 },
  { month: '2026-11', currency: 'GBP', rate: 9.1575 },
  { month: '2026-11', currency: 'EUR', rate: 7.826 },
  { month: '2026-11', currency: 'USD', rate: 7.163 },
  { month: '2026-12', currency: 'GBP', rate: 9.141 },
  { month: '2026-12', currency: 'EUR', rate: 7.819 },
  { month: '2026-12', currency: 'USD', rate: 7.1555 },
];

/** The FX rates sheet; December's month cells hold a date, as Sheets turns `2026-12` into one. */
export function fxTab(): DemoTab {
  return contractTab(
    'fx',
    { lang: 'en' },
    FX_RATES.map((row) => ({
      month: row.month === '2026-12' ? wallDate('2026-12-01') : row.month,
      currency: row.currency,
      rate: row.rate,
    })),
  );
}

/** One parcel of the carriers' monthly bills. */
export interface DemoFee {
  date: string;
  carrier: string;
  trackingNumber: string;
  orderId: string | null;
  chargedKg: number;
  feeCny: number;
}

function parcels(): DemoOrderLine[][] {
  const byTracking = new Map<string, DemoOrderLine[]>();
  for (const line of demoOrderLines()) {
    if (!line.trackingNumber) continue;
    byTracking.set(line.trackingNumber, [...(byTracking.get(line.trackingNumber) ?? []), line]);
  }
  return [...byTracking.values()];
}

let cachedFees: DemoFee[] | null = null;

/** Parcels with a battery pay the carriers' dangerous-goods surcharge: the rate doubled (R4.2c). */
const DANGEROUS_FACTOR = 2;

/**
 * What the carriers billed: every parcel within a few per cent of the rate card (scales and
 * fuel surcharges differ), except one re-weighed parcel billed a third over it, and one
 * parcel that belongs to no order (a sample sent to a reviewer).
 */
export function demoFees(): DemoFee[] {
  if (cachedFees) return cachedFees;
  const draw = seededDraw(20261130);
  const fees = parcels().map((lines, i): DemoFee => {
    const first = lines[0];
    const channel = first.channel;
    if (!channel) throw new Error(`demo: parcel ${first.trackingNumber} has no channel`);
    const kg = lines.reduce((sum, line) => sum + productOf(line.sku).weightKg * line.quantity, 0);
    const dangerous = lines.some((line) => productOf(line.sku).battery);
    const scale = channel.kind === 'express' ? 0 : draw.int(0, 2) / 100;
    const chargedKg = billableKg(channel, kg + scale);
    const off = first.trackingNumber === DEMO_EXPECTATIONS.feeOffRateCard.trackingNumber;
    const surcharge = dangerous ? DANGEROUS_FACTOR : 1;
    const factor = (off ? 1.32 : 1 + draw.int(-15, 25) / 1000) * surcharge;
    return {
      date: (first.shippedAt ?? '').slice(0, 10),
      carrier: channel.carrier,
      trackingNumber: first.trackingNumber ?? '',
      orderId: i % 3 === 2 ? null : first.orderId,
      chargedKg,
      feeCny: Math.round(rateCardCents(channel, chargedKg) * factor) / 100,
    };
  });
  const sample = channelNamed('云途带电专线-UK');
  fees.push({
    date: '2026-11-18',
    carrier: sample.carrier,
    trackingNumber: DEMO_EXPECTATIONS.feeWithoutOrderTrackingNumber,
    orderId: null,
    chargedKg: 0.32,
    feeCny: (rateCardCents(sample, 0.32) * DANGEROUS_FACTOR) / 100,
  });
  cachedFees = fees.sort((a, b) => a.date.localeCompare(b.date));
  return cachedFees;
}

/** The Shipping fees sheet, pasted from the carriers' back ends (R7.3). */
export function shippingFeesTab(): DemoTab {
  return contractTab(
    'shippingFees',
    { lang: 'en' },
    demoFees().map((fee, i) => ({
      date: i % 19 === 7 ? slashText(fee.date) : wallDate(fee.date),
      carrier: fee.carrier,
      trackingNumber: fee.trackingNumber,
      orderId: fee.orderId,
      chargedKg: fee.chargedKg,
      feeCny: i % 23 === 11 ? `￥${fee.feeCny.toFixed(2)}` : fee.feeCny,
    })),
  );
}

/** One line of a purchase order: a SKU bought from one supplier for some orders (R5.1i). */
export interface DemoPurchase {
  poId: string;
  date: string;
  supplierName: string;
  sku: string;
  quantity: number;
  unitCostCny: number;
  inboundFreightCny: number;
  orderIds: string[];
  status: 'Draft' | 'Approved' | 'Paid';
}

function poNumber(day: string, n: number): string {
  return `PO${day.slice(2).replace(/-/g, '')}-${String(n).padStart(2, '0')}`;
}

let cachedPurchases: DemoPurchase[] | null = null;

/** What purchasing buys, or means to buy, for one order line. */
interface PurchaseNeed {
  day: string;
  status: DemoPurchase['status'];
  orderId: string;
  sku: string;
  quantity: number;
}

function needs(): PurchaseNeed[] {
  const lines = demoOrderLines();
  const bought = lines
    .filter((line) => line.boughtOn !== null)
    .map((line) => ({
      day: line.boughtOn!,
      status: line.boughtOn! <= '2026-11-24' ? ('Paid' as const) : ('Approved' as const),
      orderId: line.orderId,
      sku: line.sku,
      quantity: line.quantity,
    }));
  const drafted = new Set<string>(DEMO_EXPECTATIONS.toPurchaseOrderIds.slice(2, 5));
  const drafts = lines
    .filter((line) => drafted.has(line.orderId))
    .map((line) => ({
      day: '2026-11-30',
      status: 'Draft' as const,
      orderId: line.orderId,
      sku: line.sku,
      quantity: line.quantity,
    }));
  return [...bought, ...drafts];
}

/**
 * The purchase orders: one per supplier and day, a line per SKU carrying the orders it is for
 * (R5.1i), the inbound freight on its first line. Paid up to 24 November, approved after;
 * drafts for three orders still in review; and one paid purchase whose order number was
 * mistyped, so that it matches no order.
 */
export function demoPurchases(): DemoPurchase[] {
  if (cachedPurchases) return cachedPurchases;
  const draw = seededDraw(20261112);
  const groups = new Map<string, Map<string, PurchaseNeed[]>>();
  for (const need of needs()) {
    const supplier = productOf(need.sku).suppliers[0].name;
    const key = `${need.day}|${need.status}|${supplier}`;
    const bySku = groups.get(key) ?? new Map<string, PurchaseNeed[]>();
    bySku.set(need.sku, [...(bySku.get(need.sku) ?? []), need]);
    groups.set(key, bySku);
  }

  const purchases: DemoPurchase[] = [];
  const perDay = new Map<string, number>();
  for (const key of [...groups.keys()].sort()) {
    const [day, status, supplierName] = key.split('|');
    const n = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, n);
    [...groups.get(key)!.entries()].forEach(([sku, lines], i) => {
      const quantity = lines.reduce((sum, line) => sum + line.quantity, 0);
      purchases.push({
        poId: poNumber(day, n),
        date: day,
        supplierName,
        sku,
        quantity,
        unitCostCny: purchaseCny(productOf(sku)),
        inboundFreightCny: i > 0 || quantity >= 3 ? 0 : draw.pick([0, 4, 5, 6]),
        orderIds: [...new Set(lines.map((line) => line.orderId))],
        status: status as DemoPurchase['status'],
      });
    });
  }

  const boxes = productOf('LUM-BX02');
  purchases.push({
    poId: DEMO_EXPECTATIONS.purchaseWithoutOrderPoId,
    date: '2026-11-12',
    supplierName: boxes.suppliers[0].name,
    sku: boxes.sku,
    quantity: 5,
    unitCostCny: purchaseCny(boxes),
    inboundFreightCny: 8,
    orderIds: ['302-4418032-9927154'],
    status: 'Paid',
  });
  cachedPurchases = purchases.sort(
    (a, b) => a.date.localeCompare(b.date) || a.poId.localeCompare(b.poId),
  );
  return cachedPurchases;
}

/** The Purchases sheet, in English as purchasing keeps it. */
export function purchasesTab(): DemoTab {
  return contractTab(
    'purchases',
    { lang: 'en' },
    demoPurchases().map((purchase, i) => ({
      poId: purchase.poId,
      date: i % 17 === 9 ? chineseDayText(purchase.date) : wallDate(purchase.date),
      supplierName: purchase.supplierName,
      sku: purchase.sku,
      quantity: purchase.quantity,
      unitCostCny: i % 13 === 5 ? `￥${purchase.unitCostCny.toFixed(2)}` : purchase.unitCostCny,
      inboundFreightCny: purchase.inboundFreightCny,
      orderIds: purchase.orderIds.join(', '),
      status: enumLabel(PURCHASE_STATUS, purchase.status, 'en'),
      approvedBy: purchase.status === 'Draft' ? null : TEAM.director,
    })),
  );
}

/** The last day each SKU was bought, for the SKU-supplier master. */
export function lastBoughtOn(): Map<string, string> {
  const last = new Map<string, string>();
  for (const purchase of demoPurchases()) {
    if (purchase.status === 'Draft') continue;
    if ((last.get(purchase.sku) ?? '') < purchase.date) last.set(purchase.sku, purchase.date);
  }
  return last;
}

/** Office spending of October and November; one chair still waits for the director (R7.5). */
export function expensesTab(): DemoTab {
  const unapproved = DEMO_EXPECTATIONS.unapprovedExpense;
  const rows: DemoRecord[] = [
    ['2026-10-08', 'Office supplies', 236.5, 'A4 paper and thermal label rolls'],
    ['2026-10-12', 'Packaging', 680, 'Bubble wrap and 5-ply cartons for lamps and tea sets'],
    ['2026-10-15', 'Software', 299, 'ERP subscription, October'],
    ['2026-10-28', 'Software', 420, 'Keyword tool, monthly plan (USD 58)'],
    [
      unapproved.date,
      unapproved.category,
      unapproved.amountCny,
      'Office chair for the design desk',
    ],
    ['2026-11-10', 'Packaging', 452.8, 'Foam inserts for tea sets'],
    ['2026-11-15', 'Software', 299, 'ERP subscription, November'],
    ['2026-11-20', 'Office supplies', '￥86.40', 'Printer toner'],
  ].map(([date, category, amountCny, description]) => ({
    date: wallDate(String(date)),
    category,
    amountCny,
    description,
    approvedBy: date === unapproved.date ? null : TEAM.director,
  }));
  return contractTab('expenses', { lang: 'en' }, rows);
}
