import { enumLabel } from '../core/contract/headers';
import { addDays } from '../core/dates';
import { ORDER_STATUS } from '../core/contract/sheets';
import type { Site } from '../core/contract/sheets';
import { chineseDayText, daysFrom, later, slashText, wallDate } from './calendar';
import type { WallTime } from './calendar';
import { productOf } from './catalogue';
import { seededDraw } from './draw';
import type { Draw } from './draw';
import { DEMO_EXPECTATIONS } from './expectations';
import { chooseChannel } from './logistics';
import type { DemoChannel } from './logistics';
import { contractTab } from './tabs';
import type { DemoTab } from './tabs';
import { translationOf } from './translations';

export const DEMO_TODAY = DEMO_EXPECTATIONS.today;

export type OrderStatus =
  'ToPurchase' | 'ToShip' | 'Shipped' | 'Delivered' | 'Cancelled' | 'Refunded';

/** One line of an order as the ERP exports it; money in the order's currency. */
export interface DemoOrderLine {
  orderId: string;
  site: Site;
  orderedAt: WallTime;
  sku: string;
  quantity: number;
  itemPrice: number;
  shippingCharged: number | null;
  currency: 'GBP' | 'EUR';
  buyerName: string;
  buyerEmail: string;
  buyerCountry: string;
  status: OrderStatus;
  shippedAt: WallTime | null;
  trackingNumber: string | null;
  channel: DemoChannel | null;
  deliveredAt: WallTime | null;
  amazonFees: number | null;
  vat: number | null;
  /** The day purchasing bought the goods from the supplier; null when not bought. */
  boughtOn: string | null;
}

const VAT: Record<Site, number> = { UK: 0.2, DE: 0.19, FR: 0.2, IT: 0.22, ES: 0.21 };
const COUNTRY: Record<Site, string> = { UK: 'GB', DE: 'DE', FR: 'FR', IT: 'IT', ES: 'ES' };
const MARKETPLACE: Record<Site, string> = {
  UK: 'amazon.co.uk',
  DE: 'amazon.de',
  FR: 'amazon.fr',
  IT: 'amazon.it',
  ES: 'amazon.es',
};
const ORDER_PREFIX: Record<Site, string[]> = {
  UK: ['202', '203', '026'],
  DE: ['302', '303', '028'],
  FR: ['402', '403', '171'],
  IT: ['404', '405'],
  ES: ['406', '407', '408'],
};
const BUYERS: Record<Site, string[]> = {
  UK: [
    'Oliver Bennett',
    'Charlotte Hughes',
    'James Whitaker',
    'Amelia Clarke',
    'Harry Fletcher',
    'Sophie Turner',
    'George Patel',
    'Emily Walsh',
    'Thomas Reid',
    'Grace Morgan',
    'Daniel Hughes',
    'Chloe Robinson',
    'William Price',
    'Lucy Evans',
    'Samuel Ward',
  ],
  DE: [
    'Lukas Schneider',
    'Anna Becker',
    'Jonas Wagner',
    'Lea Hoffmann',
    'Felix Schäfer',
    'Marie Koch',
    'Paul Richter',
    'Sophie Neumann',
    'Maximilian Braun',
    'Hannah Zimmermann',
    'Leon Krüger',
    'Emma Hartmann',
  ],
  FR: [
    'Camille Dubois',
    'Louis Martin',
    'Chloé Bernard',
    'Hugo Lefèvre',
    'Manon Girard',
    'Lucas Moreau',
    'Léa Fontaine',
    'Antoine Rousseau',
    'Inès Mercier',
  ],
  IT: [
    'Giulia Rossi',
    'Marco Bianchi',
    'Francesca Romano',
    'Luca Colombo',
    'Chiara Ricci',
    'Alessandro Greco',
    'Sara Marino',
  ],
  ES: [
    'Lucía García',
    'Javier Martínez',
    'Carmen López',
    'Pablo Sánchez',
    'Marta Fernández',
    'Diego Romero',
    'Elena Navarro',
  ],
};

/** The days each site went live: the UK first, the translated sites over the next two weeks. */
const LIVE_FROM: Record<Site, string> = {
  UK: '2026-10-01',
  DE: '2026-10-03',
  FR: '2026-10-07',
  IT: '2026-10-10',
  ES: '2026-10-14',
};

/** The shelf price of a SKU on a site, in the site's currency. */
export function listPrice(sku: string, site: Site): number {
  const product = productOf(sku);
  if (site === 'UK') return product.priceGbp ?? 0;
  return translationOf(product, site)?.price ?? 0;
}

