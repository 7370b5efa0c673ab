import type { OutCell } from '../core/cells';
import type { AbnormalShipmentRow, OrderRow } from '../core/contract/rows';
import { SHEETS } from '../core/contract/sheets';
import type { Site } from '../core/contract/sheets';
import { outValue } from '../core/contract/values';
import { daysBetween, localDate } from '../core/dates';
import { UnusableInputError } from '../core/findings';
import { t } from '../core/i18n';
import type { Layout, RowMeta } from '../core/reader';
import type { OutgoingMail, TabEdit, Workbook } from '../workbook/port';
import { load } from './load';
import { planRowWrites, setCell } from './row-writes';
import type { CellChanges } from './row-writes';

/** The stages of an undelivered shipment, in the order they only ever move (R6.1f, R6.2g). */
const STAGE_ORDER = ['Reassure', 'RefundDue', 'Resolved'];

export interface FollowUpItem {
  orderId: string;
  site: string;
  trackingNumber: string;
  shippedAt: string;
  daysInTransit: number;
  stage: string;
  /** new: first seen today; escalated: moved to a later stage today; resolved: delivered. */
  change: 'new' | 'escalated' | 'resolved';
}

export interface FollowUpResult {
  today: string;
  checked: number;
  items: FollowUpItem[];
  edits: TabEdit[];
  mails: OutgoingMail[];
}

type Order = OrderRow & RowMeta;
type Abnormal = AbnormalShipmentRow & RowMeta;

/** The stage an undelivered order has reached after so many days, or null before the first. */
function stageFor(days: number, reassureAfter: number, refundAfter: number): string | null {
  if (days >= refundAfter) return 'RefundDue';
  if (days >= reassureAfter) return 'Reassure';
  return null;
}

function later(a: string | null, b: string | null): boolean {
  return STAGE_ORDER.indexOf(a ?? '') > STAGE_ORDER.indexOf(b ?? '');
}

function digest(site: string, to: string[], items: FollowUpItem[], today: string): OutgoingMail {
  const lines = items.map(
    (item) =>
      `${item.orderId}  ${item.trackingNumber}  ${item.shippedAt}  ${item.daysInTransit}d  ${item.stage}`,
  );
  const refunds = items.filter((item) => item.stage === 'RefundDue').length;
  return {
    to,
    subject: `[Seller Sheets] ${site} 异常物流 / abnormal shipments ${today}: ${items.length}`,
    body: [
      `${site} 站今天有 ${items.length} 个订单需要跟进（其中 ${refunds} 个已满退款天数，R6.1f）：`,
      `${items.length} orders on ${site} need follow-up today (${refunds} due a full refund, R6.1f):`,
      '',
      ...lines,
    ].join('\n'),
  };
}

/**
 * The columns the follow-up remembers its work in: without Stage, every run would take every
 * late order for new and mail its owner again. Refuses (nothing written) until Set up adds it.
 */
function requireMemory(layout: Layout): void {
  if (layout.index.stage !== undefined) return;
  const label = SHEETS.abnormalShipments.columns.find((column) => column.id === 'stage')!.label;
  throw new UnusableInputError([
    {
      sheet: layout.sheetName,
      row: 1,
      column: 'stage',
      rule: 'WB.column.missing',
      severity: 'error',
      message: t(
        `${layout.sheetName}：缺少列「${label.zh}」，跟进无法记住已处理的订单；请先运行“设置工作表”`,
        `${layout.sheetName}: the column "${label.en}" is missing, so the follow-up cannot remember ` +
          'what it did; run "Set up sheets" first',
      ),
    },
  ]);
}

/**
 * The daily shipment follow-up: every shipped, undelivered order past reassureAfterDays or
 * refundAfterDays gets a row in Abnormal shipments with its stage; a row a person already
 * edited keeps their owner and notes and is only moved forward; a delivered order's row
 * becomes Resolved. One digest mail per site owner lists what changed today. Run twice on
 * the same day, the second run changes nothing and sends nothing.
 */
