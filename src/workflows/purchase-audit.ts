import type { OutCell } from '../core/cells';
import { SHEETS } from '../core/contract/sheets';
import type { Site } from '../core/contract/sheets';
import type { SheetId } from '../core/contract/types';
import { outValue } from '../core/contract/values';
import { localDate } from '../core/dates';
import { formatCents } from '../core/money';
import { t } from '../core/i18n';
import { marginShare } from '../core/pricing/listing-price';
import { rateCardsOf } from '../core/pricing/rate-card';
import type { PurchasingContext } from '../core/purchasing/audit';
import { auditOrders, percentText } from '../core/purchasing/order-audit';
import type { AuditFlag, AuditedLine } from '../core/purchasing/order-audit';
import { purchaseDrafts, purchaseListOf } from '../core/purchasing/purchase-list';
import type { PurchaseCandidate, PurchaseList } from '../core/purchasing/purchase-list';
import { hasRole, requireRole } from '../core/roles';
import type { Settings } from '../core/settings';
import type { OutgoingMail, TabEdit, Workbook } from '../workbook/port';
import { load, rowsOf } from './load';
import type { Loaded } from './load';
import { planRowWrites } from './row-writes';

export interface PurchaseAuditOptions {
  /** Append the purchase list's Draft rows to the Purchases sheet. */
  writeDrafts: boolean;
  /** The acting user's email: writing drafts needs the purchasing or director role. */
  user: string;
}

export interface PurchaseAuditResult {
  today: string;
  baseCurrency: string;
  lines: AuditedLine[];
  flags: AuditFlag[];
  purchaseList: PurchaseList;
  /** One mail to each site owner whose site has loss-making or under-margin lines. */
  mails: OutgoingMail[];
  /** The Purchases drafts, applied in one batch; empty unless writeDrafts. */
  edits: TabEdit[];
}

const WRITING_DRAFTS = t('写入采购草稿', 'Writing purchase drafts');

/** What the audit reads besides the Orders sheet, from what the workflow loaded. */
function contextOf(loaded: Loaded): PurchasingContext {
  const channels = loaded.tabs.shippingChannels ?? SHEETS.shippingChannels.name.en;
  return {
    settings: loaded.settings,
    suppliers: rowsOf(loaded, 'skuSuppliers'),
    suppliersSheetName: loaded.tabs.skuSuppliers ?? SHEETS.skuSuppliers.name.en,
    products: rowsOf(loaded, 'newProducts'),
    rateCards: { ok: true, value: rateCardsOf(rowsOf(loaded, 'shippingChannels'), channels) },
    fx: loaded.tabs.fx
      ? { ok: true, value: { sheetName: loaded.tabs.fx, rows: rowsOf(loaded, 'fx') } }
      : {
          ok: false,
          problem: t(
            `没有工作表「${SHEETS.fx.name.zh}」：请运行“设置工作表”并填写汇率`,
            `there is no "${SHEETS.fx.name.en}" sheet: run "Set up sheets" and fill in the rates`,
          ),
        },
  };
}

/**
 * The mail to a site's owner about its loss-making lines (R5.1b: reported at once) and the
 * lines under the minimum order margin (R5.1h: the owner asks the buyer to pay more, change
 * the item or cancel), in Chinese and English.
 */
function ownerMail(
  site: string,
  to: string[],
  lines: readonly AuditedLine[],
  settings: Settings,
  today: string,
): OutgoingMail {
  const losses = lines.filter((line) => line.flags.includes('loss')).length;
  const minimum = percentText(settings.minOrderMargin);
  const rows = lines.map((line) => {
    const audit = line.audit!;
    const margin = audit.margin ? percentText(marginShare(audit.margin)) : '—';
    const kind = line.flags.includes('loss') ? '亏损 loss' : `低于 under ${minimum}`;
    const price = `${formatCents(audit.line.itemPrice)} ${audit.line.currency}`;
    return `${line.orderId}  ${line.sku} ×${audit.line.quantity}  ${price}  ${margin}  ${kind}`;
  });
  return {
    to,
    subject:
      `[Seller Sheets] ${site} 亏损/低毛利订单 / loss-making and thin orders ${today}: ` +
      `${lines.length}`,
    body: [
      `${site} 站有 ${lines.length} 行订单暂不采购：亏损 ${losses} 行（R5.1b），` +
        `毛利率低于 ${minimum} ${lines.length - losses} 行（R5.1h）。` +
        '请联系买家补差价、换商品或取消订单。',
      `${lines.length} order lines on ${site} are held from purchasing: ${losses} loss-making ` +
        `(R5.1b), ${lines.length - losses} under the ${minimum} minimum margin (R5.1h). ` +
        'Ask the buyer to pay more, change the item or cancel.',
      '',
      ...rows,
    ].join('\n'),
  };
}

