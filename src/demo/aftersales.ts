import { enumLabel } from '../core/contract/headers';
import { ABNORMAL_STAGE, REFUND_KIND, REFUND_REASON } from '../core/contract/sheets';
import type { Site } from '../core/contract/sheets';
import { daysBetween } from '../core/dates';
import { chineseDayText, slashText, wallDate } from './calendar';
import { DEMO_EXPECTATIONS } from './expectations';
import { demoOrderLines } from './orders';
import { contractTab } from './tabs';
import type { DemoTab } from './tabs';
import { SITE_OWNER, TEAM } from './team';

/** A refund as the site owner records it (R6.2e); money in the order's currency. */
export interface DemoRefund {
  date: string;
  orderId: string;
  sku: string;
  amount: number;
  kind: 'Full' | 'Partial';
  reason: string;
  approvedBy?: string;
  notes: string;
}

/** October's refunds were booked by finance at month end; November's wait for it (R2.5). */
export const DEMO_REFUNDS: DemoRefund[] = [
  {
    date: '2026-10-15',
    orderId: '203-4471820-6630194',
    sku: 'LUM-TS03',
    amount: 10,
    kind: 'Partial',
    reason: 'Damaged',
    notes: '一个杯子碎裂，买家提供照片，部分退款后保留商品',
  },
  {
    date: '2026-10-22',
    orderId: '303-2098813-5547206',
    sku: 'LUM-DL01',
    amount: 12,
    kind: 'Partial',
    reason: 'Quality',
    notes: '灯光偶尔闪烁，补偿后买家保留；已提醒供应商检查同批次',
  },
  {
    date: '2026-10-28',
    orderId: '171-3350927-8814470',
    sku: 'LUM-SU04',
    amount: 6,
    kind: 'Partial',
    reason: 'NoReason',
    notes: '买家不喜欢颜色，部分退款保留商品',
  },
  {
    date: '2026-11-03',
    orderId: DEMO_EXPECTATIONS.refundedOrderId,
    sku: 'LUM-TS03',
    amount: 69.98,
    kind: 'Full',
    reason: 'Damaged',
    approvedBy: TEAM.director,
    notes: '两套茶具运输破损无法使用，全额退款不退货（R6.1i）；已向4PX索赔',
  },
  {
    date: '2026-11-12',
    orderId: DEMO_EXPECTATIONS.reassureOrderIds[1],
    sku: 'LUM-SU04',
    amount: 8,
    kind: 'Partial',
    reason: 'NotDelivered30',
    notes: '超过30天未妥投，买家很不满，先部分退款安抚（R6.1f）',
  },
  {
    date: '2026-11-20',
    orderId: '408-7712036-1905548',
    sku: 'LUM-NL05',
    amount: 9,
    kind: 'Partial',
    reason: 'Quality',
    notes: '充电口松动，部分退款',
  },
];

function siteOf(orderId: string): Site {
  const line = demoOrderLines().find((candidate) => candidate.orderId === orderId);
  if (!line) throw new Error(`demo: refund of an unknown order ${orderId}`);
  return line.site;
}

/** The 退款表 sheet, kept in Chinese by the site owners. */
export function refundsTab(): DemoTab {
  return contractTab(
    'refunds',
    { lang: 'zh' },
    DEMO_REFUNDS.map((refund, i) => {
      const site = siteOf(refund.orderId);
      const month = refund.date.slice(0, 7);
      let date: Date | string = wallDate(refund.date);
      if (i === 1) date = slashText(refund.date);
      if (i === 3) date = chineseDayText(refund.date);
      return {
        date,
        site,
        orderId: refund.orderId,
        sku: refund.sku,
        amount: refund.amount,
        currency: site === 'UK' ? 'GBP' : 'EUR',
        kind: enumLabel(REFUND_KIND, refund.kind, 'zh'),
        reason: enumLabel(REFUND_REASON, refund.reason, 'zh'),
        handledBy: SITE_OWNER[site],
        approvedBy: refund.approvedBy ?? null,
        bookedMonth: month === '2026-10' ? month : null,
        notes: refund.notes,
      };
    }),
  );
}

/**
 * The Abnormal shipments sheet as the daily job left it on 28 November, with the German
 * parcel's row already taken over by its site owner.
 */
export function abnormalShipmentsTab(): DemoTab {
  const orderId = DEMO_EXPECTATIONS.abnormalEditedOrderId;
  const line = demoOrderLines().find((candidate) => candidate.orderId === orderId);
  if (!line?.shippedAt) throw new Error(`demo: ${orderId} was never shipped`);
  const shippedOn = line.shippedAt.slice(0, 10);
  const lastChecked = '2026-11-28';
  return contractTab('abnormalShipments', { lang: 'en' }, [
    {
      orderId,
      trackingNumber: line.trackingNumber,
      shippedAt: wallDate(shippedOn),
      daysInTransit: daysBetween(shippedOn, lastChecked),
      stage: enumLabel(ABNORMAL_STAGE, 'Reassure', 'en'),
      firstSeen: wallDate('2026-11-05'),
      lastChecked: wallDate(lastChecked),
      owner: SITE_OWNER[line.site],
      notes:
        '11-05 mailed the buyer to reassure; 4PX: parcel held at the Leipzig hub, claim opened 11-20',
    },
  ]);
}