export function planFollowUp(workbook: Workbook, now: Date): FollowUpResult {
  const loaded = load(workbook, ['orders', 'abnormalShipments'], {
    required: ['orders', 'abnormalShipments'],
  });
  const { settings } = loaded;
  const today = localDate(now, workbook.timeZone());
  const orders = (loaded.reads.orders?.rows ?? []) as Order[];
  const sheet = loaded.reads.abnormalShipments!;
  const { layout } = sheet;
  requireMemory(layout);
  const columnOf = (id: string) => SHEETS.abnormalShipments.columns.find((c) => c.id === id)!;
  const existing = new Map<string, Abnormal>();
  for (const row of sheet.rows as Abnormal[]) if (row.orderId) existing.set(row.orderId, row);

  // An order with several lines is one parcel: follow it once.
  const parcels = new Map<string, Order>();
  for (const order of orders)
    if (order.orderId && !parcels.has(order.orderId)) parcels.set(order.orderId, order);

  const changes: CellChanges = new Map();
  const appended: OutCell[][] = [];
  const items: FollowUpItem[] = [];
  const put = (row: number, id: string, value: unknown): void => {
    const at = layout.index[id];
    if (at !== undefined) setCell(changes, row, at + 1, outValue(columnOf(id), value, layout.lang));
  };

  for (const order of parcels.values()) {
    const row = existing.get(order.orderId!);
    const delivered = order.status === 'Delivered' || order.deliveredAt !== null;
    if (!order.shippedAt) continue;
    const days = daysBetween(
      order.shippedAt.slice(0, 10),
      delivered && order.deliveredAt ? order.deliveredAt.slice(0, 10) : today,
    );
    const base = {
      orderId: order.orderId!,
      site: order.site ?? '',
      trackingNumber: order.trackingNumber ?? '',
      shippedAt: order.shippedAt.slice(0, 10),
      daysInTransit: days,
    };

    if (row) {
      if (row.stage === 'Resolved') continue;
      const stage = delivered
        ? 'Resolved'
        : stageFor(days, settings.reassureAfterDays, settings.refundAfterDays);
      const moved = stage !== null && later(stage, row.stage);
      if (!delivered) put(row.rowNumber, 'daysInTransit', days);
      if (moved) {
        put(row.rowNumber, 'stage', stage);
        items.push({
          ...base,
          stage: stage!,
          change: stage === 'Resolved' ? 'resolved' : 'escalated',
        });
      }
      put(row.rowNumber, 'lastChecked', today);
      continue;
    }

    if (delivered || order.status === 'Cancelled' || order.status === 'Refunded') continue;
    const stage = stageFor(days, settings.reassureAfterDays, settings.refundAfterDays);
    if (!stage) continue;
    const values: Record<string, unknown> = {
      ...base,
      stage,
      firstSeen: today,
      lastChecked: today,
      owner: settings.siteOwners[order.site as Site]?.[0] ?? '',
    };
    const line: OutCell[] = new Array(layout.headers.length).fill('');
    for (const column of SHEETS.abnormalShipments.columns) {
      const at = layout.index[column.id];
      if (at !== undefined && values[column.id] !== undefined)
        line[at] = outValue(column, values[column.id], layout.lang);
    }
    appended.push(line);
    items.push({ ...base, stage, change: 'new' });
  }

  const blocks = planRowWrites(
    loaded.values.abnormalShipments ?? [],
    changes,
    appended,
    workbook.cellTimeZone(),
  );
  const edits: TabEdit[] =
    blocks.length > 0 ? [{ tab: loaded.tabs.abnormalShipments!, blocks }] : [];

  const mails: OutgoingMail[] = [];
  const bySite = new Map<string, FollowUpItem[]>();
  for (const item of items) {
    if (item.change === 'resolved') continue;
    const siteItems = bySite.get(item.site);
    if (siteItems) siteItems.push(item);
    else bySite.set(item.site, [item]);
  }
  for (const [site, siteItems] of bySite) {
    const to = settings.siteOwners[site as Site] ?? [];
    if (to.length > 0) mails.push(digest(site, to, siteItems, today));
  }
  return { today, checked: parcels.size, items, edits, mails };
}

/** Runs the follow-up and applies its edits in one batch; the host sends the mails. */
export function runFollowUp(workbook: Workbook, now: Date): FollowUpResult {
  const result = planFollowUp(workbook, now);
  if (result.edits.length > 0) workbook.apply(result.edits);
  return result;
}