function mailsOf(lines: readonly AuditedLine[], settings: Settings, today: string): OutgoingMail[] {
  const bySite = new Map<string, AuditedLine[]>();
  for (const line of lines) {
    if (!line.flags.includes('loss') && !line.flags.includes('belowMargin')) continue;
    const siteLines = bySite.get(line.site);
    if (siteLines) siteLines.push(line);
    else bySite.set(line.site, [line]);
  }
  const mails: OutgoingMail[] = [];
  for (const [site, siteLines] of bySite) {
    const to = settings.siteOwners[site as Site] ?? [];
    if (to.length > 0) mails.push(ownerMail(site, to, siteLines, settings, today));
  }
  return mails;
}

/** The Purchases edit appending the drafts, or null when there is nothing new to draft. */
function draftEdit(loaded: Loaded, list: PurchaseList, readZone: string): TabEdit | null {
  const read = loaded.reads.purchases;
  const drafts = purchaseDrafts(list);
  if (!read || drafts.length === 0) return null;
  const { layout } = read;
  const appended = drafts.map((draft) => {
    const line: OutCell[] = new Array(layout.headers.length).fill('');
    for (const column of SHEETS.purchases.columns) {
      const at = layout.index[column.id];
      if (at !== undefined) line[at] = outValue(column, draft[column.id], layout.lang);
    }
    return line;
  });
  const blocks = planRowWrites(loaded.values.purchases ?? [], new Map(), appended, readZone);
  return { tab: loaded.tabs.purchases!, blocks };
}

/**
 * The purchase audit (R5.1b, R5.1h, R5.2g, R5.1i): every order line waiting for purchasing is
 * priced against its cheapest supplier, its parcel's freight, Amazon's fees, VAT and FX; lines
 * making a loss or under minOrderMargin, or lacking a supplier, weight, channel or FX rate,
 * are flagged and their site's owner gets a mail; the rest form the purchase list by supplier.
 * With writeDrafts, and only for a user with the purchasing or director role, the list's
 * Draft rows are appended to Purchases in one batch; an order line a Purchases row already
 * buys is never drafted again, so a re-run adds nothing.
 */
export function purchaseAudit(
  workbook: Workbook,
  now: Date,
  options: PurchaseAuditOptions,
): PurchaseAuditResult {
  const started = Date.now();
  const sheets: SheetId[] = [
    'orders',
    'skuSuppliers',
    'newProducts',
    'shippingChannels',
    'fx',
    'purchases',
  ];
  const required: SheetId[] = ['orders', 'skuSuppliers', 'shippingChannels'];
  if (options.writeDrafts) required.push('purchases');
  const loaded = load(workbook, sheets, { required });
  const { settings } = loaded;
  if (options.writeDrafts && !hasRole(settings, options.user, 'director')) {
    requireRole(settings, options.user, 'purchasing', WRITING_DRAFTS);
  }

  const today = localDate(now, workbook.timeZone());
  const { lines, flags } = auditOrders(
    rowsOf(loaded, 'orders'),
    loaded.reads.orders!.layout,
    contextOf(loaded),
  );
  const candidates: PurchaseCandidate[] = lines
    .filter((line) => line.passes)
    .map((line) => ({
      orderId: line.orderId,
      sku: line.sku,
      quantity: line.audit!.line.quantity,
      supplier: line.audit!.supplier!,
    }));
  const purchaseList = purchaseListOf(candidates, rowsOf(loaded, 'purchases'), today);

  const edits: TabEdit[] = [];
  if (options.writeDrafts) {
    const edit = draftEdit(loaded, purchaseList, workbook.cellTimeZone());
    if (edit) edits.push(edit);
  }
  if (edits.length > 0) workbook.apply(edits);

  const mails = mailsOf(lines, settings, today);
  const drafted = purchaseDrafts(purchaseList).length;
  console.log(
    `purchase-audit: ${lines.length} lines, ${flags.length} flags, ` +
      `${purchaseList.suppliers.length} suppliers, ${options.writeDrafts ? drafted : 0} drafts, ` +
      `${mails.length} mails, ${Date.now() - started} ms`,
  );
  return {
    today,
    baseCurrency: settings.baseCurrency,
    lines,
    flags,
    purchaseList,
    mails,
    edits,
  };
}