function cents(amount: number): number {
  return Math.round(amount * 100);
}

/** Amazon's referral fee on the whole line, and the VAT held in a VAT-inclusive price. */
function feesAndVat(site: Site, gross: number): { amazonFees: number; vat: number } {
  const grossCents = cents(gross);
  return {
    amazonFees: Math.round(grossCents * 0.15) / 100,
    vat: Math.round((grossCents * VAT[site]) / (1 + VAT[site])) / 100,
  };
}

function trackingFor(channel: DemoChannel, draw: Draw, taken: Set<string>): string {
  for (;;) {
    let number: string;
    if (channel.carrier === '4PX') number = `4PX3${draw.digits(12)}CN`;
    else if (channel.carrier === 'Yunexpress') number = `YT2${draw.digits(15)}`;
    else if (channel.carrier === 'Yanwen') number = `UG${draw.digits(9)}YP`;
    else number = draw.digits(10);
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
}

interface Shipment {
  shippedAt: WallTime;
  deliveredAt?: WallTime;
  trackingNumber?: string;
}

/** An order as it is planned here before it becomes lines. */
interface OrderPlan {
  orderId: string;
  site: Site;
  orderedAt: WallTime;
  lines: Array<{ sku: string; quantity: number; itemPrice?: number }>;
  status: OrderStatus;
  shipment?: Shipment;
  boughtOn?: string;
  withFees: boolean;
}

function parcelOf(plan: OrderPlan): { kg: number; dangerous: boolean } {
  let kg = 0;
  let dangerous = false;
  for (const line of plan.lines) {
    const product = productOf(line.sku);
    kg += product.weightKg * line.quantity;
    dangerous = dangerous || product.battery;
  }
  return { kg: Math.round(kg * 1000) / 1000, dangerous };
}

const E = DEMO_EXPECTATIONS;

/**
 * The orders that carry the planted facts: long-undelivered parcels on both sides of the
 * 30 and 60 day marks, refunded and cancelled orders, the express parcel, and the orders
 * waiting for purchasing with one loss-making and one thin-margin line among them.
 */
const PLANTED: OrderPlan[] = [
  {
    orderId: E.refundDueOrderIds[0],
    site: 'UK',
    orderedAt: '2026-10-01T08:42',
    lines: [{ sku: 'LUM-DL01', quantity: 1 }],
    status: 'Shipped',
    boughtOn: '2026-10-01',
    shipment: { shippedAt: '2026-10-01T18:20' },
    withFees: true,
  },
  {
    orderId: E.reassureOrderIds[0],
    site: 'DE',
    orderedAt: '2026-10-04T21:37',
    lines: [{ sku: 'LUM-BX02', quantity: 1 }],
    status: 'Shipped',
    shipment: { shippedAt: '2026-10-06T17:05' },
    withFees: true,
  },
  {
    orderId: E.reassureOrderIds[1],
    site: 'FR',
    orderedAt: '2026-10-08T12:15',
    lines: [{ sku: 'LUM-SU04', quantity: 1 }],
    status: 'Shipped',
    shipment: { shippedAt: '2026-10-09T17:40' },
    withFees: false,
  },
  {
    orderId: E.reassureOrderIds[2],
    site: 'IT',
    orderedAt: '2026-10-12T19:03',
    lines: [{ sku: 'LUM-TS03', quantity: 1 }],
    status: 'Shipped',
    shipment: { shippedAt: '2026-10-14T16:55' },
    withFees: true,
  },
  {
    orderId: E.reassureOrderIds[3],
    site: 'ES',
    orderedAt: '2026-10-18T10:26',
    lines: [{ sku: 'LUM-NL05', quantity: 1 }],
    status: 'Shipped',
    shipment: { shippedAt: '2026-10-20T17:30' },
    withFees: false,
  },
  {
    orderId: E.refundedOrderId,
    site: 'UK',
    orderedAt: '2026-10-20T10:02',
    lines: [{ sku: 'LUM-TS03', quantity: 2 }],
    status: 'Refunded',
    shipment: { shippedAt: '2026-10-21T17:15', deliveredAt: '2026-10-30T11:20' },
    withFees: true,
  },
  {
    orderId: '203-4471820-6630194',
    site: 'UK',
    orderedAt: '2026-10-03T14:05',
    lines: [{ sku: 'LUM-TS03', quantity: 1 }],
    status: 'Delivered',
    shipment: { shippedAt: '2026-10-05T16:40', deliveredAt: '2026-10-13T10:12' },
    withFees: true,
  },
  {
    orderId: E.feeOffRateCard.orderId,
    site: 'UK',
    orderedAt: '2026-11-09T10:20',
    lines: [{ sku: 'LUM-BX02', quantity: 1 }],
    status: 'Delivered',
    shipment: {
      shippedAt: '2026-11-10T17:30',
      deliveredAt: '2026-11-18T12:05',
      trackingNumber: E.feeOffRateCard.trackingNumber,
    },
    withFees: false,
  },
  {
    orderId: '303-2098813-5547206',
    site: 'DE',
    orderedAt: '2026-10-05T20:48',
    lines: [{ sku: 'LUM-DL01', quantity: 1 }],
    status: 'Delivered',
    shipment: { shippedAt: '2026-10-07T17:20', deliveredAt: '2026-10-16T13:45' },
    withFees: true,
  },
  {
    orderId: '171-3350927-8814470',
    site: 'FR',
    orderedAt: '2026-10-09T09:31',
    lines: [{ sku: 'LUM-SU04', quantity: 1 }],
    status: 'Delivered',
    shipment: { shippedAt: '2026-10-11T16:10', deliveredAt: '2026-10-20T15:05' },
    withFees: false,
  },
  {
    orderId: '408-7712036-1905548',
    site: 'ES',
    orderedAt: '2026-11-02T22:17',
    lines: [{ sku: 'LUM-NL05', quantity: 1 }],
    status: 'Delivered',
    shipment: { shippedAt: '2026-11-04T17:50', deliveredAt: '2026-11-13T12:30' },
    withFees: true,
  },
  {
    orderId: E.expressOrderId,
    site: 'UK',
    orderedAt: '2026-10-16T11:48',
    lines: [
      { sku: 'LUM-DL01', quantity: 2 },
      { sku: 'LUM-TS03', quantity: 1 },
    ],
    status: 'Delivered',
    shipment: { shippedAt: '2026-10-17T17:00', deliveredAt: '2026-10-21T14:10' },
    withFees: true,
  },
  {
    orderId: E.cancelledOrderIds[0],
    site: 'UK',
    orderedAt: '2026-10-11T23:05',
    lines: [{ sku: 'LUM-BX02', quantity: 1 }],
    status: 'Cancelled',
    withFees: false,
  },
  {
    orderId: E.cancelledOrderIds[1],
    site: 'DE',
    orderedAt: '2026-11-29T13:22',
    lines: [{ sku: 'LUM-SU04', quantity: 1 }],
    status: 'Cancelled',
    withFees: false,
  },
  {
    orderId: E.multiLineOrderIds[1],
    site: 'UK',
    orderedAt: '2026-11-25T09:47',
    lines: [
      { sku: 'LUM-SU04', quantity: 1 },
      { sku: 'LUM-NL05', quantity: 1 },
    ],
    status: 'ToShip',
    boughtOn: '2026-11-25',
    withFees: true,
  },
  {
    orderId: '302-7741093-2208516',
    site: 'DE',
    orderedAt: '2026-11-26T20:12',
    lines: [{ sku: 'LUM-BX02', quantity: 2 }],
    status: 'ToShip',
    boughtOn: '2026-11-27',
    withFees: false,
  },
  {
    orderId: '402-5518830-9971402',
    site: 'FR',
    orderedAt: '2026-11-27T15:33',
    lines: [{ sku: 'LUM-DL01', quantity: 1 }],
    status: 'ToShip',
    boughtOn: '2026-11-28',
    withFees: true,
  },
  {
    orderId: '406-2219487-7730165',
    site: 'ES',
    orderedAt: '2026-11-27T21:58',
    lines: [{ sku: 'LUM-TS03', quantity: 1 }],
    status: 'ToShip',
    boughtOn: '2026-11-28',
    withFees: false,
  },
  ...toPurchase(),
];

/** Black Friday weekend: eight orders wait for purchasing's review (R5.1b, R5.1h). */
function toPurchase(): OrderPlan[] {
  const plan = (
    orderId: string,
    site: Site,
    orderedAt: WallTime,
    sku: string,
    quantity: number,
    itemPrice?: number,
  ): OrderPlan => ({
    orderId,
    site,
    orderedAt,
    lines: [{ sku, quantity, itemPrice }],
    status: 'ToPurchase',
    withFees: true,
  });
  const [loss, thin, ...rest] = E.toPurchaseOrderIds;
  return [
    plan(loss, 'DE', '2026-11-28T10:41', 'LUM-TS03', 1, 9.99),
    plan(thin, 'IT', '2026-11-28T19:26', 'LUM-DL01', 1, 23.99),
    plan(rest[0], 'UK', '2026-11-28T08:15', 'LUM-SU04', 1),
    plan(rest[1], 'UK', '2026-11-29T11:02', 'LUM-NL05', 2),
    plan(rest[2], 'DE', '2026-11-29T18:44', 'LUM-DL01', 1),
    plan(rest[3], 'FR', '2026-11-30T07:59', 'LUM-BX02', 1),
    plan(rest[4], 'ES', '2026-11-30T12:36', 'LUM-TS03', 1),
    plan(rest[5], 'UK', '2026-11-30T20:51', 'LUM-BX02', 1),
  ];
}

/** Purchasing buys the day an order comes in, or the next day when it comes after 15:00. */
function purchaseDay(orderedAt: WallTime): string {
  return addDays(orderedAt.slice(0, 10), orderedAt.slice(11) < '15:00' ? 0 : 1);
}

function clock(draw: Draw, fromHour: number, toHour: number): string {
  return `${String(draw.int(fromHour, toHour)).padStart(2, '0')}:${String(draw.int(0, 59)).padStart(2, '0')}`;
}

function weighted<T extends string>(draw: Draw, weights: Array<[T, number]>): T {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = draw.next() * total;
  for (const [value, weight] of weights) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weights[weights.length - 1][0];
}

const SITE_WEIGHT: Array<[Site, number]> = [
  ['UK', 4],
  ['DE', 3],
  ['FR', 2],
  ['IT', 1],
  ['ES', 1],
];
const SKU_WEIGHT: Array<[string, number]> = [
  ['LUM-DL01', 3],
  ['LUM-BX02', 2],
  ['LUM-TS03', 2],
  ['LUM-SU04', 3],
  ['LUM-NL05', 2],
];
const MULTI_UNIT = new Set(['LUM-BX02', 'LUM-SU04', 'LUM-NL05']);

/**
 * Ordinary orders from 2 October to 20 November: bought the day they came in (or the next
 * day after 15:00), shipped one or two days later, delivered after the channel's transit.
 * None of them is still on the way after 30 days; the planted orders are.
 */
function everydayOrders(draw: Draw, takenIds: Set<string>): OrderPlan[] {
  const plans: OrderPlan[] = [];
  for (const day of daysFrom('2026-10-02', '2026-11-20')) {
    const count = day < '2026-10-15' ? draw.int(0, 1) : draw.int(0, 2);
    for (let n = 0; n < count; n += 1) {
      const live = SITE_WEIGHT.filter(([site]) => LIVE_FROM[site] <= day);
      const site = weighted(draw, live);
      let orderId = '';
      while (orderId === '' || takenIds.has(orderId)) {
        orderId = `${draw.pick(ORDER_PREFIX[site])}-${draw.digits(7)}-${draw.digits(7)}`;
      }
      takenIds.add(orderId);
      const sku = weighted(draw, SKU_WEIGHT);
      const quantity = MULTI_UNIT.has(sku) && draw.chance(0.12) ? 2 : 1;
      const lines = [{ sku, quantity }];
      if (draw.chance(0.08)) {
        const other = weighted(
          draw,
          SKU_WEIGHT.filter(([candidate]) => candidate !== sku),
        );
        lines.push({ sku: other, quantity: 1 });
      }
      const orderedAt = `${day}T${clock(draw, 0, 23)}`;
      const boughtOn = purchaseDay(orderedAt);
      const shippedAt = later(boughtOn, draw.int(1, 2), clock(draw, 16, 18));
      plans.push({
        orderId,
        site,
        orderedAt,
        lines,
        status: 'Delivered',
        boughtOn,
        shipment: { shippedAt },
        withFees: draw.chance(0.6),
      });
    }
  }
  return plans;
}

function linesOf(plan: OrderPlan, draw: Draw, tracking: Set<string>): DemoOrderLine[] {
  const site = plan.site;
  const buyerName = draw.pick(BUYERS[site]);
  const buyerEmail = `${draw.letters(14)}@marketplace.${MARKETPLACE[site]}`;
  const shippingCharged = draw.chance(0.2) ? null : 0;
  const parcel = parcelOf(plan);
  const channel = plan.shipment ? chooseChannel(site, parcel.kg, parcel.dangerous) : null;
  let status = plan.status;
  let deliveredAt: WallTime | null = null;
  let trackingNumber: string | null = null;
  if (plan.shipment && channel) {
    trackingNumber = plan.shipment.trackingNumber ?? trackingFor(channel, draw, tracking);
    tracking.add(trackingNumber);
    if (plan.shipment.deliveredAt) deliveredAt = plan.shipment.deliveredAt;
    else if (status === 'Delivered') {
      const arrives = later(
        plan.shipment.shippedAt,
        channel.transitDays + draw.int(-2, 3),
        clock(draw, 9, 19),
      );
      if (arrives.slice(0, 10) < DEMO_TODAY) deliveredAt = arrives;
      else status = 'Shipped';
    }
  }
  const bought = status !== 'Cancelled' && status !== 'ToPurchase';
  return plan.lines.map((line) => {
    const itemPrice = line.itemPrice ?? listPrice(line.sku, site);
    const gross = itemPrice * line.quantity + (shippingCharged ?? 0);
    const charges = plan.withFees ? feesAndVat(site, gross) : null;
    return {
      orderId: plan.orderId,
      site,
      orderedAt: plan.orderedAt,
      sku: line.sku,
      quantity: line.quantity,
      itemPrice,
      shippingCharged,
      currency: site === 'UK' ? 'GBP' : 'EUR',
      buyerName,
      buyerEmail,
      buyerCountry: COUNTRY[site],
      status,
      shippedAt: plan.shipment?.shippedAt ?? null,
      trackingNumber,
      channel,
      deliveredAt,
      amazonFees: charges?.amazonFees ?? null,
      vat: charges?.vat ?? null,
      boughtOn: bought ? (plan.boughtOn ?? purchaseDay(plan.orderedAt)) : null,
    };
  });
}

let cachedLines: DemoOrderLine[] | null = null;

/** Every order line of the demo, oldest first; the same on every call. */
export function demoOrderLines(): DemoOrderLine[] {
  if (cachedLines) return cachedLines;
  const draw = seededDraw(20261001);
  const takenIds = new Set(PLANTED.map((plan) => plan.orderId));
  const tracking = new Set<string>([E.feeOffRateCard.trackingNumber]);
  const plans = [...PLANTED, ...everydayOrders(draw, takenIds)].sort((a, b) =>
    a.orderedAt.localeCompare(b.orderedAt),
  );
  cachedLines = plans.flatMap((plan) => linesOf(plan, draw, tracking));
  return cachedLines;
}

/**
 * The 订单 sheet as the ERP exports it: Chinese headers in the ERP's own order, its internal
 * order number in a column the contract does not know, and a few times typed by hand.
 */
export function ordersTab(): DemoTab {
  const lines = demoOrderLines();
  const records = lines.map((line, i) => ({
    orderId: line.orderId,
    erpNumber: `SO${line.orderedAt.slice(2, 10).replace(/-/g, '')}${String(i + 1).padStart(3, '0')}`,
    status: enumLabel(ORDER_STATUS, line.status, 'zh'),
    site: line.site,
    orderedAt: i % 11 === 4 ? slashText(line.orderedAt) : wallDate(line.orderedAt),
    buyerName: line.buyerName,
    buyerEmail: line.buyerEmail,
    buyerCountry: line.buyerCountry,
    sku: line.sku,
    quantity: line.quantity,
    currency: line.currency,
    itemPrice: line.itemPrice,
    shippingCharged: line.shippingCharged,
    amazonFees: line.amazonFees,
    vat: line.vat,
    channel: line.channel?.name ?? null,
    trackingNumber: line.trackingNumber,
    shippedAt: line.shippedAt ? wallDate(line.shippedAt) : null,
    deliveredAt: line.deliveredAt
      ? i % 13 === 6
        ? chineseDayText(line.deliveredAt)
        : wallDate(line.deliveredAt)
      : null,
  }));
  return contractTab(
    'orders',
    {
      lang: 'zh',
      columns: [
        'orderId',
        { own: '系统单号' },
        'status',
        'site',
        'orderedAt',
        'buyerName',
        'buyerEmail',
        'buyerCountry',
        'sku',
        'quantity',
        'currency',
        'itemPrice',
        'shippingCharged',
        'amazonFees',
        'vat',
        'channel',
        'trackingNumber',
        'shippedAt',
        'deliveredAt',
      ],
    },
    records.map(({ erpNumber, ...record }) => ({ ...record, 系统单号: erpNumber })),
  );
}
